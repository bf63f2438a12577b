import { describe, expect, it } from 'vitest';
import { applyFilters, facetCounts, type FacetSource } from './facets.ts';
import { itemChanges } from './history.ts';
import type { ItemFields } from './item.ts';
import { similarItems, similarityScore, type SimilarSource } from './similar.ts';
import { fuzzySnippet, snippetParts, trigramSimilarity } from './snippet.ts';

const source = (over: Partial<FacetSource>): FacetSource => ({
  kind: 'case',
  themes: [],
  topics: [],
  municipalities: [],
  keyFigures: [],
  startYear: null,
  status: 'published',
  ...over,
});

describe('facets', () => {
  const items = [
    source({ kind: 'case', themes: ['elderly-health'], municipalities: ['766'], startYear: 2019 }),
    source({
      kind: 'case',
      themes: ['elderly-health', 'administration'],
      municipalities: ['270'],
      startYear: 2014,
    }),
    source({ kind: 'tool', themes: ['administration'], startYear: 2014 }),
  ];

  it('filters on every given facet', () => {
    expect(applyFilters(items, { kind: 'case', year: 2014 })).toEqual([items[1]]);
    expect(applyFilters(items, { theme: 'administration' })).toEqual([items[1], items[2]]);
    expect(applyFilters(items, {})).toEqual(items);
  });

  it('counts each facet over the items that pass the other filters', () => {
    const f = facetCounts(items, { kind: 'case' });
    // The kind facet ignores the kind filter: the tool still counts.
    expect(f.kind).toEqual([
      { value: 'case', count: 2 },
      { value: 'tool', count: 1 },
    ]);
    expect(f.theme).toEqual([
      { value: 'elderly-health', count: 2 },
      { value: 'administration', count: 1 },
    ]);
    expect(f.year).toEqual([
      { value: '2014', count: 1 },
      { value: '2019', count: 1 },
    ]);
  });
});

describe('similar items', () => {
  const item = (id: number, over: Partial<SimilarSource>): SimilarSource => ({
    id,
    kind: 'case',
    themes: [],
    topics: [],
    keyFigures: [],
    municipalities: [],
    updatedAt: `2026-01-0${id}`,
    ...over,
  });
  const me = item(1, { keyFigures: ['a'], themes: ['integration'], municipalities: ['766'] });

  it('scores shared figures over themes over municipalities', () => {
    expect(similarityScore(me, item(2, { keyFigures: ['a'] }))).toBe(4);
    expect(similarityScore(me, item(2, { kind: 'tool', themes: ['integration'] }))).toBe(2);
    expect(similarityScore(me, item(2, { kind: 'tool', municipalities: ['766'] }))).toBe(1);
  });

  it('never lists the item itself, nor items that share only the kind', () => {
    const list = similarItems(me, [
      me,
      item(2, {}),
      item(3, { themes: ['integration'] }),
      item(4, { keyFigures: ['a'] }),
      item(5, { themes: ['integration'] }),
    ]);
    expect(list.map((i) => i.id)).toEqual([4, 5, 3]);
  });
});

describe('history', () => {
  it('lists the changed fields in reading order, with word diffs for text', () => {
    const before = {
      title: 'Ældre',
      status: 'draft',
      themes: ['integration'],
    } as Partial<ItemFields>;
    const after = {
      title: 'Ældre borgere',
      status: 'published',
      themes: ['integration'],
    } as Partial<ItemFields>;
    const changes = itemChanges(before, after);
    expect(changes.map((c) => c.field)).toEqual(['status', 'title']);
    expect(changes[1]?.parts).toEqual([
      { text: 'Ældre', change: 'same' },
      { text: ' borgere', change: 'added' },
    ]);
  });

  it('treats every set field of the first version as a change', () => {
    expect(itemChanges(null, { title: 'Ny', links: [] }).map((c) => c.field)).toEqual([
      'title',
      'links',
    ]);
  });
});

describe('snippets', () => {
  it('cuts a headline at its hit markers', () => {
    expect(snippetParts('Før \u0001pleje\u0002 starter')).toEqual([
      { text: 'Før ', mark: false },
      { text: 'pleje', mark: true },
      { text: ' starter', mark: false },
    ]);
  });

  it('measures trigram similarity as pg_trgm does', () => {
    expect(trigramSimilarity('pleje', 'pleje')).toBe(1);
    expect(trigramSimilarity('hjemmeplje', 'hjemmepleje')).toBeGreaterThan(0.5);
    expect(trigramSimilarity('skole', 'vej')).toBe(0);
  });

  it('marks the words close to a typo', () => {
    const parts = fuzzySnippet('Dialogmøde før hjemmeplejen starter', ['hjemmeplje']);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['hjemmeplejen']);
  });
});
