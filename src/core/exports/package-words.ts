import type { WarningCode } from '../warnings/index.ts';
import type { ExportLanguage } from './package-export.ts';

/** The words of a package file (CSV, XLSX, JSON-stat), in Danish and English. */
export interface PackageExportWords {
  readonly sheets: { readonly summary: string; readonly figures: string; readonly sources: string };
  readonly title: string;
  readonly municipality: string;
  readonly year: string;
  readonly yearChosenByDefault: string;
  readonly yearKind: string;
  /** The kinds of the package's money when it mixes them: "regnskab 80 %, budget 20 %". */
  readonly kindsOfMoney: (kinds: string) => string;
  readonly prices: string;
  readonly level: string;
  readonly group: string;
  readonly groupsByTheme: string;
  readonly groupChosen: string;
  readonly structureYear: string;
  readonly members: string;
  readonly coverage: string;
  readonly coverageOf: (share: string, of: string) => string;
  readonly coverageUnknown: string;
  readonly totals: string;
  readonly positive: string;
  readonly signed: string;
  readonly money: string;
  readonly counted: string;
  readonly themeTotals: string;
  readonly allThemes: string;
  readonly top: (n: number) => string;
  readonly noTop: string;
  readonly rank: string;
  readonly warnings: string;
  readonly noWarnings: string;
  readonly wholePackage: string;
  readonly amountsIn: (label: string) => string;
  readonly landkort: string;
  readonly columns: {
    readonly theme: string;
    readonly keyFigureId: string;
    readonly name: string;
    readonly unit: string;
    readonly value: string;
    readonly benchmark: (level: string) => string;
    readonly volume: string;
    readonly potential: (label: string) => string;
    readonly yearKind: string;
    readonly rank: string;
    readonly rankOf: string;
    readonly corridorMin: (label: string) => string;
    readonly corridorMax: (label: string) => string;
    readonly status: string;
    readonly countedIn: string;
    readonly warnings: string;
  };
  readonly sources: {
    readonly heading: string;
    readonly source: string;
    readonly publisher: string;
    readonly product: string;
    readonly citation: string;
    readonly url: string;
    readonly licence: string;
    readonly noLicence: string;
    readonly cite: (citations: string) => string;
    readonly rule: string;
    readonly priceIndex: (sources: string) => string;
  };
  readonly warningCodes: Readonly<Record<WarningCode, string>>;
}

/** Danish: the file a council reads; the same words as the screen where the screen has them. */
const da: PackageExportWords = {
  sheets: { summary: 'Oversigt', figures: 'Nøgletal', sources: 'Kilder' },
  title: 'Potentialepakke',
  municipality: 'Kommune',
  year: 'År',
  yearChosenByDefault: 'standardåret: det nyeste år, der mest er regnskab',
  yearKind: 'Regnskab eller budget',
  kindsOfMoney: (kinds) => `${kinds} af pakkens udgifter`,
  prices: 'Prisniveau',
  level: 'Benchmarkniveau',
  group: 'Sammenligningsgruppe',
  groupsByTheme: 'Sammenligningsgruppe pr. tema (grupperne er forskellige fra tema til tema)',
  groupChosen: 'Sådan er gruppen valgt',
  structureYear: 'Rammevilkår fra',
  members: 'Medlemmer',
  coverage: 'Dækning',
  coverageOf: (share, of) => `Pakken dækker ${share} af ${of}`,
  coverageUnknown: 'Dækningen kan ikke beregnes',
  totals: 'Potentiale i alt',
  positive: 'Potentiale (sum af de positive)',
  signed: 'Nettoposition',
  money: 'Udgifter, summen handler om (ΣC)',
  counted: 'Nøgletal i summen',
  themeTotals: 'Potentiale pr. tema',
  allThemes: 'I alt',
  top: (n) => `De ${n} største potentialer`,
  noTop: 'Ingen nøgletal i summen har et positivt potentiale.',
  rank: 'Nr.',
  warnings: 'Advarsler',
  noWarnings: 'Ingen advarsler.',
  wholePackage: 'Hele pakken',
  amountsIn: (label) => `Beløb i ${label}.`,
  landkort: 'Potentiale — et landkort, ikke et facit.',
  columns: {
    theme: 'tema',
    keyFigureId: 'nøgletal-id',
    name: 'nøgletal',
    unit: 'enhed',
    value: 'egen værdi',
    benchmark: (level) => `benchmark (${level})`,
    volume: 'volumen',
    potential: (label) => `potentiale (${label})`,
    yearKind: 'regnskab/budget',
    rank: 'rang',
    rankOf: 'af',
    corridorMin: (label) => `korridor min (${label})`,
    corridorMax: (label) => `korridor max (${label})`,
    status: 'status i pakken',
    countedIn: 'talt med under',
    warnings: 'advarsler',
  },
  sources: {
    heading: 'Kilder',
    source: 'Kilde',
    publisher: 'Udgiver',
    product: 'Produkt',
    citation: 'Citér som',
    url: 'Adresse',
    licence: 'Licens',
    noLicence: 'ingen licenstekst; kilden beder om at blive nævnt',
    cite: (citations) => `Potentiale; data: ${citations}`,
    rule: 'Sådan lægges pakken sammen',
    priceIndex: (sources) => `Beløb omregnet med pris- og lønindeks: ${sources}`,
  },
  warningCodes: {
    'distant-peers': 'Fjerne sammenligningskommuner',
    outlier: 'Skiller sig ud',
    'small-volume': 'Lille målgruppe',
    'definition-break': 'Databrud',
    'budget-year': 'Budgettal',
    'low-coverage': 'Lav dækning',
    'price-conversion': 'Prisomregning',
    'small-group': 'Få medlemmer med data',
  },
};

