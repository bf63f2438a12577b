import { z } from '@hono/zod-openapi';
import { KNOWN_PEER_VARIABLES, RETURNS_TO_SCALE, THEMES } from '../core/index.ts';
import {
  AMONG,
  DEA_DEFAULTS,
  DEFAULT_LIMIT,
  KEY_FIGURE_KINDS,
  K_RANGE,
  MAX_WEIGHT,
  ORIENTATION_ALIASES,
} from '../engine/index.ts';

// Query parameters are described (and length-checked) here for the OpenAPI document; their
// meaning is parsed by the engine's request schemas (src/engine/requests), which the CLI uses
// too, so the API refuses what the CLI refuses. The descriptions take their values from there.

export const municipalityParam = z.string().max(40).openapi({
  description:
    'Kommunekode (101-860), eller som alias kommunens navn / municipality code, or its name as an alias. En kode eller et navn, der ikke findes: 404',
  example: '766',
});
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
/** k, limit, widen: a whole number from 1 to 97 (outside the range 422, never clamped). */
export const countParam = (example: string, standard?: string) =>
  z
    .string()
    .max(12)
    .optional()
    .openapi({
      description: `Helt tal ${K_RANGE.min}-${K_RANGE.max} (uden for intervallet 422)${standard === undefined ? '' : `; standard: ${standard}`}`,
      example,
    });
/** `limit` of development and talk-to. */
export const limitParam = countParam(String(DEFAULT_LIMIT), String(DEFAULT_LIMIT));
/** A word among a few, refused (400) otherwise; text here so aliases reach the parser. */
const wordParam = (description: string, example: string) =>
  z.string().max(40).optional().openapi({ description, example });
export const amongParam = wordParam(
  `Sammenlign med / compare with: ${Object.keys(AMONG).join(' | ')} (standard: group)`,
  'group',
);
export const themeParam = wordParam(`Tema / theme: ${THEMES.join(' | ')}`, 'elderly-health');
export const kindParam = wordParam(`Art / kind: ${KEY_FIGURE_KINDS.join(' | ')}`, 'cost');
export const rtsParam = wordParam(
  `Skalaafkast / returns to scale: ${RETURNS_TO_SCALE.join(' | ')} (standard: ${DEA_DEFAULTS.rts})`,
  DEA_DEFAULTS.rts,
);
export const orientationParam = wordParam(
  `${Object.keys(ORIENTATION_ALIASES).join(' | ')}; aliases ${Object.values(ORIENTATION_ALIASES)
    .flat()
    .join(', ')} (standard: ${DEA_DEFAULTS.orientation})`,
  DEA_DEFAULTS.orientation,
);
/** true | false. */
export const booleanParam = (standard: boolean, description: string) =>
  wordParam(`${description}: true | false (standard: ${String(standard)})`, String(standard));
export const benchmarkParam = z
  .string()
  .max(40)
  .optional()
  .openapi({
    description:
      'mean | ratio-of-sums | median | p<NN> | best | municipality:<code> | need-adjusted | regression | dea[:crs|vrs|drs|irs] (standard: median). ' +
      'dea: DEA over alle kommuner med værdier (input: udgift c × Q, output: volumen Q, inputorienteret, VRS som standard) i stedet for sammenligningsgruppen / DEA over all municipalities instead of the peer group',
    example: 'median',
  });
const PEERS_DESCRIPTION =
  'nearest[:<k>][;vars=<variable>[:<weight>],…][;add=<code>,…][;remove=<code>,…] | all | region | landsdel | list:<code>,<code>,… | saved:<name> (standard: nearest:10). ' +
  `k 1-97 (uden for intervallet 422); vars: egne variabler med vægt 0-${MAX_WEIGHT} (standard 1) i stedet for temaets, kendte: ${KNOWN_PEER_VARIABLES.map((v) => v.name).join(', ')}; ` +
  'add: kommuner lagt til de k nærmeste; remove: kommuner, der ikke må være med (de k nærmeste tages blandt de andre). ' +
  'Ukendt variabel eller kommune, dobbeltnævnt, vægt der ikke er et tal ≥ 0: 400 / own variables and weights, members added and kept out; bad values 400';
export const peersParam = z.string().max(800).optional().openapi({
  description: PEERS_DESCRIPTION,
  example: 'nearest:12;vars=log-population,share-67-plus:2',
});
/** /peers: the same spelling, in place of k, theme and weights (so no example beside theirs). */
export const peersGroupParam = z
  .string()
  .max(800)
  .optional()
  .openapi({
    description: `${PEERS_DESCRIPTION}. Kun nearest, og ikke sammen med k, theme eller weights`,
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
/** The language of the words in a file export; separate from the CSV's number locale. */
export const langParam = z.string().max(10).optional().openapi({
  description:
    'Sprog i filen / language of the file (CSV, XLSX, JSON-stat): da | en (standard: da). Tallenes format i CSV styres af locale',
  example: 'da',
});

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
