import {
  INITIATIVE_STATUS_NAMES_DA,
  INITIATIVE_TYPE_NAMES_DA,
  ITEM_THEMES,
  MONEY_USE_NAMES_DA,
  THEME_NAMES_DA,
  type InitiativeVisibility,
  type ItemTheme,
} from '../../core/index.ts';

// The layout of the initiatives workbook (issue 17, bulk registration): the template, the
// import and the export all read it from here, so the three cannot drift apart.
//
// Layout (docs/decisions/0014-initiatives-workbook.md): one row per initiative on
// "Initiativer"; the gains on a second sheet "Gevinster", one row per initiative and year
// (kommunekode, titel, år, forventet, realiseret), so any span of years fits without columns
// per year; "Vejledning" explains every column; the hidden sheet "Lister" holds the dropdowns'
// values.

export const SHEETS = {
  initiatives: 'Initiativer',
  gains: 'Gevinster',
  guide: 'Vejledning',
  lists: 'Lister',
} as const;

export const VISIBILITY_NAMES_DA: Readonly<Record<InitiativeVisibility, string>> = {
  public: 'Offentlig',
  internal: 'Intern (kun kommunen)',
};

const ITEM_THEME_NAMES_DA = Object.fromEntries(
  ITEM_THEMES.map((t) => [t, THEME_NAMES_DA[t]]),
) as Readonly<Record<ItemTheme, string>>;

/** "Ja"/"Nej" for a yes/no column. */
export const YES_NO = { yes: 'Ja', no: 'Nej' } as const;

export type ColumnKey =
  | 'municipality'
  | 'title'
  | 'description'
  | 'theme'
  | 'type'
  | 'ownerName'
  | 'ownerRole'
  | 'keyFigures'
  | 'startYear'
  | 'prices'
  | 'status'
  | 'moneyUse'
  | 'moneyArea'
  | 'visibility'
  | 'portalItems'
  | 'example';

export interface Column {
  readonly key: ColumnKey;
  readonly header: string;
  readonly required: boolean;
  readonly width: number;
  /** The Danish names of an enum column (a dropdown); ids are never written in the sheet. */
  readonly names?: Readonly<Record<string, string>>;
  /** What "Vejledning" says about the column. */
  readonly help: string;
}

