// The portal's test fixtures are sound on their own: the search items are items the API
// accepts, every expected title exists in the corpus, and the XSS vectors call the marker.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/core/index.ts';
import { NewItemBody } from '../../src/server/schemas/index.ts';
import { SEARCH_CASES, SEARCH_TEST_ITEMS } from '../fixtures/portal-search-queries.ts';
import { XSS_VECTORS, xssCall } from '../fixtures/xss-vectors.ts';
import { repoRoot } from '../support/shared-data.ts';

const folder = join(repoRoot, 'content', 'portal');
const starterTitles = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .map((f) => NewItemBody.parse(JSON.parse(readFileSync(join(folder, f), 'utf8'))).title);

describe('SEARCH_TEST_ITEMS', () => {
  it('are published examples that NewItemBody accepts, marked as test data', () => {
    for (const item of SEARCH_TEST_ITEMS) {
      expect(NewItemBody.safeParse(item).error).toBeUndefined();
      expect(item).toMatchObject({ status: 'published', example: true });
      expect(item.sources.join(' ')).toMatch(/^Testdata/);
    }
  });

  it('link only key figures of the catalogue', () => {
    const ids = new Set(CATALOGUE.map((k) => k.id));
    expect(SEARCH_TEST_ITEMS.flatMap((i) => i.keyFigures).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('have titles of their own, none shared with a starter item', () => {
    const titles = [...SEARCH_TEST_ITEMS.map((i) => i.title), ...starterTitles];
    expect(new Set(titles).size).toBe(titles.length);
  });
});

describe('SEARCH_CASES', () => {
  it('are 20 queries, each expecting an item of the corpus', () => {
    const titles = new Set([...SEARCH_TEST_ITEMS.map((i) => i.title), ...starterTitles]);
    expect(SEARCH_CASES).toHaveLength(20);
    expect(SEARCH_CASES.filter((c) => !titles.has(c.title)).map((c) => c.title)).toEqual([]);
  });

  it('cover stemming, compounds, typos, several words and the starter items', () => {
    const aspects = new Set(SEARCH_CASES.map((c) => c.aspect));
    expect([...aspects].sort()).toEqual(['compound', 'multi-word', 'starter', 'stemming', 'typo']);
  });
});

describe('XSS_VECTORS', () => {
  it('are at least 30, with unique kebab-case names', () => {
    const names = XSS_VECTORS.map((v) => v.name);
    expect(names.length).toBeGreaterThanOrEqual(30);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('each call the marker with their own name, in the clear or encoded', () => {
    // Encoded payloads (percent, base64) cannot show the call; they must not be most of them.
    const clear = XSS_VECTORS.filter((v) => v.markdown.includes(xssCall(v.name)));
    expect(clear.length).toBeGreaterThanOrEqual(XSS_VECTORS.length - 3);
    for (const v of XSS_VECTORS) expect(v.markdown).toMatch(/top\.__xss|%74op|base64/);
  });
});
