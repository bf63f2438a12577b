// The initiatives' calls for the HTTP contract test (contract.test.ts). `:initiativeId` (a
// public initiative of 766 on the elderly figures, start 2014) is made by that test's setup;
// `as: 'editor'` is the editor of 766.
import type { Call } from './contract-accounts.ts';

const json = (value: unknown) => ({ type: 'application/json', text: JSON.stringify(value) });
const initiative = (municipality: string, extra: Record<string, unknown> = {}) =>
  json({
    municipality,
    title: 'Kontraktens initiativ',
    theme: 'elderly-health',
    type: 'rehabilitation-prevention',
    keyFigures: ['udg-aeldre-voksne-saerlige-behov-pr-18-aarig'],
    startYear: 2014,
    expected: [{ year: 2015, amount: 2000000 }],
    status: 'running',
    ...extra,
  });

export const INITIATIVE_CALLS: Record<string, readonly Call[]> = {
  '/api/v1/initiatives': [
    { url: '/api/v1/initiatives?municipality=766&theme=elderly-health', status: 200 },
    { url: '/api/v1/initiatives?status=maybe', status: 400 },
    {
      method: 'post',
      url: '/api/v1/initiatives',
      body: initiative('766'),
      status: 201,
      as: 'editor',
    },
    { method: 'post', url: '/api/v1/initiatives', body: initiative('766'), status: 401 },
    {
      method: 'post',
      url: '/api/v1/initiatives',
      body: initiative('101'),
      status: 403,
      as: 'editor',
    },
    {
      method: 'post',
      url: '/api/v1/initiatives',
      body: initiative('766', { realised: [{ year: 2040, amount: 1 }] }),
      status: 400,
      as: 'editor',
    },
  ],
  '/api/v1/initiatives/overview': [
    { url: '/api/v1/initiatives/overview?groupBy=region', status: 200 },
    { url: '/api/v1/initiatives/overview?groupBy=colour', status: 400 },
  ],
  '/api/v1/initiatives/{id}': [
    { url: '/api/v1/initiatives/:initiativeId', status: 200 },
    { url: '/api/v1/initiatives/999999', status: 404 },
    {
      method: 'patch',
      url: '/api/v1/initiatives/:initiativeId',
      body: json({ realised: [{ year: 2016, amount: 1500000 }], baseVersion: 1 }),
      status: 200,
      as: 'editor',
    },
    {
      method: 'patch',
      url: '/api/v1/initiatives/:initiativeId',
      body: json({ title: 'For sent', baseVersion: 1 }),
      status: 409,
      as: 'editor',
    },
  ],
  '/api/v1/initiatives/{id}/history': [
    { url: '/api/v1/initiatives/:initiativeId/history', status: 200 },
  ],
  '/api/v1/initiatives/{id}/effect': [
    { url: '/api/v1/initiatives/:initiativeId/effect', status: 200 },
    { url: '/api/v1/initiatives/999999/effect', status: 404 },
  ],
};
