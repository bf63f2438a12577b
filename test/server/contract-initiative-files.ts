// The initiatives' file routes for the HTTP contract test (contract.test.ts): the template,
// the XLSX import (its answer, its 400 with the faults, 401 and 403) and the exports. `as:
// 'editor'` is the editor of 766.
import type { Call } from './contract-accounts.ts';
import { INITIATIVE, filledWorkbook } from '../support/initiative-workbook.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const workbook = (municipality: string, startYear = INITIATIVE.startYear) => ({
  type: XLSX,
  text: () =>
    filledWorkbook([{ ...INITIATIVE, municipality, startYear, title: 'Kontraktens initiativ' }]),
});
const url = '/api/v1/initiatives/import';

export const INITIATIVE_FILE_CALLS: Record<string, readonly Call[]> = {
  '/api/v1/initiatives/template.xlsx': [{ url: '/api/v1/initiatives/template.xlsx', status: 200 }],
  '/api/v1/initiatives/import': [
    { method: 'post', url, body: workbook('766'), status: 200, as: 'editor' },
    { method: 'post', url, body: workbook('766', 1990), status: 400, as: 'editor' },
    { method: 'post', url, body: workbook('766'), status: 401 },
    { method: 'post', url, body: workbook('101'), status: 403, as: 'editor' },
  ],
  '/api/v1/initiatives/export.xlsx': [
    { url: '/api/v1/initiatives/export.xlsx', status: 200 },
    { url: '/api/v1/initiatives/export.xlsx', status: 200, as: 'editor' },
  ],
  '/api/v1/initiatives/export.csv': [
    { url: '/api/v1/initiatives/export.csv?locale=da', status: 200, as: 'editor' },
    { url: '/api/v1/initiatives/export.csv?locale=fr', status: 400 },
  ],
};
