import {
  ATTRIBUTIONS as A,
  PACKAGE_EXPORT_WORDS,
  THEME_NAMES_DA,
  sourcesLine,
} from '../../../core/index.ts';

/** Text shared by every page: the frame, states, controls and generic labels. */
export const common = {
  appName: 'Potentiale',
  tagline: 'Benchmarking af kommunernes nøgletal',
  skipToContent: 'Spring til indhold',
  nav: {
    label: 'Hovedmenu',
    home: 'Forside',
    keyFigures: 'Nøgletal',
    compare: 'Sammenlign',
    portal: 'Viden',
    initiatives: 'Initiativer',
    barriers: 'Regelbarrierer',
    steering: 'Styring',
    method: 'Metode',
    data: 'Data',
  },
  language: {
    label: 'Sprog',
    switchTo: 'English',
    switchToLabel: 'Switch to English',
  },
  footer: {
    sources: sourcesLine('da'),
    notAVerdict:
      'Tallene er et landkort, ikke et facit: penge er ikke det samme som kvalitet, og en kommune kan prioritere anderledes.',
    api: 'Åbent API',
  },
  state: {
    loading: 'Henter …',
    error: 'Noget gik galt',
    retry: 'Prøv igen',
    networkError: 'Serveren svarer ikke. Tjek forbindelsen, og prøv igen.',
    notFound: 'Siden findes ikke',
    notFoundText: 'Adressen findes ikke i Potentiale.',
    backHome: 'Til forsiden',
    emptyDatabase: 'Databasen er tom, så der er ingen tal at vise endnu.',
    emptyDatabaseLink: 'Se hvordan du importerer data',
    noValue: 'ingen værdi',
  },
  controls: {
    year: 'År',
    benchmark: 'Benchmarkniveau',
    peers: 'Sammenligningsgruppe',
    keyFigure: 'Nøgletal',
    municipality: 'Kommune',
    theme: 'Tema',
    apply: 'Vis',
  },
  levels: {
    median: 'Median',
    mean: 'Uvægtet gennemsnit',
    'ratio-of-sums': "Vægtet gennemsnit (noegletal.dk's »Gennemsnit«)",
    p25: '25. percentil',
    p75: '75. percentil',
    best: 'Bedste kommune',
    'need-adjusted': 'Behovskorrigeret median',
    'regression-adjusted': 'Regressionskorrigeret',
    dea: 'DEA (VRS, alle kommuner)',
    'dea:crs': 'DEA (CRS, alle kommuner)',
  } as Record<string, string>,
  peerGroups: {
    nearest: '10 nærmeste på rammevilkår',
    region: 'Samme region',
    landsdel: 'Samme landsdel',
    all: 'Alle kommuner',
  } as Record<string, string>,
  /** The one source of theme names is the core's (THEME_NAMES_DA/EN). */
  themes: THEME_NAMES_DA as Record<string, string>,
  polarity: {
    'lower-is-better': 'Lavere er bedre (fx udgift pr. modtager)',
    'higher-is-better': 'Højere er bedre',
    neutral: 'Hverken højere eller lavere er i sig selv bedre',
  } as Record<string, string>,
  number: {
    definition: 'Definition',
    source: 'Kilde',
    year: 'År',
    kind: 'Art',
    accounts: 'Regnskab',
    budget: 'Budget',
    estimate: 'Skøn',
    unit: 'Enhed',
    prices: 'Prisniveau',
  },
  /** Accounts, budget or estimate, as written before a year: "budget 2019". */
  yearKinds: {
    accounts: 'regnskab',
    budget: 'budget',
    estimate: 'skøn',
  } as Record<string, string>,
  kindYear: (kind: string, year: number) => `${kind} ${year}`,
  prices: {
    unconverted: (years: string) => `ikke omregnet: intet prisindeks for ${years}`,
    shownAs: (level: string) => `vist i ${level}, som offentliggjort`,
  },
  /** The warnings of DESIGN.md §3.4c: a short name per code; the API writes the message. */
  warnings: {
    label: 'Advarsler',
    prefix: 'Advarsel',
    /** The core's words (the package files use them too): one source. */
    codes: PACKAGE_EXPORT_WORDS.da.warningCodes as Readonly<Record<string, string>>,
  },
  table: {
    showTable: 'Vis som tabel',
    hideTable: 'Skjul tabel',
    municipality: 'Kommune',
    code: 'Kode',
    value: 'Værdi',
    rank: 'Rang',
  },
  download: {
    label: 'Hent data',
    csv: 'CSV (Excel, dansk)',
    xlsx: 'Excel (XLSX)',
    json: 'JSON',
    jsonstat: 'JSON-stat',
  },
  search: {
    label: 'Find kommune',
    placeholder: 'Skriv et kommunenavn, fx Århus',
    noMatch: 'Ingen kommune passer',
    results: (n: number) => (n === 1 ? '1 kommune passer' : `${n} kommuner passer`),
  },
  sourceNames: {
    noegletal: A.noegletal.citationDa,
    statbank: `${A.statbank.citationDa}, ${A.statbank.productDa}`,
    regk31: `${A.statbank.citationDa}, REGK31`,
    tidy: 'Importeret fil',
  } as Record<string, string>,
};
