import type { InitiativeDocument, NewInitiativeBody, SessionUser } from '../../api/index.ts';

/** A gain as typed: year and amount as texts ('' = not filled in). */
export interface GainText {
  readonly year: string;
  readonly amount: string;
}

/** The form's fields as it holds them (texts as typed; '' for "none"). */
export interface InitiativeForm {
  readonly municipality: string;
  readonly title: string;
  readonly description: string;
  readonly theme: string;
  readonly type: string;
  readonly ownerName: string;
  readonly ownerRole: string;
  readonly keyFigures: readonly string[];
  readonly startYear: string;
  readonly expected: readonly GainText[];
  readonly realised: readonly GainText[];
  /** 'current', or a base year for fixed prices ("2024"). */
  readonly prices: string;
  readonly status: string;
  readonly moneyUse: string;
  readonly moneyArea: string;
  /** Portal item numbers, separated by commas. */
  readonly portalItems: string;
  readonly visibility: string;
  readonly example: boolean;
}

/** A new initiative's fields: for the editor's own (first) municipality. */
export function emptyForm(user: SessionUser): InitiativeForm {
  return {
    municipality: user.role === 'municipality-editor' ? (user.municipalities[0] ?? '') : '',
    title: '',
    description: '',
    theme: 'elderly-health',
    type: 'rehabilitation-prevention',
    ownerName: '',
    ownerRole: '',
    keyFigures: [],
    startYear: '',
    expected: [{ year: '', amount: '' }],
    realised: [],
    prices: 'current',
    status: 'planned',
    moneyUse: 'undecided',
    moneyArea: '',
    portalItems: '',
    visibility: 'public',
    example: false,
  };
}

const gainTexts = (gains: readonly { year: number; amount: number }[]): GainText[] =>
  gains.map((g) => ({ year: String(g.year), amount: String(g.amount) }));

/** A stored initiative's fields in the form. */
export function formOf(d: InitiativeDocument): InitiativeForm {
  return {
    municipality: d.municipality,
    title: d.title,
    description: d.description,
    theme: d.theme,
    type: d.type,
    ownerName: d.owner?.name ?? '',
    ownerRole: d.owner?.role ?? '',
    keyFigures: d.keyFigures,
    startYear: String(d.startYear),
    expected: gainTexts(d.expected),
    realised: gainTexts(d.realised),
    prices: d.prices.basis === 'fixed' ? String(d.prices.year) : 'current',
    status: d.status,
    moneyUse: d.money.use,
    moneyArea: d.money.area ?? '',
    portalItems: d.portalItems.join(', '),
    visibility: d.visibility,
    example: d.example,
  };
}

/**
 * An amount as typed, in Danish or plain digits: "2.000.000", "2 000 000", "1,5" or "2000000".
 * A text that is no number stays NaN, sent as null: the server refuses it, naming the field.
 * @example parseAmount('2.000.000') // 2000000
 */
export function parseAmount(text: string): number {
  const s = text.replace(/[\s\u00a0]/g, '').replace(/kr\.?$/i, '');
  if (s === '') return NaN;
  if (s.includes(',')) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
  return Number(s);
}

const gainsOf = (rows: readonly GainText[]) =>
  rows
    .filter((g) => g.year.trim() !== '' || g.amount.trim() !== '')
    .map((g) => ({ year: Number(g.year.trim()), amount: parseAmount(g.amount) }));

/** The request body of the form's fields (the server checks them and answers in Danish). */
export function bodyOf(s: InitiativeForm): NewInitiativeBody {
  const owner =
    s.ownerName.trim() === '' && s.ownerRole.trim() === ''
      ? null
      : { name: s.ownerName, role: s.ownerRole };
  return {
    municipality: s.municipality,
    title: s.title,
    description: s.description,
    theme: s.theme as NewInitiativeBody['theme'],
    type: s.type as NewInitiativeBody['type'],
    owner,
    keyFigures: s.keyFigures,
    startYear: Number(s.startYear.trim()),
    expected: gainsOf(s.expected),
    realised: gainsOf(s.realised),
    prices:
      s.prices === 'current'
        ? { basis: 'current', year: null }
        : { basis: 'fixed', year: Number(s.prices) },
    status: s.status as NonNullable<NewInitiativeBody['status']>,
    money: {
      use: s.moneyUse as NonNullable<NewInitiativeBody['money']>['use'],
      area: s.moneyArea.trim() === '' ? null : s.moneyArea,
    },
    portalItems: s.portalItems
      .split(/[\s,;]+/)
      .filter((x) => x !== '')
      .map(Number),
    visibility: s.visibility as NonNullable<NewInitiativeBody['visibility']>,
    example: s.example,
  };
}

/**
 * The form field a server problem names (`parameter`, e.g. "expected.0.amount" or
 * "/keyFigures"), as the form's field key; undefined when it names none.
 * @example problemField('expected.0.amount') // 'expected'
 */
export function problemField(parameter: string | undefined): string | undefined {
  if (parameter === undefined) return undefined;
  return /^(?:\/|body\.)?([A-Za-z]+)/.exec(parameter)?.[1];
}
