import type { Widen } from '../widen.ts';
import type { da } from '../da/index.ts';

export const keyFigure: Widen<typeof da.keyFigure> = {
  title: 'Key figures',
  kinds: {
    cost: 'Expenditure (unit cost)',
    activity: 'Activity and service level',
    quality: 'Quality and outcome',
    structure: 'Structural conditions',
    finance: 'Financing',
  },
  status: {
    value: 'Value',
    missing: 'Missing (M)',
    undefined: 'Not defined (U)',
    confidential: 'Confidential',
    'no-data': 'No data',
  },
  list: {
    title: 'Key figures',
    lead: 'Every key figure in Potentiale, by theme. Choose one to see the 98 municipalities ranked, on the map, against structural conditions and over time.',
    filter: 'Search key figures',
    filterHint: 'Type part of the name, e.g. elderly',
    count: (shown: number, total: number) =>
      shown === total ? `${total} key figures` : `${shown} of ${total} key figures match`,
    noMatch: 'No key figure matches the search. Try a shorter word.',
    uncatalogued: 'Other key figures from the sources (no theme)',
    unit: 'Unit',
    years: 'Years',
    noYears: 'not fetched yet',
    figures: (n: number) => (n === 1 ? '1 key figure' : `${n} key figures`),
  },
  about: {
    back: 'All key figures',
    unit: 'Unit',
    kind: 'Kind',
    source: 'Source',
    sourceName: 'Name in the source',
    polarity: 'Direction',
    themes: 'Theme',
    years: 'Years with data',
    volume: 'Target group (volume)',
    definition: 'Definition and notes',
    noNotes: 'The source has no notes on this key figure.',
    note: (n: number) => `Note ${n}`,
    breaks: 'Breaks in the definition',
    breakAt: (year: number) => `From ${year}`,
    noData: 'The figures for this key figure have not been fetched yet.',
    noDataLink: 'See which figures have been fetched, and how recent they are',
  },
  controls: {
    year: 'Year',
    yearOption: (year: number, kind: string | null) => (kind ? `${year} · ${kind}` : String(year)),
    yearNote: 'About the year',
    otherVariant: (kindYear: string) => `${kindYear} exists too, but is not shown`,
    municipality: 'Highlight municipality',
    none: '– none –',
    peers: 'Highlight peer municipalities',
  },
  chosen: {
    heading: (name: string, year: string) => `${name}, ${year}`,
    value: 'Value',
    rank: 'Rank among the municipalities',
    rankOf: (rank: number, n: number) => `${rank} of ${n}`,
    noRank: 'no rank (no value)',
    median: 'National median',
    medianDefinition: (name: string) => `The median of the 98 municipalities' values of ${name}`,
    peerMedian: 'Median of the peer group',
    peerMedianDefinition: (group: string) =>
      `The median of the peer municipalities' values (${group}), without the municipality itself`,
    rankDefinition: (polarity: string) => `Rank 1 is ${polarity}.`,
    peersLoading: 'Fetching peer municipalities …',
    peersError: 'The peer municipalities could not be fetched, so they are not highlighted.',
    peersAre: (group: string) => `Peer municipalities (${group}):`,
    openMunicipality: (name: string) => `See the potential package of ${name}`,
    unknown: (code: string) =>
      `Unknown municipality code in the address: ${code}. Choose one from the list.`,
    noDataYear: (year: number) =>
      `The key figure has no data for ${year}; the page shows the latest year with data.`,
    pick: 'Choose a municipality to highlight it and its peers in every chart.',
  },
  rankFirst: {
    'lower-is-better': 'the lowest value (lower is better)',
    'higher-is-better': 'the highest value (higher is better)',
    neutral:
      'the highest value; the key figure has no direction, so the rank says nothing about good or bad',
  },
  legend: {
    chosen: 'Chosen municipality',
    peers: 'Peer municipality',
    others: 'Other municipalities',
  },
  ranking: {
    heading: 'Ranking',
    intro: (first: string) => `The 98 municipalities sorted by value. Rank 1 is ${first}.`,
    summary: (p: {
      name: string;
      year: number;
      n: number;
      best: string;
      worst: string;
      median: string;
      chosen: string;
    }) =>
      `Horizontal bar chart: ${p.n} municipalities ranked on ${p.name} in ${p.year}, from ${p.best} to ${p.worst}. ${p.median}${p.chosen}`,
    chosenSentence: (name: string, rank: string, peers: string) =>
      ` ${name} ranks ${rank}.${peers ? ` Highlighted peers: ${peers}.` : ''}`,
    medianLabel: (name: string, value: string) => `${name} ${value}`,
    missing: (n: number) =>
      n === 1
        ? '1 municipality has no value and is left out.'
        : `${n} municipalities have no value and are left out.`,
    caption: (name: string, year: number) => `${name}, ${year}: ranking`,
  },
  map: {
    heading: 'The map',
    intro:
      'Click a municipality on the map (or tab to it and press Enter) to highlight it and its peers on the whole page.',
    outlines: (name: string) => `${name} has a heavy outline and its peers a dashed outline.`,
  },
  scatter: {
    heading: 'Relation to structural conditions',
    variable: 'Structural condition (horizontal axis)',
    intro:
      'Each dot is a municipality. The line is the linear regression (least squares) over all municipalities with both values.',
    r2: (r2: string, share: string, n: number, variable: string) =>
      `R² = ${r2}: differences in ${variable.toLowerCase()} explain ${share} of the differences between the ${n} municipalities (a linear association, not a cause).`,
    r2Short: (r2: string) => `R² = ${r2}`,
    noFit: 'Too few municipalities with both values for a regression line.',
    fallbackYear: (variable: string, wanted: number, used: number) =>
      `${variable} has no data for ${wanted}, so the chart uses ${used}, the nearest year with data.`,
    noStructureData: (variable: string) => `${variable} has no data in the database.`,
    summary: (p: { name: string; variable: string; year: number; n: number; fit: string }) =>
      `Scatter plot: ${p.name} (vertical) against ${p.variable} (horizontal) for ${p.n} municipalities in ${p.year}. ${p.fit}`,
    peersSentence: (names: string) => ` Peer municipalities (squares): ${names}.`,
    caption: (name: string, variable: string) => `${name} and ${variable}`,
  },
  development: {
    heading: 'Development over time',
    intro:
      'The lines show the value year by year. The dashed line is the median of the peer group (with no municipality chosen: the median of all municipalities). Vertical lines mark breaks in the definition.',
    introPeers: (name: string) => `Showing ${name} and its peer municipalities.`,
    introPicked: 'Showing the municipalities you picked.',
    introNone: 'Choose a municipality above, or add up to 5 municipalities here.',
    add: 'Add a municipality to the development',
    addNone: '– choose –',
    addButton: 'Add',
    remove: (name: string) => `Remove ${name} from the development`,
    picked: 'Municipalities picked for the development',
    max: 'At most 5 picked municipalities can be shown. Remove one first.',
    breakLabel: (year: number) => `Break ${year}`,
    summary: (p: {
      name: string;
      from: number;
      to: number;
      lines: string;
      reference: string;
      breaks: string;
    }) =>
      `Line chart: ${p.name} from ${p.from} to ${p.to} for ${p.lines} and the ${p.reference.toLowerCase()}.${p.breaks}`,
    breaksSentence: (years: string) => ` Breaks in the definition: ${years}.`,
    caption: (name: string) => `${name} over time`,
    year: 'Year',
    prices: (unit: string) => `All years in ${unit}, so they can be compared.`,
    unconverted: (years: string, level: string) =>
      `Not converted: no price index for ${years}. Those years are shown in ${level}, as published, as hollow dots without a line to the other years.`,
    unconvertedMark: 'not converted',
  },
  table: {
    heading: 'Table',
    caption: (name: string, year: string) => `${name}, all municipalities, ${year}`,
    rank: 'Rank',
    rankOf: (n: number) => `Rank (of ${n})`,
    municipality: 'Municipality',
    value: 'Value',
    status: 'Status',
    chosenMark: '(chosen)',
    peerMark: '(peer)',
  },
};
