import { z } from '@hono/zod-openapi';
import { DEVIATION_CAUSES, EXPLANATION_VISIBILITIES } from '../../core/index.ts';
import { Prices } from './common.ts';

// Budget follow-up, "Spørg hvorfor" (issue 18, DESIGN.md §3.11).

const o = z.strictObject;
const list = <T extends z.ZodType>(t: T) => z.array(t).readonly();
const code = z.string().regex(/^[1-9]\d{2}$/, 'en kommunekode med tre cifre, fx 766');
const area = z.string().regex(/^\d\.\d{2}\.\d{2}$/, 'en funktion i kontoplanen, fx 5.30.27');
const municipality = o({ code: z.string(), name: z.string() });

export const DeviationCause = z.enum(DEVIATION_CAUSES).openapi('DeviationCause');
export const ExplanationBody = o({
  cause: DeviationCause,
  text: z.string().trim().min(1).max(5000),
  visibility: z.enum(EXPLANATION_VISIBILITIES).default('public'),
}).openapi('DeviationExplanationInput');
export const ExplanationParams = z.object({
  code,
  year: z.string().regex(/^(19|20|21)\d{2}$/),
  area,
});
export const ExplanationDocument = o({
  cause: DeviationCause,
  text: z.string(),
  visibility: z.enum(EXPLANATION_VISIBILITIES),
  version: z.number().int(),
  updatedAt: z.string(),
}).openapi('DeviationExplanation');

export const DeviationQuery = z.object({
  municipality: code.openapi({ example: '766' }),
  year: z
    .string()
    .regex(/^(19|20|21)\d{2}$/)
    .optional(),
  area: area.optional(),
  peers: z.string().max(400).optional(),
  threshold: z
    .string()
    .regex(/^\d{1,2}(\.\d+)?$/)
    .optional()
    .openapi({ description: 'Tærskel i procent af budgettet (standard 5)' }),
  format: z.enum(['json', 'csv', 'xlsx']).optional(),
  locale: z.enum(['da', 'en']).optional(),
  lang: z.enum(['da', 'en']).optional(),
});

export const DeviationYear = o({
  year: z.number().int(),
  prices: Prices,
  budget: z.number().openapi({ description: 'kr. pr. indbygger' }),
  accounts: z.number().openapi({ description: 'kr. pr. indbygger' }),
  perInhabitant: z.number().openapi({ description: 'regnskab − budget, kr. pr. indbygger' }),
  amount: z.number().nullable().openapi({ description: 'kr. i alt (× indbyggertal)' }),
  population: z.number().nullable(),
  percent: z.number().nullable(),
  exceeds: z.boolean(),
  budgetConverted: z.boolean(),
  explanation: ExplanationDocument.nullable(),
}).openapi('DeviationYear');
export const DeviationArea = o({
  area,
  name: z.string(),
  flagged: z.boolean(),
  window: list(z.number().int()),
  exceeding: list(z.number().int()),
  years: list(DeviationYear),
}).openapi('DeviationArea');
export const PeerDeviations = o({
  area,
  municipalities: list(
    o({
      municipality,
      flagged: z.boolean(),
      years: list(DeviationYear),
    }),
  ),
}).openapi('PeerDeviations');
export const DeviationDocument = o({
  municipality,
  /** false until budget data (BUDK32 or an imported budget file) is in the database. */
  available: z.boolean(),
  message: o({ da: z.string(), en: z.string() }).nullable(),
  threshold: o({ percent: z.number(), perInhabitant: z.number() }),
  flagRule: o({ window: z.number().int(), minYears: z.number().int() }),
  years: list(z.number().int()),
  areas: list(DeviationArea),
  peers: o({
    nameDa: z.string(),
    nameEn: z.string(),
    members: list(municipality),
    areas: list(PeerDeviations),
  }),
  skipped: list(
    o({ area, year: z.number().int(), reason: z.literal('no-index'), budgetPrices: Prices }),
  ),
  sources: list(z.string()),
}).openapi('BudgetDeviations');
