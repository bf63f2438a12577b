// From the gap to the item (issue 16 §3) on the real data: for a figure with a gap, the
// published items of comparable municipalities that do better on it (the talk-to list),
// ordered by the peer's similarity, then by date; not items of others, not drafts, not items
// on other figures. Both engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemFields } from '../../src/core/index.ts';
import { createInitiative, createItem, type Database } from '../../src/db/index.ts';
import { createApp } from '../../src/server/index.ts';
import { ENGINES } from '../support/engines.ts';
import { realDataDatabase } from '../support/real-data.ts';

const NOW = new Date('2026-12-07T09:00:00Z');
const FIGURE = 'udgifter-aeldre-pr-67-aarig';
const BASE = `municipality=147&keyFigure=${FIGURE}&year=2019`;

const item = (over: Partial<ItemFields>): ItemFields => ({
  kind: 'case',
  title: 'Et eksempel',
  summary: 'Resumé',
  body: 'Tekst',
  themes: ['elderly-health'],
  topics: [],
  keyFigures: [FIGURE],
  municipalities: [],
  municipality: null,
  startYear: 2018,
  contact: null,
  links: [],
  sources: [],
  status: 'published',
  example: false,
  initiativeId: null,
  ...over,
});

describe.each(ENGINES)('items for a gap (%s, real data)', (engine) => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  let better: Array<{ code: string; similarity: number }> = [];
  const ids: Record<string, number> = {};

  const json = async <T>(path: string): Promise<T> => {
    const r = await app.request(path);
    expect(r.status, await r.clone().text()).toBe(200);
    return (await r.json()) as T;
  };

  beforeAll(async () => {
    db = await realDataDatabase(engine, 'api');
    app = createApp({ db, now: () => NOW, cacheVersionTtlMs: 0 });
    const talk = await json<{ entries: Array<{ code: string; similarity: number }> }>(
      `/api/v1/talk-to?${BASE}&widen=30&limit=97`,
    );

    better = [...talk.entries].sort((a, b) => b.similarity - a.similarity);
    const [first, second] = better;
    if (!first || !second) throw new Error('talk-to found fewer than two municipalities');
    const add = async (key: string, fields: ItemFields, at = NOW) =>
      (ids[key] = (await createItem(db, fields, null, at)).id);
    await add(
      'second',
      item({ title: 'Fra den næstmest lignende', municipalities: [second.code] }),
    );
    await add(
      'first-old',
      item({ title: 'Ældre fra den mest lignende', municipalities: [first.code] }),
      new Date('2025-01-01T00:00:00Z'),
    );
    await add(
      'first-new',
      item({
        title: 'Nyere fra den mest lignende',
        contact: { name: 'Kim Kontakt', role: 'Leder', email: 'kim@kommune.dk' },
        municipality: first.code,
        municipalities: [first.code],
      }),
    );
    await add('draft', item({ title: 'Kladde', municipalities: [first.code], status: 'draft' }));
    await add(
      'other-figure',
      item({ title: 'Andet nøgletal', municipalities: [first.code], keyFigures: ['indbyggertal'] }),
    );
    await add(
      'not-better',
      item({ title: 'Fra en kommune der ikke gør det bedre', municipalities: ['147'] }),
    );
  });
  afterAll(async () => db?.close());

  it('lists the better peers’ items on the figure by similarity, then newest', async () => {
    const answer = await json<{
      items: Array<{ id: number; peer: { code: string; rank: number } }>;
      ranking: string;
    }>(`/api/v1/portal/gap-items?${BASE}`);
    expect(answer.items.map((i) => i.id)).toEqual([ids['first-new'], ids['first-old'], ids.second]);
    expect(answer.items.map((i) => i.peer)).toEqual([
      expect.objectContaining({ code: better[0]?.code, rank: 1 }),
      expect.objectContaining({ code: better[0]?.code, rank: 1 }),
      expect.objectContaining({ code: better[1]?.code, rank: 2 }),
    ]);
    expect(answer.ranking).toMatch(/ligner/);
    // The contact is for logged-in readers; an anonymous one is told there is one.
    expect(answer.items[0]).toMatchObject({ contact: null, contactHidden: true });
    expect(answer.items[2]).toMatchObject({ contact: null, contactHidden: false });
  });

  it('carries the effect check of the initiative an item documents (issue 17)', async () => {
    const second = better[1]?.code ?? '';
    const initiative = await createInitiative(
      db,
      {
        municipality: second,
        title: 'Dokumenteret initiativ',
        description: '',
        theme: 'elderly-health',
        type: 'other',
        owner: null,
        keyFigures: [FIGURE],
        startYear: 2017,
        expected: [],
        realised: [],
        prices: { basis: 'current', year: null },
        status: 'running',
        money: { use: 'undecided', area: null },
        portalItems: [ids.second ?? 0],
        visibility: 'public',
        example: true,
      },
      [],
      null,
      NOW,
    );
    const answer = await json<{
      items: Array<{
        id: number;
        evidence: { initiativeId: number; verdict: string | null } | null;
      }>;
      ranking: string;
    }>(`/api/v1/portal/gap-items?${BASE}`);
    // The figure begins in 2018, so the check of a 2017 start is refused: no verdict, and the
    // order stays that of similarity.
    expect(answer.items.map((i) => i.id)).toEqual([ids['first-new'], ids['first-old'], ids.second]);
    expect(answer.items[2]?.evidence).toEqual({ initiativeId: initiative.id, verdict: null });
    expect(answer.items[0]?.evidence).toBeNull();
    expect(answer.ranking).toMatch(/effekt er synlig/);
  });

  it('refuses a bad request as the talk-to route does', async () => {
    const r = await app.request(
      `/api/v1/portal/gap-items?municipality=999&keyFigure=${FIGURE}&year=2019`,
    );
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
  });
});
