import { z } from '@hono/zod-openapi';
import {
  CorridorEnd,
  DefinitionBreak,
  FigurePrices,
  KeyFigure,
  MunicipalityRef,
  PeerGroupKind,
  Polarity,
  Prices,
  Theme,
  Warning,
  YearKind,
  orNull,
} from './common.ts';

// The engine's answers (src/engine/present.ts): peers, potential, package, development, talk-to.

const o = z.strictObject;
const list = <T extends z.ZodType>(t: T) => z.array(t).readonly();
const codes = list(z.string());
const group = o({ kind: PeerGroupKind, nameDa: z.string(), members: codes });

export const PeersDocument = o({
  municipality: MunicipalityRef,
  year: z.number(),
  structureYear: z.number().nullable(),
  group,
  variables: list(
    o({
      name: z.string(),
      nameDa: z.string(),
      keyFigureId: z.string(),
      transform: z.enum(['log', 'identity']),
      weight: z.number(),
      mean: z.number(),
      sd: z.number(),
    }),
  ),
  peers: list(
    o({
      code: z.string(),
      name: z.string(),
      distance: z.number().nullable(),
      contributions: z.record(z.string(), z.number()),
      addedByHand: z.boolean(),
    }),
  ),
  removed: codes,
  leftOut: list(
    o({
      code: z.string(),
      reason: z.enum(['incomplete-structure', 'self']),
      missing: list(
        o({
          variable: z.string(),
          keyFigureId: z.string(),
          reason: z.enum(['missing', 'not-positive']),
        }),
      ).optional(),
    }),
  ),
}).openapi('PeersDocument');

const unavailable = o({
  reason: z.enum([
    'missing-unit-cost',
    'missing-benchmark',
    'missing-volume',
    'empty-group',
    'no-values',
    'zero-volume',
    'own-need-missing',
    'own-prediction-missing',
    'chosen-missing',
    'chosen-is-self',
  ]),
  messageDa: z.string(),
});

export const PotentialDocument = o({
  municipality: MunicipalityRef,
  keyFigure: KeyFigure,
  year: z.number(),
  yearKind: orNull(YearKind),
  prices: Prices,
  unitLabelDa: z.string(),
  priceConversion: orNull(FigurePrices),
  warnings: list(Warning),
  level: z.string(),
  levelNameDa: z.string(),
  value: z.number().nullable(),
  volume: z.number().nullable(),
  benchmark: z.number().nullable(),
  potential: z.number().nullable(),
  positivePotential: z.number().nullable(),
  unavailable: unavailable.nullable(),
  group: codes,
  peerGroup: o({
    kind: PeerGroupKind,
    nameDa: z.string(),
    structureYear: z.number().nullable(),
    members: codes,
  }),
  used: list(
    o({
      code: z.string(),
      unitCost: z.number(),
      volume: z.number().optional(),
      need: z.number().optional(),
      ratio: z.number().optional(),
      predicted: z.number().optional(),
      residual: z.number().optional(),
    }),
  ),
  leftOut: list(
    o({
      code: z.string(),
      reason: z.enum(['missing-unit-cost', 'missing-volume', 'missing-need', 'not-in-regression']),
    }),
  ),
  referenceCode: z.string().nullable(),
  corridor: o({
    min: orNull(CorridorEnd),
    max: orNull(CorridorEnd),
    levels: list(
      o({
        level: z.string(),
        levelNameDa: z.string(),
        benchmark: z.number().nullable(),
        potential: z.number().nullable(),
        unavailable: unavailable.nullable(),
      }),
    ),
  }),
}).openapi('PotentialDocument');

/** `potential` with benchmark=dea[:rts]: the DEA target against the efficient peers. */
export const DeaBenchmarkDocument = o({
  municipality: MunicipalityRef,
  keyFigure: o({ id: z.string(), nameDa: z.string(), unit: z.string() }),
  year: z.number(),
  level: z.string(),
  levelNameDa: z.string(),
  value: z.number(),
  volume: z.number(),
  benchmark: z.number(),
  potential: z.number(),
  positivePotential: z.number(),
  efficiency: z.number(),
  group: codes,
  peers: list(o({ code: z.string(), name: z.string(), lambda: z.number(), value: z.number() })),
  units: z.number(),
  leftOut: codes,
}).openapi('DeaBenchmarkDocument');

const PackageTotal = o({
  signed: z.number(),
  positive: z.number(),
  money: z.number(),
  included: codes,
}).openapi('PackageTotal');

const packageFigure = o({
  keyFigureId: z.string(),
  nameDa: z.string(),
  status: z.enum(['included', 'overlaps', 'aggregate', 'no-potential', 'not-summable']),
  overlapsWith: z.string().nullable(),
  overlapsWithAll: codes,
  countedIn: orNull(Theme),
  reasonDa: z.string().nullable(),
  money: z.number().nullable(),
  yearKind: orNull(YearKind),
  priceConversion: orNull(FigurePrices),
  value: z.number().nullable(),
  benchmark: z.number().nullable(),
  volume: z.number().nullable(),
  potential: z.number().nullable(),
  group: codes,
  rank: z.number().nullable(),
  rankOf: z.number(),
  corridor: o({ min: orNull(CorridorEnd), max: orNull(CorridorEnd) }),
  /** At the DEA level: θ and the reference municipalities (λ > 0); null at the other levels. */
  dea: o({
    efficiency: z.number(),
    peers: list(o({ code: z.string(), name: z.string(), lambda: z.number(), value: z.number() })),
    units: z.number(),
    leftOut: codes,
  }).nullable(),
});

