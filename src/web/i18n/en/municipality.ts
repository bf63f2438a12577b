import type { Widen } from '../widen.ts';
import type { da } from '../da/index.ts';
import { competition } from './competition.ts';
import { overview } from './overview.ts';

export const municipality: Widen<typeof da.municipality> = {
  title: 'Municipality',
  documentTitle: (name: string) => `${name}: potential package`,
  eyebrow: 'Potential package',
  regionLine: (region: string, landsdel: string | null) =>
    landsdel ? `${region} · ${landsdel}` : region,
  intro:
    'How much lower could spending be if the municipality were at the level of comparable municipalities? The figures are a map of where it pays to look closer and whom to talk to, not a verdict.',
  notFound: {
    title: 'The municipality does not exist',
    text: (code: string) =>
      `There is no municipality with the code "${code}". Municipality codes run from 101 to 860.`,
    search: 'Find the municipality on the front page',
  },
  noYears: 'The database has no key figures with years, so there is no package to show.',
  noPackage: (year: number) => `No key figure has a potential in ${year}. Choose another year.`,
  noPackageInPrices: (year: number, base: number) =>
    `None of the package's amounts for ${year} can be shown in ${base} prices: the price and wage index does not reach ${year}. Choose current prices or another year.`,
  overview,
  competition,
  controls: {
    label: 'Choices for the package',
    savedGroup: (name: string) => `Saved group: ${name}`,
    updating: 'Updating …',
    print: 'Print / save as PDF',
    prices: 'Price level',
    pricesDefault: "Current prices (the year's own)",
    pricesFixed: (year: number) => `Fixed prices: ${year} prices`,
    pricesCurrent: 'Current prices, only amounts that can be converted',
  },
  year: {
    option: (p: {
      year: number;
      kind: string | null;
      figures: number;
      coverage: string | null;
      comparable: boolean;
    }) =>
      [
        String(p.year),
        p.kind,
        p.figures === 1 ? '1 key figure' : `${p.figures} key figures`,
        p.coverage === null ? 'coverage unknown' : `coverage ${p.coverage}`,
        p.comparable || p.coverage === null ? null : 'not comparable',
      ]
        .filter(Boolean)
        .join(' · '),
    coverage: (pct: string) => `coverage ${pct}`,
    lowCoverage: (pct: string) => `covers only ${pct} of spending`,
    notComparable: 'not comparable as a whole',
    chosenByDefault:
      'The year is the newest that is mainly accounts and covers at least half of the spending.',
    note: 'About the year',
  },
  total: {
    heading: 'Total potential',
    positiveLabel: 'Potential (sum of the positive)',
    positiveExplain:
      'The sum over the key figures where the municipality spends more than the benchmark: how much lower spending would be at the benchmark level.',
    signedLabel: 'Net position',
    signedWord: {
      negative: 'lower spending than the benchmark overall',
      positive: 'higher spending than the benchmark overall',
      zero: 'at the benchmark overall',
    },
    signedExplain:
      'The signed sum, with lower spending netted off. It is not money to be found, but where the municipality stands against the benchmark overall on the key figures included.',
    unit: (label: string) => `Amounts in ${label}`,
    coverage: (pct: string, denominator: string) => `The package covers ${pct} of ${denominator}.`,
    denominators: {
      'nettodriftsudgifter-pr-indb': 'net operating expenditure',
      'serviceudgifter-pr-indb':
        'service expenditure (net operating expenditure is missing for the year)',
    },
    coverageUnknown:
      "The coverage cannot be computed: neither net operating nor service expenditure per inhabitant exists for the year in the package's price level.",
    notComparable: (year: number) => `${year} is not comparable as a whole`,
    notComparableText:
      "The package's total is therefore not shown as a result. See the single key figures below.",
    warningsHeading: 'Please note',
    nothingCounted: 'nothing counted',
    basis: (level: string, group: string, year: number) =>
      `Benchmark: ${level} of the group "${group}", ${year}.`,
    figuresCounted: (n: number) =>
      n === 1 ? '1 key figure is in the sum.' : `${n} key figures are in the sum.`,
    positiveDefinition:
      'Sum over the included key figures of max(0, potential). Overlapping key figures are counted once.',
    signedDefinition:
      'Sum over the included key figures of the signed potential (lower spending is subtracted).',
    themeOverview: (prices: string) => `Potential per theme, ${prices}`,
    theme: 'Theme',
    positive: 'Potential',
    signed: 'Net position',
  },
  aggregates: {
    heading: 'The overall level',
    lead: 'Overall key figures across areas, such as service expenditure. They show the municipality’s overall level against the benchmark and are never added to the package.',
    caption: (prices: string) => `Overall key figures beside the package, ${prices}`,
    figure: 'Key figure',
    value: 'Own value',
    benchmark: 'Benchmark',
    difference: 'Difference × volume',
    differenceDefinition: (name: string) =>
      `${name}: (own value − benchmark) × volume. An overall level, not part of the package's sum.`,
  },
  profile: {
    heading: 'Structural conditions',
    lead: (year: number) =>
      `The municipality's structural conditions in ${year}. These are used to find the comparable municipalities; the others are under “Show all”.`,
    usedForPeers: 'used for the peer group',
    more: (n: number) => `Show all structural conditions (${n} in all)`,
    none: 'There are no structural conditions for this year.',
  },
  theme: {
    total: "The theme's potential",
    signed: 'net position',
    nothingCounted:
      "No key figure of the theme is counted in the package's sum (see why at each key figure).",
    notComparable: "The theme's sum is not shown, because the year is not comparable as a whole.",
    peers: (group: string, n: number) => `Peer group: ${group} (${n} municipalities)`,
    caption: (theme: string) => `Key figures in the theme ${theme}`,
    totalDefinition: (theme: string) =>
      `Theme ${theme}: sum of the positive potentials of the theme's included key figures (overlapping figures counted once).`,
    signedDefinition: (theme: string) =>
      `Theme ${theme}: sum of the signed potentials of the theme's included key figures.`,
  },
  columns: {
    figure: 'Key figure',
    value: 'Own value',
    benchmark: 'Benchmark',
    rank: 'Rank',
    potential: 'Potential',
    corridor: 'Corridor across levels',
    status: 'Status and warnings',
    development: 'Development',
  },
  figure: {
    unit: (unit: string) => `Unit: ${unit}`,
    rank: (rank: number, of: number) => `${rank} of ${of}`,
    corridor: (min: string, max: string) => `${min} to ${max}`,
    potentialWord: {
      positive: 'could spend less',
      negative: 'spends less',
      zero: 'at the benchmark',
    },
    status: {
      included: 'Counted in the sum',
      countedIn: (theme: string) => `Counted under ${theme}`,
      overlaps: (other: string) => `Overlaps ${other}, not counted in the sum`,
      'no-potential': 'No potential: value, benchmark or volume missing',
      'not-summable': 'Not a summable expenditure; shown for information',
      aggregate: 'Overall level: shown beside the package and not added',
    },
    statusShort: {
      overlaps: 'Not counted',
      'no-potential': 'No potential',
      'not-summable': 'Not added',
      aggregate: 'Overall level',
    },
    showReasonDa: false,
    showDevelopment: 'Show development',
    hideDevelopment: 'Hide development',
    developmentOf: (name: string) => `of ${name}`,
    noValue: 'no value',
  },
  info: {
    computed: 'Potentiale, computed',
    computedFrom: (source: string) => `Potentiale, computed from ${source}`,
    ownValue: (name: string, unit: string) => `${name} (${unit}), the municipality's own value.`,
    benchmark: (level: string, group: string, n: number, unit: string) =>
      `Benchmark: ${level} of ${group} (${n} municipalities), ${unit}.`,
    rank: (polarity: string) =>
      `Place among the peer group and the municipality itself; 1 = best by the figure's direction (${polarity}).`,
    rankNeutral: 'Place among the peer group and the municipality itself; 1 = highest value.',
    potential: (value: string, benchmark: string, volume: string, result: string) =>
      `Potential = (own value − benchmark) × volume = (${value} − ${benchmark}) × ${volume} = ${result}. Positive: the municipality could spend that much less at the benchmark level. Negative: it spends less than the benchmark.`,
    volume: (description: string) => `Volume: ${description}.`,
    corridor: (minLevel: string, min: string, maxLevel: string, max: string) =>
      `The potential at each benchmark level: lowest ${min} (${minLevel}), highest ${max} (${maxLevel}).`,
    structure: (name: string, unit: string) => `${name} (${unit}).`,
  },
  development: {
    heading: (name: string) => `Development: ${name}`,
    year: 'Year',
    value: 'Own value',
    breakNote: (year: number, text: string) => `Break in ${year}: ${text}`,
    startsAfterBreak: (year: number) =>
      `The development starts in ${year}, because the definition changed that year.`,
    others: 'Municipalities in the group that developed differently from you',
    other: (name: string, from: string, to: string, change: string) =>
      `${name}: index ${from} → ${to} (${change})`,
  },
  peers: {
    heading: 'The comparable municipalities',
    themeLabel: 'Theme',
    nearestLead: (n: number, k: number) =>
      `The ${k} municipalities most alike on ${n} structural conditions. Each variable is standardised over all 98 municipalities, and the distance is the total difference: 0 is identical, and the smaller, the more alike.`,
    otherLead: (group: string, n: number) =>
      `${group}: ${n} municipalities. The group is not chosen on structural conditions, so there is no distance to show.`,
    variables: 'Structural conditions used',
    caption: (theme: string) => `Comparable municipalities for ${theme}, nearest first`,
    name: 'Municipality',
    distance: 'Distance',
    why: 'Why',
    closest: (names: string) => `Closest on: ${names}.`,
    furthest: (names: string) => `Largest difference: ${names}.`,
    share: (name: string, share: string) => `${name} (${share} of the distance)`,
    distanceDefinition:
      'Structural distance: the square root of the sum of the weighted, squared differences in standardised structural conditions. 0 = identical.',
    leftOut: (n: number) =>
      n === 1
        ? '1 municipality lacks data and is left out.'
        : `${n} municipalities lack data and are left out.`,
    variableNames: {
      'log-population': 'population',
      'log-density': 'population density',
      'share-0-17': 'share aged 0-17',
      'share-67-plus': 'share aged 67+',
      'socioeconomic-index': 'socioeconomic index',
      'expenditure-need': 'expenditure need per inhabitant',
      'tax-base': 'tax base per inhabitant',
      'urban-share': 'share in urban areas',
    },
  },
  talkTo: {
    heading: 'Whom could you talk to?',
    lead: 'Municipalities that are like you and do it for less (or better) on the key figure, without being worse on the linked quality figures. Ranked by similarity and the size of the difference.',
    figureLabel: 'Key figure',
    none: 'No comparable municipality does better on this key figure.',
    valueDefinition: (figure: string, value: string, own: string) =>
      `${figure}: ${value} against your ${own}. The difference is relative to your value.`,
    better: (pct: string, direction: 'lower' | 'higher') => `${pct} ${direction}`,
    ruleHeading: 'How the list is made',
    inDanish: '(in Danish)',
    reason: (p: {
      name: string;
      value: string;
      own: string;
      relative: string | null;
      inPeerGroup: boolean;
      distance: string;
      notWorse: readonly string[];
      unknown: readonly string[];
      notJudged: readonly string[];
    }) =>
      [
        `${p.name} has ${p.value} against your ${p.own}${p.relative ? ` (${p.relative})` : ''}.`,
        `It is ${p.inPeerGroup ? 'in your peer group' : 'among the nearest outside your peer group'}, structural distance ${p.distance}.`,
        p.notWorse.length ? `Not worse on: ${p.notWorse.join('; ')}.` : '',
        p.unknown.length ? `Unknown (missing data): ${p.unknown.join('; ')}.` : '',
        p.notJudged.length ? `Shown, not judged: ${p.notJudged.join('; ')}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
  },
  exports: {
    heading: 'Download the package',
    lead: 'The whole package with the same choices, for Excel or further work.',
  },
};
