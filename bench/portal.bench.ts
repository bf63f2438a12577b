// `npm run bench -- portal`: a portal search through the HTTP API (words, stems, compound
// check against the vocabulary, facets over all matches, ts_headline snippets) on N items in an
// in-memory PGlite, against the reference measured in the same run: the bare SQL of a Danish
// full-text search (plainto_tsquery, ts_rank, the first 20 ids). The ratio is what the portal's
// extras cost; the typo search (no full-text match, then pg_trgm) is timed against the same
// reference.
import { CATALOGUE } from '../src/core/index.ts';
import { createItem, openDatabase } from '../src/db/index.ts';
import { createApp } from '../src/server/index.ts';
import { NewItemBody } from '../src/server/schemas/index.ts';
import { SEARCH_TEST_ITEMS } from '../test/fixtures/portal-search-queries.ts';

const N = Number(process.env['BENCH_ITEMS'] ?? 2000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 30);

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export async function run(): Promise<void> {
  const db = await openDatabase({ kind: 'pglite', dir: undefined }, { catalogue: CATALOGUE });
  const now = new Date('2026-12-07T09:00:00Z');
  await db.transaction(async (tx) => {
    for (let i = 0; i < N; i++) {
      const base = SEARCH_TEST_ITEMS[i % SEARCH_TEST_ITEMS.length];
      if (!base) continue;
      const item = NewItemBody.parse({ ...base, title: `${base.title} (${i})` });
      await createItem(tx, { ...item, municipality: item.municipalities[0] ?? null }, null, now);
    }
  });
  const app = createApp({ db, now: () => now });
  const api = async (q: string) => {
    const r = await app.request(`/api/v1/portal/items?q=${encodeURIComponent(q)}`);
    if (r.status !== 200) throw new Error(`${q}: ${r.status}`);
    return r.json();
  };
  const reference = (q: string) =>
    db.query(
      `SELECT id FROM portal_items, plainto_tsquery('danish', $1) q
        WHERE search @@ q AND status = 'published' ORDER BY ts_rank(search, q) DESC LIMIT 20`,
      [q],
    );
  const cases = [
    ['hjemmeplejen', 'fulltext'],
    ['hjemmeplje', 'trigram (typo)'],
  ] as const;
  for (const [q] of cases) {
    await api(q);
    await reference(q);
  }
  for (const [q, label] of cases) {
    const ours: number[] = [];
    const ref: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      ref.push(await time(() => reference(q)));
      ours.push(await time(() => api(q)));
    }
    const o = median(ours);
    const r = median(ref);
    console.log(
      `"${q}" (${label}), ${N} items: API ${o.toFixed(1)} ms, bare SQL (reference) ${r.toFixed(1)} ms, ratio ${(o / r).toFixed(1)}`,
    );
  }
  await db.close();
}