export const PackageDocument = o({
  municipality: MunicipalityRef,
  year: z.number(),
  level: z.string(),
  levelNameDa: z.string(),
  levelNameEn: z.string(),
  yearKind: orNull(YearKind),
  yearKinds: o({
    accounts: z.number().optional(),
    budget: z.number().optional(),
    estimate: z.number().optional(),
  }),
  prices: Prices,
  pricesFellBack: z.boolean(),
  unitLabelDa: z.string(),
  coverage: o({
    share: z.number().nullable(),
    included: z.number(),
    denominator: z.number().nullable(),
    denominatorKeyFigureId: z.string().nullable(),
    denominatorDa: z.string().nullable(),
    reasonDa: z.string().nullable(),
  }),
  warnings: list(Warning),
  total: PackageTotal,
  aggregates: list(
    o({
      keyFigureId: z.string(),
      nameDa: z.string(),
      value: z.number().nullable(),
      benchmark: z.number().nullable(),
      volume: z.number().nullable(),
      potential: z.number().nullable(),
      reasonDa: z.string().nullable(),
      yearKind: orNull(YearKind),
    }),
  ),
  families: list(
    o({
      members: codes,
      included: codes,
      money: z.number(),
      method: z.enum(['exhaustive', 'greedy']),
    }),
  ),
  ruleDa: z.string(),
  themes: list(
    o({ theme: Theme, nameDa: z.string(), total: PackageTotal, figures: list(packageFigure) }),
  ),
  groups: z.record(
    z.string(),
    o({
      nameDa: z.string(),
      nameEn: z.string(),
      members: codes,
      structureYear: z.number().nullable(),
    }),
  ),
  withoutData: list(o({ keyFigureId: z.string(), reason: z.string() })),
  yearChosenByDefault: z.boolean(),
}).openapi('PackageDocument');

export const PackageYear = o({
  year: z.number(),
  figures: z.number(),
  coverage: z.number().nullable(),
  denominatorKeyFigureId: z.string().nullable(),
  yearKind: orNull(YearKind),
  prices: Prices,
  comparable: z.boolean(),
  eligibleAsDefault: z.boolean(),
}).openapi('PackageYear');
export const PackageYearsDocument = o({
  municipality: z.string(),
  defaultYear: z.number().nullable(),
  years: list(PackageYear),
}).openapi('PackageYearsDocument');

const indexChange = {
  code: z.string(),
  indexFrom: z.number().nullable(),
  indexTo: z.number().nullable(),
  change: z.number().nullable(),
  relativeChange: z.number().nullable(),
  cagr: z.number().nullable(),
};

export const DevelopmentDocument = o({
  municipality: MunicipalityRef,
  keyFigure: o({ id: z.string(), nameDa: z.string(), unit: z.string() }),
  from: z.number(),
  to: z.number(),
  group,
  structureYear: z.number().nullable(),
  series: list(
    o({
      year: z.number(),
      value: z.number().nullable(),
      groupMean: z.number().nullable(),
      groupMissing: codes,
      index: z.number().nullable(),
      groupMedian: z.number().nullable(),
      medianIndex: z.number().nullable(),
    }),
  ),
  own: o(indexChange),
  others: list(o({ ...indexChange, difference: z.number(), textDa: z.string() })),
  leftOut: list(o({ code: z.string(), reason: z.enum(['missing-from', 'missing-to']) })),
  breaks: list(DefinitionBreak),
  yearKinds: z.record(z.string(), YearKind),
  prices: Prices,
}).openapi('DevelopmentDocument');

export const TalkToDocument = o({
  municipality: MunicipalityRef,
  keyFigure: o({
    id: z.string(),
    nameDa: z.string(),
    unit: z.string(),
    polarity: Polarity,
    counterparts: codes,
  }),
  year: z.number(),
  group,
  ownValue: z.number().nullable(),
  entries: list(
    o({
      rank: z.number(),
      code: z.string(),
      name: z.string(),
      score: z.number(),
      distance: z.number(),
      similarity: z.number(),
      value: z.number(),
      ownValue: z.number(),
      advantage: z.number(),
      advantageSd: z.number(),
      relativeAdvantage: z.number().nullable(),
      inPeerGroup: z.boolean(),
      counterparts: list(
        o({
          keyFigureId: z.string(),
          nameDa: z.string(),
          polarity: Polarity,
          ownValue: z.number().nullable(),
          value: z.number().nullable(),
          verdict: z.enum(['better', 'equal', 'worse', 'unknown', 'not-judged']),
        }),
      ),
      reasonDa: z.string(),
    }),
  ),
  rejected: list(
    o({
      code: z.string(),
      reason: z.enum([
        'incomplete-structure',
        'missing-value',
        'not-better',
        'worse-on-counterpart',
      ]),
      counterpart: z.string().optional(),
    }),
  ),
  scoreRuleDa: z.string(),
  unavailableDa: z.string().nullable(),
}).openapi('TalkToDocument');
