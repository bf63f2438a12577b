/** @module Importers: every source format parsed at the boundary into core types. */
export { IMPORTERS, detectFormat, type Importer } from './registry.ts';
export * from './noegletal/index.ts';
