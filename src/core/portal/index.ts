/** @module The knowledge portal (DESIGN.md §3.10): items, search terms, facets, similarity. */
export * from './item.ts';
