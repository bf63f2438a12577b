import type { Widen } from '../widen.ts';
import type { da } from '../da/index.ts';

export const compare: Widen<typeof da.compare> = {
  title: 'Compare municipalities',
  lead: 'Choose two to five municipalities and a theme to see the theme’s key figures side by side, with each municipality’s rank among all municipalities.',
  chosen: 'Chosen municipalities',
  search: 'Search for a municipality to add',
  orList: 'Or choose from the list',
  addNone: '– choose a municipality –',
  addButton: 'Add',
  remove: (name: string) => `Remove ${name}`,
  already: (name: string) => `${name} is already chosen.`,
  full: 'You can compare at most 5 municipalities. Remove one before adding another.',
  tooFew: (n: number) =>
    n === 0
      ? 'Choose at least two municipalities to compare them. Add them above, e.g. your own and a neighbour.'
      : 'Choose one more municipality to compare: at least two are needed.',
  tooMany: (n: number) =>
    `The address has ${n} municipalities, but at most 5 can be compared. Remove ${n - 5} to see the comparison.`,
  unknown: (codes: string) => `Unknown municipality code: ${codes}. It has been skipped.`,
  theme: 'Theme',
  year: 'Year',
  latest: 'Latest year with data',
  yearNote:
    'Each key figure is shown for its latest year with data unless you choose a year. The year is given with the key figure.',
  figure: 'Key figure',
  caption: (theme: string, n: number) => `${theme}: ${n} municipalities side by side`,
  rankOf: (rank: number, n: number) => `${rank} of ${n}`,
  rankLabel: 'rank',
  best: 'best',
  bestNote:
    'Best means the best value among the chosen municipalities by the key figure’s direction (e.g. the lowest expenditure). Key figures without a direction have no best. Best is not a verdict.',
  noDirection: 'no direction',
  noValue: 'no value',
  noFigures: 'The theme has no key figures with data.',
  withoutData: (names: string, year: number | null) =>
    year === null ? `No data in the database: ${names}.` : `No data for ${year}: ${names}.`,
  count: (n: number, max: number) => `${n} of at most ${max} municipalities chosen.`,
  noDataYear: (year: number) => `no data in ${year}`,
  chart: {
    heading: 'Position among all municipalities',
    intro:
      'Each row is a key figure; each municipality has its own symbol. Rank 1 is on the left (the best by the key figure’s direction; for figures without a direction, the highest value).',
    axis: 'Rank among the municipalities →',
    summary: (theme: string, lines: string) =>
      `Dot plot of the ranks among the municipalities on the theme ${theme}. ${lines}`,
    line: (figure: string, ranks: string) => `${figure}: ${ranks}.`,
    rankOf: (name: string, rank: string) => `${name} rank ${rank}`,
  },
  table: {
    heading: 'Key figures side by side',
  },
};
