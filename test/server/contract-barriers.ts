// The rule barriers' and budget follow-up's calls for the HTTP contract test (contract.test.ts).
// `:barrierId` (766's, on Serviceloven § 83) and `:duplicateId` (101's, the same rule) are made
// by that test's setup, with 2022's budget and accounts; `as: 'editor'` is the editor of 766,
// `as: 'national'` a national editor.
import { importFiles } from '../../src/cli/import-files.ts';
import { createBarrier, type Database } from '../../src/db/index.ts';
import { rawDataPath, repoRoot } from '../support/shared-data.ts';
import type { Call } from './contract-accounts.ts';

/** Two barriers on the same rule (766's and 101's), and 2022's budget and accounts. */
export async function barrierWorld(db: Database, ids: Record<string, string>, now: Date) {
  const make = (municipality: string, title: string) =>
    createBarrier(
      db,
      {
        municipality,
        title,
        law: { name: 'Lov om social service', paragraph: '§ 83', url: null },
        area: '',
        theme: 'elderly-health',
        description: 'En ny afgørelse ved hver ændring af hjælpen.',
        keyFigure: null,
        estimate: {
          amount: 2_000_000,
          prices: { basis: 'current', year: null },
          year: 2026,
          source: 'entered',
        },
        precedents: '',
        links: [],
      },
      null,
      now,
    );
  ids['barrierId'] = String((await make('766', 'Ny afgørelse ved hver ændring')).id);
  ids['duplicateId'] = String((await make('101', 'Afgørelse igen og igen')).id);
  await importFiles(
    db,
    [rawDataPath('dst-regk31-marieleth/2022.csv'), 'test/fixtures/budk32/BUDK32-fixture-2022.csv'],
    { cwd: repoRoot, now: () => now },
  );
}

const json = (value: unknown) => ({ type: 'application/json', text: JSON.stringify(value) });
const barrier = (municipality: string, extra: Record<string, unknown> = {}) =>
  json({
    municipality,
    title: 'Kontraktens barriere',
    law: { name: 'Lov om social service', paragraph: '§ 83' },
    theme: 'elderly-health',
    description: 'Reglen kræver en ny afgørelse ved hver ændring.',
    estimate: { amount: 1500000 },
    ...extra,
  });

export const BARRIER_CALLS: Record<string, readonly Call[]> = {
  '/api/v1/barriers': [
    { url: '/api/v1/barriers?theme=elderly-health', status: 200 },
    { url: '/api/v1/barriers?format=csv&locale=da', status: 200 },
    { url: '/api/v1/barriers?state=maybe', status: 400 },
    { method: 'post', url: '/api/v1/barriers', body: barrier('766'), status: 201, as: 'editor' },
    { method: 'post', url: '/api/v1/barriers', body: barrier('766'), status: 401 },
    { method: 'post', url: '/api/v1/barriers', body: barrier('101'), status: 403, as: 'editor' },
    {
      method: 'post',
      url: '/api/v1/barriers',
      body: barrier('766', { estimate: { amount: -5 } }),
      status: 400,
      as: 'editor',
    },
  ],
  '/api/v1/barriers/memo': [{ url: '/api/v1/barriers/memo?top=3', status: 200 }],
  '/api/v1/barriers/similar': [
    {
      url: '/api/v1/barriers/similar?title=afgørelse&law=Lov%20om%20social%20service',
      status: 200,
    },
  ],
  '/api/v1/barriers/estimate': [
    {
      url: '/api/v1/barriers/estimate?municipality=766&keyFigure=udgifter-aeldre-pr-67-aarig',
      status: 200,
    },
    { url: '/api/v1/barriers/estimate?municipality=766&keyFigure=ingen-saadan', status: 404 },
    { url: '/api/v1/barriers/estimate?municipality=7&keyFigure=x', status: 400 },
  ],
  '/api/v1/barriers/{id}': [
    { url: '/api/v1/barriers/:barrierId', status: 200 },
    { url: '/api/v1/barriers/999999', status: 404 },
    {
      method: 'patch',
      url: '/api/v1/barriers/:barrierId',
      body: json({ area: 'Hjemmepleje', baseVersion: 1 }),
      status: 200,
      as: 'editor',
    },
    {
      method: 'patch',
      url: '/api/v1/barriers/:barrierId',
      body: json({ title: 'For sent', baseVersion: 1 }),
      status: 409,
      as: 'editor',
    },
  ],
  '/api/v1/barriers/{id}/seconds': [
    {
      method: 'post',
      url: '/api/v1/barriers/:duplicateId/seconds',
      body: json({ municipality: '766', comment: 'Også i Hedensted' }),
      status: 201,
      as: 'editor',
    },
    {
      method: 'post',
      url: '/api/v1/barriers/:duplicateId/seconds',
      body: json({ municipality: '766', comment: 'Igen' }),
      status: 409,
      as: 'editor',
    },
  ],
  '/api/v1/barriers/{id}/answer': [
    {
      method: 'post',
      url: '/api/v1/barriers/:barrierId/answer',
      body: json({ state: 'assessment', text: 'Vi ser på den.' }),
      status: 200,
      as: 'national',
    },
    {
      method: 'post',
      url: '/api/v1/barriers/:barrierId/answer',
      body: json({ state: 'changed', text: 'Nej' }),
      status: 403,
      as: 'editor',
    },
  ],
  '/api/v1/barriers/{id}/merge': [
    {
      method: 'post',
      url: '/api/v1/barriers/:duplicateId/merge',
      body: { type: 'application/json', text: '{"into": :barrierId}' },
      status: 200,
      as: 'national',
    },
    {
      method: 'post',
      url: '/api/v1/barriers/:barrierId/merge',
      body: { type: 'application/json', text: '{"into": :duplicateId}' },
      status: 400,
      as: 'national',
    },
  ],
  '/api/v1/barriers/{id}/history': [{ url: '/api/v1/barriers/:barrierId/history', status: 200 }],
  '/api/v1/budget-deviations': [
    { url: '/api/v1/budget-deviations?municipality=766', status: 200 },
    { url: '/api/v1/budget-deviations?municipality=766&format=xlsx', status: 200 },
    { url: '/api/v1/budget-deviations?municipality=766&area=5.30', status: 400 },
  ],
  '/api/v1/budget-deviations/{code}/{year}/{area}/explanation': [
    {
      method: 'put',
      url: '/api/v1/budget-deviations/766/2022/5.30.27/explanation',
      body: json({ cause: 'activity', text: 'Flere ældre end budgetteret' }),
      status: 200,
      as: 'editor',
    },
    {
      method: 'put',
      url: '/api/v1/budget-deviations/766/2019/5.30.27/explanation',
      body: json({ cause: 'activity', text: 'Intet budget det år' }),
      status: 404,
      as: 'editor',
    },
    {
      method: 'put',
      url: '/api/v1/budget-deviations/575/2022/5.30.27/explanation',
      body: json({ cause: 'activity', text: 'Ikke vores' }),
      status: 403,
      as: 'editor',
    },
  ],
};
