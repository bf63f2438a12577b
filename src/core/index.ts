/** @module The pure core of Potentiale: domain types and methods. No I/O. */
export * from './diagnostics/index.ts';
export * from './municipalities/index.ts';
export * from './key-figures/index.ts';
export * from './observations/index.ts';
export * from './imports/index.ts';
export * from './volumes/index.ts';
