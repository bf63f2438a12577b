// Builders for the learning sections' test: a report context with its list of formulas, a
// portal item and an initiative with every field filled.
import type { InitiativeFields, ItemFields } from '../../src/core/index.ts';
import type { Database } from '../../src/db/index.ts';
import type { ReportContext } from '../../src/engine/report/index.ts';

export const FIGURE = 'udgifter-aeldre-pr-67-aarig';

/** A context for 766 with its own list of formulas (numbered from 1 by first registration). */
export function context(db: Database, over: Partial<ReportContext> = {}) {
  const formulas: { name: string; text: string }[] = [];
  const ctx: ReportContext = {
    db,
    lang: 'da',
    code: '766',
    name: 'Hedensted',
    year: 2019,
    peers: [],
    topFigures: [],
    formula(name, text) {
      const k = formulas.findIndex((f) => f.name === name);
      if (k >= 0) return k + 1;
      formulas.push({ name, text });
      return formulas.length;
    },
    ...over,
  };
  return { ctx, formulas };
}

export const item = (over: Partial<ItemFields>): ItemFields => ({
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

export const initiative = (over: Partial<InitiativeFields>): InitiativeFields => ({
  municipality: '766',
  title: 'Hverdagsrehabilitering',
  description: '',
  theme: 'elderly-health',
  type: 'other',
  owner: null,
  keyFigures: [FIGURE],
  startYear: 2016,
  expected: [{ year: 2016, amount: 2_000_000 }],
  realised: [{ year: 2016, amount: 1_500_000 }],
  prices: { basis: 'current', year: null },
  status: 'running',
  money: { use: 'undecided', area: null },
  portalItems: [],
  visibility: 'public',
  example: false,
  ...over,
});
