import { z } from '@hono/zod-openapi';
import { THEMES, YEAR_KINDS } from '../../core/index.ts';

// The building blocks of the answers' schemas, named after the engine's types. Objects are
// strict (additionalProperties: false), so the document lists every field an answer has.

const o = z.strictObject;
const list = <T extends z.ZodType>(t: T) => z.array(t).readonly();
/**
 * A named (registered) schema or null. Not `.nullable()`: on a registered schema the OpenAPI
 * generator drops the null (a bare $ref), so the union is spelled out as anyOf [$ref, null].
 */
export const orNull = <T extends z.ZodType>(t: T) => z.union([t, z.null()]);

export const MunicipalityRef = o({ code: z.string(), name: z.string() }).openapi('MunicipalityRef');
export const Theme = z.enum(THEMES).openapi('Theme');
export const YearKind = z.enum(YEAR_KINDS).openapi('YearKind');
export const Polarity = z
  .enum(['lower-is-better', 'higher-is-better', 'neutral'])
  .openapi('Polarity');
export const PeerGroupKind = z
  .enum(['nearest', 'all', 'region', 'landsdel', 'list', 'saved'])
  .openapi('PeerGroupKind');

/** The price level of an answer's amounts: each year's own prices, or one base year's. */
export const Prices = o({
  basis: z.enum(['current', 'fixed']),
  year: z.number().nullable(),
}).openapi('Prices');
export const PriceLevel = z.union([
  o({ basis: z.literal('current'), year: z.null() }),
  o({ basis: z.literal('fixed'), year: z.number() }),
]);

/** How one figure's published amounts were brought to the asked price level. */
export const FigurePrices = o({
  yearKind: YearKind,
  published: orNull(Prices),
  prices: orNull(Prices),
  converted: z.boolean(),
  factor: z.number(),
  index: o({ source: z.string(), years: list(z.number()) }).nullable(),
}).openapi('FigurePrices');

export const DefinitionBreak = o({
  year: z.number(),
  description: z.string(),
  /** The description in English; null for a break that only the database knows. */
  descriptionEn: z.string().nullable(),
  sourceNote: z.number().optional(),
}).openapi('DefinitionBreak');

export const VolumeDefinition = o({
  population: z.string(),
  share: z.string().optional(),
  description: z.string(),
  descriptionEn: z.string().nullable(),
  before: o({
    year: z.number(),
    share: z.string(),
    description: z.string(),
    descriptionEn: z.string().nullable(),
  }).optional(),
}).openapi('VolumeDefinition');

/** A key figure as answers show it (engine presentKeyFigure). */
export const keyFigureFields = {
  id: z.string(),
  sourceName: z.string(),
  source: z.enum(['noegletal', 'regk31', 'statbank', 'tidy']),
  nameDa: z.string(),
  nameEn: z.string(),
  unit: z.string(),
  /** The unit in English ("DKK per person aged 67+"), translated from `unit`. */
  unitEn: z.string(),
  themes: list(Theme),
  kind: z.enum(['structure', 'finance', 'cost', 'activity', 'quality']).nullable(),
  polarity: Polarity,
  valueType: z.enum(['number', 'boolean']),
  volume: orNull(VolumeDefinition),
  parent: z.string().nullable(),
  overlaps: list(z.string()),
  counterparts: list(z.string()),
  breaks: list(DefinitionBreak),
  catalogued: z.boolean(),
};
export const KeyFigure = o(keyFigureFields).openapi('KeyFigure');
/** A numbered note of the source; `textEn` is null when we have no translation of its text. */
export const Note = o({
  number: z.number(),
  text: z.string(),
  textEn: z.string().nullable(),
}).openapi('Note');

const warning = <C extends string, D extends z.ZodType>(code: C, detail: D) =>
  o({
    code: z.literal(code),
    keyFigureId: z.string().nullable(),
    messageDa: z.string(),
    messageEn: z.string(),
    detail,
  });

/** A machine-readable warning with its Danish and English message (DESIGN.md §3.4c). */
export const Warning = z
  .union([
    warning(
      'distant-peers',
      o({
        k: z.number(),
        distance: z.number(),
        percentile95: z.number(),
        municipalities: z.number(),
        nearerThan: z.number(),
      }),
    ),
    warning(
      'outlier',
      o({
        value: z.number(),
        median: z.number(),
        mad: z.number(),
        spreadKind: z.enum(['scaled-mad', 'mean-absolute-deviation', 'none']),
        spread: z.number(),
        deviations: z.number().nullable(),
        threshold: z.number(),
        peers: z.number(),
      }),
    ),
    warning(
      'small-volume',
      o({
        volume: z.number(),
        peerMedian: z.number().nullable(),
        shareOfPeerMedian: z.number().nullable(),
        minimum: z.number(),
        minimumShare: z.number(),
        reasons: list(z.enum(['below-minimum', 'below-peer-share'])),
      }),
    ),
    warning(
      'definition-break',
      o({
        year: z.number(),
        breakYear: z.number(),
        description: z.string(),
        sourceNote: z.number().nullable(),
        windowFrom: z.number(),
        windowTo: z.number(),
      }),
    ),
    warning(
      'budget-year',
      o({
        year: z.number(),
        kind: z.enum(['budget', 'estimate']),
        newestAccountsYear: z.number().nullable(),
      }),
    ),
    warning(
      'low-coverage',
      o({
        year: z.number(),
        coverage: z.number(),
        threshold: z.number(),
        comparable: z.boolean(),
        notComparableBelow: z.number(),
        figures: z.number().nullable(),
      }),
    ),
    warning(
      'small-group',
      o({
        members: z.number(),
        minimum: z.number(),
        fewest: z.number(),
        keyFigureIds: list(z.string()),
      }),
    ),
    warning(
      'price-conversion',
      z.union([
        o({
          converted: z.literal(true),
          year: z.number(),
          from: PriceLevel,
          to: PriceLevel,
          indexSource: z.string(),
          indexYears: list(z.number()),
          factor: z.number().nullable(),
        }),
        o({
          converted: z.literal(false),
          year: z.number(),
          published: PriceLevel,
          asked: PriceLevel,
          missingYears: list(z.number()),
        }),
      ]),
    ),
  ])
  .openapi('Warning');

/** One end of a potential corridor: the benchmark level that gives it, and its potential. */
export const CorridorEnd = o({
  levelKey: z.string(),
  levelNameDa: z.string(),
  benchmark: z.number(),
  signed: z.number(),
  positive: z.number(),
}).openapi('CorridorEnd');
