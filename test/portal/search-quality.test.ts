// Search quality (issue 16): 20 Danish queries over the starter items and a made-up set of
// items (test/fixtures/portal-search-queries.ts), each with the item expected first or in the
// top three and how it is found (full text with stems and compound parts, or the trigram
// fallback for typos). Both engines: the same SQL must rank the same way.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem, type Database } from '../../src/db/index.ts';
import { createApp } from '../../src/server/index.ts';
import { NewItemBody } from '../../src/server/schemas/index.ts';
import { SEARCH_CASES, SEARCH_TEST_ITEMS } from '../fixtures/portal-search-queries.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';
import { repoRoot } from '../support/shared-data.ts';

const NOW = new Date('2026-12-07T09:00:00Z');
const STARTER = join(repoRoot, 'content', 'portal');

describe.each(ENGINES)('portal search quality (%s)', (engine) => {
  let db: Database;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    db = await freshDatabase(engine);
    app = createApp({ db, now: () => NOW });
    const starter = readdirSync(STARTER)
      .filter((f) => f.endsWith('.json'))
      .map((f) => NewItemBody.parse(JSON.parse(readFileSync(join(STARTER, f), 'utf8'))));
    for (const item of [...starter, ...SEARCH_TEST_ITEMS])
      await createItem(
        db,
        {
          ...NewItemBody.parse(item),
          municipality: item.municipality ?? item.municipalities[0] ?? null,
        },
        null,
        NOW,
      );
  });
  afterAll(async () => db.close());

  it('has 20 queries of every kind', () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(SEARCH_CASES.map((c) => c.aspect))).toEqual(
      new Set(['stemming', 'compound', 'typo', 'multi-word', 'starter']),
    );
  });

  it.each(SEARCH_CASES.map((c) => [c.query, c] as const))('"%s"', async (query, c) => {
    const response = await app.request(`/api/v1/portal/items?q=${encodeURIComponent(query)}`);
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { method: string; items: Array<{ title: string }> };
    const titles = answer.items.map((i) => i.title);
    expect(answer.method, c.note).toBe(c.method);
    if (c.rank === 'first') expect(titles[0], c.note).toBe(c.title);
    else expect(titles.slice(0, 3), c.note).toContain(c.title);
  });
});
