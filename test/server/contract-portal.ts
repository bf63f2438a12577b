// The knowledge portal's calls for the HTTP contract test (contract.test.ts). `:itemId` (a
// published item of 766), `:attachmentId` and `:spareAttachmentId` are made by that test's
// setup; `as: 'editor'` is the editor of 766.
import type { Call } from './contract-accounts.ts';

const json = (value: unknown) => ({ type: 'application/json', text: JSON.stringify(value) });
const PDF = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n';
const item = (municipality: string) =>
  json({
    kind: 'case',
    title: 'Kontraktens case',
    summary: 'Et resumé',
    body: 'En **tekst**',
    themes: ['elderly-health'],
    keyFigures: ['udgifter-aeldre-pr-67-aarig'],
    municipalities: [municipality],
    municipality,
    status: 'published',
  });

export const PORTAL_CALLS: Record<string, readonly Call[]> = {
  '/api/v1/portal/items': [
    { url: '/api/v1/portal/items?q=hjemmepleje&theme=elderly-health', status: 200 },
    { url: '/api/v1/portal/items?kind=sag', status: 400 },
    { method: 'post', url: '/api/v1/portal/items', body: item('766'), status: 201, as: 'editor' },
    { method: 'post', url: '/api/v1/portal/items', body: item('766'), status: 401 },
    { method: 'post', url: '/api/v1/portal/items', body: item('101'), status: 403, as: 'editor' },
    {
      method: 'post',
      url: '/api/v1/portal/items',
      body: json({ kind: 'case', title: 'x' }),
      status: 400,
      as: 'editor',
    },
  ],
  '/api/v1/portal/items/{id}': [
    { url: '/api/v1/portal/items/:itemId', status: 200 },
    { url: '/api/v1/portal/items/999999', status: 404 },
    {
      method: 'patch',
      url: '/api/v1/portal/items/:itemId',
      body: json({ summary: 'Rettet resumé', baseVersion: 1 }),
      status: 200,
      as: 'editor',
    },
    {
      method: 'patch',
      url: '/api/v1/portal/items/:itemId',
      body: json({ summary: 'For sent', baseVersion: 1 }),
      status: 409,
      as: 'editor',
    },
  ],
  '/api/v1/portal/items/{id}/history': [
    { url: '/api/v1/portal/items/:itemId/history', status: 200 },
  ],
  '/api/v1/portal/items/{id}/similar': [
    { url: '/api/v1/portal/items/:itemId/similar', status: 200 },
  ],
  '/api/v1/portal/preview': [
    {
      method: 'post',
      url: '/api/v1/portal/preview',
      body: json({ body: '# Overskrift\n\n[link](https://kl.dk)' }),
      status: 200,
    },
  ],
  '/api/v1/portal/items/{id}/attachments': [
    {
      method: 'post',
      url: '/api/v1/portal/items/:itemId/attachments?name=bilag.pdf',
      body: { type: 'application/pdf', text: PDF },
      status: 201,
      as: 'editor',
    },
    {
      method: 'post',
      url: '/api/v1/portal/items/:itemId/attachments?name=bilag.pdf',
      body: { type: 'application/octet-stream', text: '<svg><script>alert(1)</script></svg>' },
      status: 415,
      as: 'editor',
    },
    {
      method: 'post',
      url: '/api/v1/portal/items/:itemId/attachments?name=stor.pdf',
      body: { type: 'application/pdf', text: PDF + 'x'.repeat(5 * 1024 * 1024) },
      status: 413,
      as: 'editor',
    },
  ],
  '/api/v1/portal/attachments/{id}': [
    { url: '/api/v1/portal/attachments/:attachmentId', status: 200 },
    { url: '/api/v1/portal/attachments/999999', status: 404 },
  ],
  '/api/v1/portal/items/{id}/attachments/{attachmentId}': [
    {
      method: 'delete',
      url: '/api/v1/portal/items/:itemId/attachments/:spareAttachmentId',
      status: 204,
      as: 'editor',
    },
  ],
  '/api/v1/portal/feed.atom': [{ url: '/api/v1/portal/feed.atom', status: 200 }],
  '/api/v1/portal/gap-items': [
    {
      url: '/api/v1/portal/gap-items?municipality=147&keyFigure=udgifter-aeldre-pr-67-aarig&year=2019',
      status: 200,
    },
  ],
};
