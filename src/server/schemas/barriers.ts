import { z } from '@hono/zod-openapi';
import { BARRIER_STATES, MAX_BARRIER_ESTIMATE } from '../../core/index.ts';
import { PriceLevel, Prices } from './common.ts';
import { FieldChange, ItemTheme } from './portal.ts';

// Requests and answers of the rule barriers (issue 18, DESIGN.md §3.11).

const o = z.strictObject;
const list = <T extends z.ZodType>(t: T) => z.array(t).readonly();
const upTo = <T extends z.ZodType>(t: T, max: number) => z.array(t).max(max).readonly();
const code = z.string().regex(/^[1-9]\d{2}$/, 'en kommunekode med tre cifre, fx 766');
const year = z.number().int().min(1990).max(2100);
const municipality = o({ code: z.string(), name: z.string() });

export const BarrierState = z.enum(BARRIER_STATES).openapi('BarrierState');
export const BarrierLaw = o({
  name: z.string().trim().min(2).max(200),
  paragraph: z.string().trim().min(1).max(100),
  url: z.string().trim().max(500).nullable().default(null),
}).openapi('BarrierLaw');
/** A year's blocked efficiency in DKK; prices default to current, year to this year. */
export const BarrierEstimateBody = o({
  amount: z
    .number()
    .openapi({ description: `Kroner om året, 0 til ${MAX_BARRIER_ESTIMATE} (5 mia.)` }),
  prices: PriceLevel.optional(),
  year: year.optional(),
  source: z.enum(['potential', 'entered']).default('entered'),
}).openapi('BarrierEstimateInput');
export const BarrierEstimate = o({
  amount: z.number(),
  prices: Prices,
  year,
  source: z.enum(['potential', 'entered']),
}).openapi('BarrierEstimate');
const Link = o({ title: z.string().trim().min(1).max(200), url: z.string().trim().max(500) });

const fields = {
  municipality: code,
  title: z.string().trim().min(3).max(200),
  law: BarrierLaw,
  area: z.string().trim().max(200),
  theme: ItemTheme,
  description: z.string().trim().max(10_000),
  keyFigure: z
    .string()
    .regex(/^[a-z0-9-]{1,120}$/)
    .nullable(),
  estimate: BarrierEstimateBody.nullable(),
  precedents: z.string().trim().max(5000),
  links: upTo(Link, 20),
};

export const NewBarrierBody = o({
  ...fields,
  area: fields.area.default(''),
  description: fields.description.default(''),
  keyFigure: fields.keyFigure.default(null),
  estimate: fields.estimate.default(null),
  precedents: fields.precedents.default(''),
  links: fields.links.default([]),
}).openapi('NewBarrier', {
  example: {
    municipality: '766',
    title: 'Dobbelt visitation af hjælpemidler',
    law: { name: 'Lov om social service', paragraph: '§ 83', url: null },
    theme: 'elderly-health',
    description: 'Reglen kræver en ny afgørelse ved hver ændring af en borgers hjælp.',
    estimate: { amount: 1500000 },
  } as never,
});
export const BarrierPatchBody = o({
  ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])),
  baseVersion: z.number().int().positive().optional(),
} as { [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]> } & {
  baseVersion: z.ZodOptional<z.ZodNumber>;
}).openapi('BarrierPatch');
export const CreatedBarrier = o({ id: z.number().int(), version: z.number().int() });

export const SecondBody = o({
  municipality: code,
  comment: z.string().trim().max(5000).default(''),
  estimate: BarrierEstimateBody.nullable().default(null),
}).openapi('BarrierSecondInput');
export const AnswerBody = o({
  state: BarrierState,
  text: z.string().trim().min(1).max(10_000),
}).openapi('BarrierAnswerInput');
export const MergeBody = o({
  into: z.number().int().positive().openapi({ description: 'Barrieren der beholdes' }),
}).openapi('BarrierMergeInput');

