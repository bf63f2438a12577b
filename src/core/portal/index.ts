/** @module The knowledge portal (DESIGN.md §3.10): items, search terms, facets, similarity, history. */
export * from './item.ts';
export * from './query.ts';
export * from './snippet.ts';
export * from './facets.ts';
export * from './similar.ts';
export * from './history.ts';
export * from './owner.ts';
