import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { pageFetch } from './accounts.ts';

/** A law name no other test (or earlier run on the same server) has: parallel-safe. */
export const uniqueLaw = (text: string): string =>
  `${text} ${Math.random().toString(36).slice(2, 8)}`;

/**
 * A rule barrier reported through the API from a logged-in page (an editor of `municipality`),
 * as the form would send it; answers its id.
 */
export async function reportBarrier(
  page: Page,
  fields: Readonly<Record<string, unknown>> & { readonly title: string },
  municipality = '766',
): Promise<number> {
  const created = await pageFetch(
    page,
    'POST',
    '/api/v1/barriers',
    {
      municipality,
      theme: 'elderly-health',
      law: { name: 'Lov om social service', paragraph: '§ 83' },
      description: 'Reglen kræver en ny afgørelse ved hver ændring af en borgers hjælp.',
      estimate: { amount: 1_500_000 },
      ...fields,
    },
    'session',
  );
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  return (created.json as { id: number }).id;
}

/** Seconds a barrier through the API as an editor of `municipality`. */
export async function secondBarrier(
  page: Page,
  id: number,
  municipality: string,
  comment = '',
): Promise<void> {
  const r = await pageFetch(
    page,
    'POST',
    `/api/v1/barriers/${id}/seconds`,
    { municipality, comment },
    'session',
  );
  expect(r.status, JSON.stringify(r.json)).toBe(201);
}
