/** @module Numeric tables from a user's CSV (ids and named columns), e.g. DEA data. */
export { parseDataTable, type DataTable } from './data-table.ts';
