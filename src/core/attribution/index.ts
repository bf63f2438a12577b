/** @module Who publishes the data and how to credit them: one attribution table. */
export {
  ATTRIBUTIONS,
  DATA_SOURCE_IDS,
  citationOf,
  sourcesLine,
  type DataSourceAttribution,
  type DataSourceId,
} from './attribution.ts';
