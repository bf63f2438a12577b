/** @module The answers of /api/v1 as zod schemas: the OpenAPI document's response shapes. */
export * from './common.ts';
export * from './data.ts';
export * from './dea.ts';
export * from './engine.ts';
export * from './geo.ts';
export * from './reference.ts';
export * from './compare.ts';
export * from './freshness.ts';
export * from './accounts.ts';
export * from './portal.ts';
export * from './initiatives.ts';
export * from './initiative-files.ts';
export * from './barriers.ts';
export * from './budget.ts';
export * from './steering.ts';
export * from './reports.ts';
