/** @module Price levels, price indices and year kinds: what an amount's number means. */
export * from './year-kind.ts';
export * from './price-level.ts';
export * from './price-index.ts';
export * from './detect-basis.ts';
export * from './derive-index.ts';
export * from './express.ts';
