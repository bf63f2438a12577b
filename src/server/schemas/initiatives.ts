import { z } from '@hono/zod-openapi';
import {
  INITIATIVE_STATUSES,
  INITIATIVE_TYPES,
  INITIATIVE_VISIBILITIES,
  MONEY_USES,
  OVERVIEW_GROUPS,
} from '../../core/index.ts';
import { PriceLevel, Prices, YearKind } from './common.ts';
import { FieldChange, ItemTheme } from './portal.ts';

// Requests and answers of the initiatives and their effect check (issue 17, DESIGN.md §3.8).

const o = z.strictObject;
const list = <T extends z.ZodType>(t: T) => z.array(t).readonly();
const upTo = <T extends z.ZodType>(t: T, max: number) => z.array(t).max(max).readonly();
const code = z.string().regex(/^[1-9]\d{2}$/, 'en kommunekode med tre cifre, fx 766');
const year = z.number().int().min(1990).max(2100);
/** A number the data may lack (JSON has no NaN): null where it is missing. */
const num = z.number().nullable();

export const InitiativeType = z.enum(INITIATIVE_TYPES).openapi('InitiativeType');
export const InitiativeStatus = z.enum(INITIATIVE_STATUSES).openapi('InitiativeStatus');
export const InitiativeVisibility = z.enum(INITIATIVE_VISIBILITIES).openapi('InitiativeVisibility');
export const Gain = o({
  year,
  amount: z.number().openapi({ description: 'Kroner i initiativets prisniveau (prices)' }),
}).openapi('InitiativeGain');
export const MoneyDestination = o({
  use: z.enum(MONEY_USES),
  area: z.string().trim().max(300).nullable(),
}).openapi('InitiativeMoney');

const fields = {
  municipality: code,
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(10_000),
  theme: ItemTheme,
  type: InitiativeType,
  owner: o({
    name: z.string().trim().min(1).max(200),
    role: z.string().trim().max(200),
  }).nullable(),
  keyFigures: upTo(z.string().regex(/^[a-z0-9-]{1,120}$/), 10),
  startYear: year,
  expected: upTo(Gain, 30),
  realised: upTo(Gain, 30),
  prices: PriceLevel,
  status: InitiativeStatus,
  money: MoneyDestination,
  portalItems: upTo(z.number().int().positive(), 30),
  visibility: InitiativeVisibility,
  example: z.boolean(),
};

export const NewInitiativeBody = o({
  ...fields,
  description: fields.description.default(''),
  owner: fields.owner.default(null),
  keyFigures: fields.keyFigures.default([]),
  expected: fields.expected.default([]),
  realised: fields.realised.default([]),
  prices: fields.prices.default({ basis: 'current', year: null }),
  status: fields.status.default('planned'),
  money: fields.money.default({ use: 'undecided', area: null }),
  portalItems: fields.portalItems.default([]),
  visibility: fields.visibility.default('public'),
  example: fields.example.default(false),
}).openapi('NewInitiative', {
  example: {
    municipality: '766',
    title: 'Hverdagsrehabilitering i hjemmeplejen',
    theme: 'elderly-health',
    type: 'rehabilitation-prevention',
    keyFigures: ['udgifter-aeldre-pr-67-aarig'],
    startYear: 2014,
    expected: [{ year: 2015, amount: 2000000 }],
    status: 'running',
  } as never,
});

/** An edit: any of the fields, plus the version it was made from (409 if someone else saved). */
export const InitiativePatchBody = o({
  ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])),
  baseVersion: z.number().int().positive().optional(),
} as { [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]> } & {
  baseVersion: z.ZodOptional<z.ZodNumber>;
}).openapi('InitiativePatch');

export const CreatedInitiative = o({ id: z.number().int(), version: z.number().int() }).openapi(
  'InitiativeCreated',
);

export const Baseline = o({
  keyFigure: z.string(),
  year: z.number().int(),
  value: z.number(),
  unit: z.string(),
  yearKind: YearKind,
  prices: PriceLevel.nullable(),
}).openapi('InitiativeBaseline');

/** An initiative's totals in the sector's one level (the overview's), gains it cannot reach left out. */
export const InitiativeTotals = o({
  prices: Prices,
  expected: z.number(),
  realised: z.number(),
  /** Gains left out: no price index takes their year to `prices`. */
  unconverted: z.number().int(),
}).openapi('InitiativeTotals');

