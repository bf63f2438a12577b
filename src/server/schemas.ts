import { z } from '@hono/zod-openapi';

// Query parameters are described (and length-checked) here for the OpenAPI document; their
// meaning is parsed by the engine's own parsers, so the API refuses what the CLI refuses.

export const municipalityParam = z
  .string()
  .max(40)
  .openapi({ description: 'Kommunekode (101-860) / municipality code', example: '766' });
export const keyFigureParam = z.string().min(1).max(200).openapi({
  description: 'Nøgletallets id eller præcise navn / key-figure id or exact source name',
  example: 'udgifter-aeldre-pr-67-aarig',
});
// Numbers arrive as text and are parsed by the engine: not a whole number → 400; a whole number
// outside its range → 422. The length limit only keeps absurd input out of the parser.
export const yearParam = z.string().max(12).openapi({
  description: 'År (1900-2100; uden for intervallet 422) / year',
  example: '2019',
});
/** k, limit, widen: a whole number from 1 to 97 (outside the range 422). */
export const countParam = (example: string) =>
  z
    .string()
    .max(12)
    .optional()
    .openapi({ description: 'Helt tal 1-97 (uden for intervallet 422)', example });
export const benchmarkParam = z.string().max(40).optional().openapi({
  description:
    'mean | ratio-of-sums | median | p<NN> | best | municipality:<code> | need-adjusted | regression (standard: median)',
  example: 'median',
});
export const peersParam = z.string().max(800).optional().openapi({
  description:
    'nearest:<k> (k 1-97) | all | region | landsdel | list:<code>,<code>,… | saved:<name> (standard: nearest:10)',
  example: 'nearest:10',
});
export const pricesParam = z.string().max(20).optional().openapi({
  description:
    'Prisniveau / price level: current (hvert års løbende priser) eller et år for faste priser, fx 2010. Standard: et enkelt år i egne løbende priser; serier i faste priser i det nyeste år med prisindeks. Et niveau, der ikke kan nås med prisindekset, afvises (400)',
});
export const formatParam = z
  .enum(['json', 'csv', 'xlsx', 'jsonstat'])
  .optional()
  .openapi({ description: 'Format; also via Accept. jsonstat = JSON-stat 2.0', example: 'json' });
export const localeParam = z
  .enum(['da', 'en'])
  .optional()
  .openapi({ description: 'CSV: da = semikolon og decimalkomma', example: 'da' });

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    detailEn: z.string(),
    parameter: z.string().optional(),
    instance: z.string().optional(),
  })
  .openapi('Problem');

export const problemResponses = {
  400: {
    description: 'Ugyldig parameter (problem+json)',
    content: { 'application/problem+json': { schema: ProblemSchema } },
  },
  404: {
    description: 'Ikke fundet (problem+json)',
    content: { 'application/problem+json': { schema: ProblemSchema } },
  },
  422: {
    description: 'Et tal uden for sit dokumenterede interval (problem+json)',
    content: { 'application/problem+json': { schema: ProblemSchema } },
  },
} as const;
