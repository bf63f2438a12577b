// The report drafts' calls for the HTTP contract test (contract.test.ts), in order: the empty
// draft, a save (version 1), a stale save, refusals; then the versions and version 1.
import type { Call } from './contract-accounts.ts';

const json = (value: unknown) => ({ type: 'application/json', text: JSON.stringify(value) });
const save = (baseVersion: number, narratives: Record<string, string>) =>
  json({ baseVersion, year: 2018, peers: 'nearest:10', prices: null, lang: 'da', narratives });

export const REPORT_CALLS: Record<string, readonly Call[]> = {
  '/api/v1/reports/{code}/draft': [
    { url: '/api/v1/reports/766/draft', status: 200, as: 'editor' },
    { url: '/api/v1/reports/766/draft', status: 401 },
    { url: '/api/v1/reports/766/draft', status: 403, as: 'admin' },
    { url: '/api/v1/reports/999/draft', status: 404, as: 'national' },
    {
      method: 'put',
      url: '/api/v1/reports/766/draft',
      body: save(0, { themes: 'Vores **egen** tekst' }),
      status: 200,
      as: 'editor',
    },
    {
      method: 'put',
      url: '/api/v1/reports/766/draft',
      body: save(0, { themes: 'For sent' }),
      status: 409,
      as: 'editor',
    },
    {
      method: 'put',
      url: '/api/v1/reports/766/draft',
      body: save(1, { forord: 'x' }),
      status: 422,
      as: 'national',
    },
    {
      method: 'put',
      url: '/api/v1/reports/766/draft',
      body: json({ baseVersion: 1 }),
      status: 400,
      as: 'editor',
    },
    { method: 'put', url: '/api/v1/reports/766/draft', body: save(1, {}), status: 401 },
    {
      method: 'put',
      url: '/api/v1/reports/101/draft',
      body: save(0, {}),
      status: 403,
      as: 'editor',
    },
  ],
  '/api/v1/reports/{code}/drafts': [
    { url: '/api/v1/reports/766/drafts', status: 200, as: 'editor' },
    { url: '/api/v1/reports/766/drafts', status: 401 },
  ],
  '/api/v1/reports/{code}/drafts/{version}': [
    { url: '/api/v1/reports/766/drafts/1', status: 200, as: 'national' },
    { url: '/api/v1/reports/766/drafts/7', status: 404, as: 'editor' },
    { url: '/api/v1/reports/766/drafts/x', status: 400, as: 'editor' },
  ],
  // The report itself: with the draft saved above (its year, group, the default price level
  // and its narrative) for who may edit, refused to others; the Word and HTML outputs; a year without data; no such town.
  '/api/v1/reports/{code}.pdf': [
    {
      url: '/api/v1/reports/766.pdf?narrative=draft',
      status: 200,
      as: 'editor',
    },
    { url: '/api/v1/reports/766.pdf?narrative=draft', status: 401 },
    { url: '/api/v1/reports/766.pdf?narrative=draft', status: 403, as: 'admin' },
    { url: '/api/v1/reports/766.pdf?year=1990', status: 400 },
    { url: '/api/v1/reports/766.pdf?year=3000', status: 422 },
  ],
  '/api/v1/reports/{code}.docx': [{ url: '/api/v1/reports/825.docx', status: 200 }],
  '/api/v1/reports/{code}.html': [
    { url: '/api/v1/reports/101.html?lang=en', status: 200 },
    { url: '/api/v1/reports/999.html', status: 404 },
  ],
};