export const InitiativeDocument = o({
  id: z.number().int(),
  version: z.number().int(),
  ...fields,
  municipalityName: z.string(),
  baselines: list(Baseline),
  totals: InitiativeTotals,
  /** Said when there is no general price index (the totals are then in each year's prices). */
  totalsNote: o({ da: z.string(), en: z.string() }).nullable(),
  /** The portal items it links to that the reader may see. */
  portalLinks: list(o({ id: z.number().int(), title: z.string() })),
  author: o({ id: z.number().int(), name: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  canEdit: z.boolean(),
}).openapi('Initiative');

export const InitiativeSummary = o({
  id: z.number().int(),
  municipality: z.string(),
  municipalityName: z.string(),
  title: z.string(),
  theme: ItemTheme,
  type: InitiativeType,
  status: InitiativeStatus,
  startYear: z.number().int(),
  keyFigures: list(z.string()),
  prices: PriceLevel,
  totals: InitiativeTotals,
  visibility: InitiativeVisibility,
  example: z.boolean(),
  updatedAt: z.string(),
}).openapi('InitiativeSummary');

export const InitiativeListDocument = o({
  initiatives: list(InitiativeSummary),
  total: z.number().int(),
}).openapi('InitiativeList');

export const InitiativeListQuery = z.object({
  municipality: code.optional(),
  theme: ItemTheme.optional(),
  type: InitiativeType.optional(),
  status: InitiativeStatus.optional(),
  keyFigure: z.string().max(120).optional(),
  limit: z
    .string()
    .regex(/^\d{1,3}$/)
    .optional(),
  offset: z
    .string()
    .regex(/^\d{1,5}$/)
    .optional(),
});

export const InitiativeHistoryDocument = o({
  versions: list(
    o({
      version: z.number().int(),
      at: z.string(),
      author: o({ id: z.number().int(), name: z.string() }).nullable(),
      changes: list(FieldChange),
    }),
  ),
}).openapi('InitiativeHistory');

const reason = o({ code: z.string(), da: z.string(), en: z.string() });
const unitRef = o({ code: z.string(), name: z.string() });
export const FigureEffect = o({
  keyFigure: o({ id: z.string(), nameDa: z.string(), nameEn: z.string(), unit: z.string() }),
  verdict: z.enum(['visible', 'unclear', 'not-visible']).nullable(),
  reason,
  /** The years compared, and what was cut from the data's years and why. */
  window: o({
    years: list(z.number().int()),
    cuts: list(
      o({
        kind: z.enum(['not-accounts', 'break']),
        year: z.number().int().nullable(),
        description: z.string().nullable(),
        descriptionEn: z.string().nullable(),
        years: list(z.number().int()),
      }),
    ),
    note: reason.nullable(),
  }),
  preYears: list(z.number().int()),
  postYears: list(z.number().int()),
  /** The peers: the group the kommune page uses, less those with an initiative on the figure. */
  peers: o({
    group: z.string(),
    groupEn: z.string(),
    used: list(unitRef),
    excluded: list(unitRef.extend({ reason: z.enum(['initiative', 'missing-value']) })),
  }),
  did: o({
    average: z.number(),
    perYear: list(o({ year: z.number().int(), estimate: z.number() })),
  }).nullable(),
  synthetic: o({
    weights: list(unitRef.extend({ weight: z.number() })),
    rmspe: z.number(),
    rmspePost: z.number(),
    path: list(o({ year: z.number().int(), own: num, synthetic: num })),
  }).nullable(),
  placebo: o({
    rank: z.number().int(),
    of: z.number().int(),
    p: z.number(),
    /** Peers left out of the ranking: their own pre-period fit is worse than the spread. */
    excluded: list(z.string()),
    runs: list(o({ code: z.string(), ratio: z.number(), rmspePre: z.number(), gaps: list(num) })),
  }).nullable(),
  spread: num,
  /** The figure's normal year-to-year variation among the peers before the start. */
  noise: num,
  /** Per year from the start: the estimates in the unit, and × the volume in DKK (`prices`). */
  perYear: list(
    o({
      year: z.number().int(),
      volume: num,
      synthetic: z.number(),
      syntheticAmount: num,
      did: z.number(),
      didAmount: num,
    }),
  ),
  total: o({ synthetic: num, did: num }).nullable(),
  /** The level of the figure's values and of the DKK amounts. */
  prices: Prices.nullable(),
}).openapi('InitiativeFigureEffect');

export const EffectDocument = o({
  initiative: o({
    id: z.number().int(),
    title: z.string(),
    municipality: z.string(),
    startYear: z.number().int(),
  }),
  /** The claimed gains, in the initiative's own price level, shown beside the check. */
  claimed: o({ prices: PriceLevel, expected: list(Gain), realised: list(Gain) }),
  figures: list(FigureEffect),
}).openapi('InitiativeEffect');

const totals = {
  count: z.number().int(),
  expected: z.number(),
  realised: z.number(),
  expectedToDate: z.number(),
  realisationRate: z.number().nullable(),
  withBaseline: z.number().int(),
  confirmed: z.number().int(),
};
export const OverviewDocument = o({
  groupBy: z.enum(OVERVIEW_GROUPS),
  /** The one level every amount is in (the newest year of the price index). */
  prices: Prices,
  /** Said when the amounts could not be put in fixed prices (no general price index stored). */
  pricesNote: o({ da: z.string(), en: z.string() }).nullable(),
  newestAccountsYear: z.number().int(),
  groups: list(o({ key: z.string(), label: z.string(), ...totals })),
  total: o(totals),
  /** The largest realised initiatives; an internal one shows no title. */
  largest: list(
    o({
      id: z.number().int().nullable(),
      municipality: z.string(),
      municipalityName: z.string(),
      title: z.string().nullable(),
      realised: z.number(),
    }),
  ),
  unconverted: list(o({ id: z.number().int(), year: z.number().int() })),
}).openapi('InitiativeOverview');

export const OverviewQuery = z.object({
  groupBy: z.enum(OVERVIEW_GROUPS).optional().openapi({ example: 'theme' }),
  format: z
    .enum(['json', 'csv', 'xlsx'])
    .optional()
    .openapi({ description: 'Format; also via Accept', example: 'json' }),
  locale: z
    .enum(['da', 'en'])
    .optional()
    .openapi({ description: 'CSV: da = semikolon og decimalkomma', example: 'da' }),
});
