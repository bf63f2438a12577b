import type { Widen } from '../widen.ts';
import type { da } from '../da/index.ts';

export const compare: Widen<typeof da.compare> = {
  title: 'Compare municipalities',
  lead: 'Choose two to five municipalities to see, for each key figure, the potential and the peer group’s median side by side: all themes, or the ones you choose.',
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
  repeated: (names: string) =>
    `${names} appears more than once in the address. Each municipality is shown once.`,
  themes: 'Themes',
  allThemes: 'All themes',
  noTheme: 'Choose at least one theme to see the comparison.',
  unknownTheme: (themes: string) => `Unknown theme in the address: ${themes}. It has been skipped.`,
  year: 'Year',
  latest: 'The package’s default year',
  yearNote:
    'All figures are from the same year: by default the newest year with accounts, as on the municipality page. Each municipality is compared with its own group of the 10 most similar municipalities, and the potential is computed as in its potential package.',
  figure: 'Key figure',
  caption: (theme: string, n: number) => `${theme}: ${n} municipalities side by side`,
  rankOf: (rank: number, n: number) => `${rank} of ${n}`,
  rankLabel: 'rank',
  best: 'best',
  bestNote:
    'Best means the best value among the chosen municipalities by the key figure’s direction (e.g. the lowest expenditure). Key figures without a direction have no best. Best is not a verdict.',
  noDirection: 'no direction',
  noValue: 'no value',
  noFigures: 'The theme has no key figures with data in the year.',
  count: (n: number, max: number) => `${n} of at most ${max} municipalities chosen.`,
  median: 'peer median',
  potential: 'potential',
  potentialNote:
    'The potential is (own value − the group’s median) × volume, in kroner: positive means the municipality could spend less if it were at the group’s median; negative, that it already spends less. A key figure that overlaps another is not counted in the sum (as in the municipality’s package).',
  notCounted: 'not in the sum',
  overview: {
    heading: 'Potential by theme',
    caption: (unit: string, kind: string) =>
      `Potential by theme and municipality (${unit}, ${kind})`,
    total: 'Total, chosen themes',
    packageTotal: 'Whole package',
  },
  themeCaption: (theme: string, unit: string, kind: string) =>
    `${theme}: own value, the group’s median and the potential (${unit}, ${kind})`,
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
  loadingNote: 'Computing the potential packages …',
};