const en: PackageExportWords = {
  sheets: { summary: 'Summary', figures: 'Key figures', sources: 'Sources' },
  title: 'Potential package',
  municipality: 'Municipality',
  year: 'Year',
  yearChosenByDefault: 'the default year: the newest that is mainly accounts',
  yearKind: 'Accounts or budget',
  kindsOfMoney: (kinds) => `${kinds} of the package's spending`,
  prices: 'Price level',
  level: 'Benchmark level',
  group: 'Peer group',
  groupsByTheme: 'Peer group per theme (the groups differ from theme to theme)',
  groupChosen: 'How the group was chosen',
  structureYear: 'Structural conditions from',
  members: 'Members',
  coverage: 'Coverage',
  coverageOf: (share, of) => `The package covers ${share} of ${of}`,
  coverageUnknown: 'The coverage cannot be computed',
  totals: 'Total potential',
  positive: 'Potential (sum of the positive)',
  signed: 'Net position',
  money: 'Spending the sum is about (ΣC)',
  counted: 'Key figures in the sum',
  themeTotals: 'Potential per theme',
  allThemes: 'Total',
  top: (n) => `The ${n} largest potentials`,
  noTop: 'No key figure in the sum has a positive potential.',
  rank: 'No.',
  warnings: 'Warnings',
  noWarnings: 'No warnings.',
  wholePackage: 'The whole package',
  amountsIn: (label) => `Amounts in ${label}.`,
  landkort: 'Potentiale — a map, not an answer key.',
  columns: {
    theme: 'theme',
    keyFigureId: 'key figure id',
    name: 'key figure',
    unit: 'unit',
    value: 'own value',
    benchmark: (level) => `benchmark (${level})`,
    volume: 'volume',
    potential: (label) => `potential (${label})`,
    yearKind: 'accounts/budget',
    rank: 'rank',
    rankOf: 'of',
    corridorMin: (label) => `corridor min (${label})`,
    corridorMax: (label) => `corridor max (${label})`,
    status: 'status in the package',
    countedIn: 'counted under',
    warnings: 'warnings',
  },
  sources: {
    heading: 'Sources',
    source: 'Source',
    publisher: 'Publisher',
    product: 'Product',
    citation: 'Cite as',
    url: 'Address',
    licence: 'Licence',
    noLicence: 'no licence text; the source asks to be credited',
    cite: (citations) => `Potentiale; data: ${citations}`,
    rule: 'How the package adds up',
    priceIndex: (sources) => `Amounts converted with the price and wage index: ${sources}`,
  },
  warningCodes: {
    'distant-peers': 'Distant peers',
    outlier: 'Stands out',
    'small-volume': 'Small target group',
    'definition-break': 'Definition break',
    'budget-year': 'Budget figures',
    'low-coverage': 'Low coverage',
    'price-conversion': 'Price conversion',
    'small-group': 'Few members with data',
  },
};

/** The words of a package file in a language. */
export const PACKAGE_EXPORT_WORDS: Readonly<Record<ExportLanguage, PackageExportWords>> = {
  da,
  en,
};
