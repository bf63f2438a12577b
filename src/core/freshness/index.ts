/** @module Freshness: how new each source's and key figure's numbers are (the /data page). */
export {
  summariseFreshness,
  type FigureFreshness,
  type LastYearCount,
  type SourceFreshness,
} from './freshness.ts';