export const BarrierListQuery = z.object({
  theme: ItemTheme.optional(),
  law: z.string().trim().max(200).optional(),
  state: BarrierState.optional(),
  municipality: code.optional(),
  format: z.enum(['json', 'csv', 'xlsx']).optional(),
  locale: z.enum(['da', 'en']).optional(),
  lang: z.enum(['da', 'en']).optional(),
});
export const MemoQuery = z.object({
  top: z
    .string()
    .regex(/^[1-9]\d?$/)
    .optional(),
  theme: ItemTheme.optional(),
  lang: z.enum(['da', 'en']).optional(),
});
export const BarrierSimilarQuery = z.object({
  title: z.string().max(200).optional(),
  description: z.string().max(2000).optional(),
  law: z.string().max(200).optional(),
  paragraph: z.string().max(100).optional(),
  exclude: z
    .string()
    .regex(/^[1-9]\d{0,9}$/)
    .optional(),
});
export const EstimateQuery = z.object({
  municipality: code.openapi({ example: '766' }),
  keyFigure: z
    .string()
    .regex(/^[a-z0-9-]{1,120}$/)
    .openapi({ example: 'udgifter-aeldre-pr-67-aarig' }),
});

const Standing = {
  seconds: z.number().int().openapi({ description: 'Støttende kommuner (ikke den indberettende)' }),
  total: o({
    amount: z.number(),
    prices: Prices,
    unconverted: z.number().int(),
  }).openapi({ description: 'Indberetter og støtter, hver én gang, i ét prisniveau' }),
};
export const BarrierSummary = o({
  id: z.number().int(),
  rank: z.number().int(),
  title: z.string(),
  municipality,
  law: BarrierLaw,
  area: z.string(),
  theme: ItemTheme,
  state: BarrierState,
  answeredAt: z.string().nullable(),
  createdAt: z.string(),
  ...Standing,
}).openapi('BarrierSummary');
export const BarrierListDocument = o({
  items: list(BarrierSummary),
  prices: Prices,
  pricesNote: o({ da: z.string(), en: z.string() }).nullable(),
}).openapi('BarrierList');

export const BarrierSecondDocument = o({
  id: z.number().int(),
  municipality,
  comment: z.string(),
  estimate: BarrierEstimate.nullable(),
  at: z.string(),
  mergedFrom: z.number().int().nullable(),
});
export const BarrierDocument = o({
  id: z.number().int(),
  version: z.number().int(),
  title: z.string(),
  municipality,
  law: BarrierLaw,
  area: z.string(),
  theme: ItemTheme,
  description: z.string(),
  keyFigure: o({ id: z.string(), nameDa: z.string() }).nullable(),
  estimate: BarrierEstimate.nullable(),
  precedents: z.string(),
  links: list(Link),
  state: BarrierState,
  answer: o({ text: z.string(), at: z.string(), state: BarrierState }).nullable(),
  mergedInto: o({ id: z.number().int(), title: z.string() }).nullable(),
  mergedFrom: list(o({ id: z.number().int(), title: z.string() })),
  secondsList: list(BarrierSecondDocument),
  ...Standing,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the reader may do: edit (its municipality's editors, national editors), second (as which municipalities), answer and merge (national editors). */
  viewer: o({
    canEdit: z.boolean(),
    secondAs: list(z.string()),
    canAnswer: z.boolean(),
  }),
}).openapi('Barrier');
export const SimilarDocument = o({
  items: list(
    o({
      id: z.number().int(),
      title: z.string(),
      law: BarrierLaw,
      state: BarrierState,
      seconds: z.number().int(),
      sameRule: z.boolean(),
    }),
  ),
}).openapi('SimilarBarriers');
export const EstimateDocument = o({
  keyFigure: o({ id: z.string(), nameDa: z.string() }),
  municipality,
  year,
  amount: z.number().nullable(),
  prices: Prices,
  level: z.string(),
  reason: o({ da: z.string(), en: z.string() }).nullable(),
}).openapi('BarrierEstimateSuggestion');
export const BarrierHistoryDocument = o({
  events: list(
    o({
      kind: z.enum(['reported', 'edited', 'seconded', 'answered', 'merged-into', 'merged-from']),
      at: z.string(),
      municipality: municipality.nullable(),
      other: o({ id: z.number().int(), title: z.string() }).nullable(),
      state: z.enum(BARRIER_STATES).nullable(),
      changes: list(FieldChange),
    }),
  ),
}).openapi('BarrierHistory');
