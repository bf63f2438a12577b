/** @module StatBank client (api.statbank.dk v1): TABLEINFO and DATA, cache, retries, fetching the tables behind the catalogue's formulas, and the pris- og lønindeks (NGLK). */
export {
  STATBANK_BASE_URL,
  USER_AGENT,
  createStatbankClient,
  type StatbankClient,
  type StatbankClientOptions,
  type StatbankResponse,
} from './client.ts';
export { StatbankApiError, parseApiError } from './api-error.ts';
export { cachePaths, readCached, requestKey, sha256Hex, type CachedMeta } from './cache.ts';
export {
  CELL_LIMIT,
  chooseFormat,
  countCells,
  dataRequestBody,
  splitRequest,
  type DataFormat,
  type DataRequest,
  type VariableSelection,
} from './request.ts';
export { parseStatbankTable, type StatbankCell, type StatbankTable } from './parse-table.ts';
export { findVariable, parseTableInfo, type TableInfo, type TableVariable } from './tableinfo.ts';
export {
  DEFAULT_TABLES,
  DEFAULT_YEARS,
  fetchStatbank,
  type FetchOptions,
  type FetchProgress,
  type FetchedTable,
  type StatbankFetch,
} from './fetch-tables.ts';
export {
  BASE_YEAR_TOLERANCE,
  PRICE_INDEX_TABLE,
  fetchPriceIndex,
  type PriceIndexFetch,
} from './fetch-price-index.ts';
