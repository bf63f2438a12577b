/** @module The pure core of Potentiale: domain types and methods. No I/O. */
export * from './diagnostics/index.ts';
export * from './municipalities/index.ts';
export * from './key-figures/index.ts';
export * from './observations/index.ts';
export * from './imports/index.ts';
export * from './volumes/index.ts';
export * from './stats/index.ts';
export * from './peers/index.ts';
export * from './benchmark/index.ts';
export * from './potential/index.ts';
export * from './development/index.ts';
export * from './talk-to/index.ts';
export * from './formulas/index.ts';
export * from './dea/index.ts';
export * from './prices/index.ts';
export * from './warnings/index.ts';
export * from './exports/index.ts';
