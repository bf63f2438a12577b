import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { pageFetch } from './accounts.ts';

/** The elderly-care unit cost per 67+ (the figure): its values begin with the 2018 break. */
export const ELDERLY = 'udgifter-aeldre-pr-67-aarig';
/** Elderly and adults with special needs per 18+: values from 1993, a break in 2018. */
export const COMBINED = 'udg-aeldre-voksne-saerlige-behov-pr-18-aarig';

/** A title no other test (or earlier run on the same server) has: parallel-safe. */
export const uniqueTitle = (text: string): string =>
  `${text} ${Math.random().toString(36).slice(2, 8)}`;

/**
 * A fictitious initiative of 766 (a test fixture, `example: true`) registered through the API
 * from a logged-in page, as the form would send it; answers its id.
 */
export async function registerInitiative(
  page: Page,
  fields: Readonly<Record<string, unknown>> & { readonly title: string },
): Promise<number> {
  const created = await pageFetch(
    page,
    'POST',
    '/api/v1/initiatives',
    {
      municipality: '766',
      theme: 'elderly-health',
      type: 'rehabilitation-prevention',
      keyFigures: [ELDERLY, COMBINED],
      startYear: 2014,
      expected: [{ year: 2015, amount: 2_000_000 }],
      status: 'running',
      example: true,
      ...fields,
    },
    'session',
  );
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  return (created.json as { id: number }).id;
}