/** The columns of "Initiativer", in order (A, B, …). */
export const INITIATIVE_COLUMNS: readonly Column[] = [
  {
    key: 'municipality',
    header: 'kommunekode',
    required: true,
    width: 13,
    help: 'Kommunens tre cifre, fx 766 for Hedensted. Du kan kun importere for de kommuner, du er redaktør for.',
  },
  {
    key: 'title',
    header: 'titel',
    required: true,
    width: 40,
    help: 'Initiativets navn (3-200 tegn). Findes titlen allerede i kommunen (store/små bogstaver er ligegyldige), rettes det initiativ i stedet for at blive oprettet igen.',
  },
  {
    key: 'description',
    header: 'beskrivelse',
    required: false,
    width: 50,
    help: 'Hvad initiativet går ud på, kort.',
  },
  {
    key: 'theme',
    header: 'tema',
    required: true,
    width: 34,
    names: ITEM_THEME_NAMES_DA,
    help: 'Et af de syv temaer (vælg på listen).',
  },
  {
    key: 'type',
    header: 'type',
    required: true,
    width: 34,
    names: INITIATIVE_TYPE_NAMES_DA,
    help: 'Hvilken slags effektivisering (vælg på listen).',
  },
  {
    key: 'ownerName',
    header: 'ejer navn',
    required: false,
    width: 22,
    help: 'Den ansvarlige: navn. Tom, hvis der ingen ejer er; skriver du en rolle, skal der også være et navn.',
  },
  {
    key: 'ownerRole',
    header: 'ejer rolle',
    required: false,
    width: 22,
    help: 'Den ansvarliges rolle, fx "Ældrechef".',
  },
  {
    key: 'keyFigures',
    header: "nøgletal (id'er adskilt af komma)",
    required: false,
    width: 36,
    help: "Udgiftsnøgletallenes id'er, som i API'et og på nøgletalssiderne, adskilt af komma, fx udgifter-aeldre-pr-67-aarig. Højst 10. Effekttjekket læser deres udvikling; udgangspunktet (baseline) tages fra data ved importen.",
  },
  {
    key: 'startYear',
    header: 'startår',
    required: true,
    width: 9,
    help: 'Året initiativet starter. Der skal være mindst ét års data før det, og det må højst ligge 4 år efter de nyeste data.',
  },
  {
    key: 'prices',
    header: 'prisniveau (løbende eller et år)',
    required: false,
    width: 18,
    help: 'Prisniveauet for alle gevinster: "løbende" (hvert års egne priser) eller et årstal for faste priser, fx 2019. Tom = løbende.',
  },
  {
    key: 'status',
    header: 'status',
    required: true,
    width: 13,
    names: INITIATIVE_STATUS_NAMES_DA,
    help: 'Planlagt, I gang, Realiseret eller Opgivet (vælg på listen).',
  },
  {
    key: 'moneyUse',
    header: 'pengene (sparet/omprioriteret/…)',
    required: false,
    width: 30,
    names: MONEY_USE_NAMES_DA,
    help: 'Hvor pengene gik hen (vælg på listen). Tom = Ikke besluttet.',
  },
  {
    key: 'moneyArea',
    header: 'omprioriteret til',
    required: false,
    width: 28,
    help: 'Området pengene er omprioriteret til. Skal udfyldes ved "Omprioriteret" og ved "Delvist sparet, delvist omprioriteret".',
  },
  {
    key: 'visibility',
    header: 'synlighed',
    required: false,
    width: 20,
    names: VISIBILITY_NAMES_DA,
    help: 'Offentlig (alle ser det) eller Intern (kun kommunens egne brugere). Tom = Offentlig.',
  },
  {
    key: 'portalItems',
    header: "portalindhold (id'er adskilt af komma)",
    required: false,
    width: 22,
    help: "Id'er på indhold i videnportalen, der dokumenterer initiativet, adskilt af komma.",
  },
  {
    key: 'example',
    header: 'testeksempel',
    required: false,
    width: 12,
    names: YES_NO,
    help: 'Ja for et opdigtet eksempel (testdata), som aldrig er en rigtig påstand. Tom = Nej.',
  },
];

export type GainColumnKey = 'municipality' | 'title' | 'year' | 'expected' | 'realised';

/** The columns of "Gevinster": one row per initiative and year. */
export const GAIN_COLUMNS: readonly (Omit<Column, 'key'> & { readonly key: GainColumnKey })[] = [
  {
    key: 'municipality',
    header: 'kommunekode',
    required: true,
    width: 13,
    help: 'Kommunekoden på initiativets række på arket Initiativer.',
  },
  {
    key: 'title',
    header: 'titel',
    required: true,
    width: 40,
    help: 'Titlen præcis som på arket Initiativer: sammen med kommunekoden finder den initiativet.',
  },
  {
    key: 'year',
    header: 'år',
    required: true,
    width: 8,
    help: 'Året gevinsten gælder; ikke før startåret, og hvert år højst én gang pr. initiativ.',
  },
  {
    key: 'expected',
    header: 'forventet (kr.)',
    required: false,
    width: 16,
    help: 'Den forventede gevinst i hele kroner i initiativets prisniveau, skrevet ved budgettet. Aldrig negativ.',
  },
  {
    key: 'realised',
    header: 'realiseret (kr.)',
    required: false,
    width: 16,
    help: 'Den realiserede gevinst i hele kroner, skrevet når årets regnskab foreligger. Mindst én af forventet og realiseret skal udfyldes.',
  },
];

/** How many rows of the template carry the dropdowns. */
export const TEMPLATE_ROWS = 500;

/** The column letter of a 1-based column number. @example columnLetter(28) // 'AB' */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}
