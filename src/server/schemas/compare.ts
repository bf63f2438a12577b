import { z } from '@hono/zod-openapi';
import { MunicipalityRef, Polarity, Prices, Theme, YearKind, orNull } from './common.ts';

// The comparison's answer (src/engine/compare.ts presentCompare): a few packages side by side.

const o = z.strictObject;
const list = <T extends z.ZodType>(t: T) => z.array(t).readonly();

const ComparedCell = o({
  code: z.string(),
  status: z.enum(['included', 'overlaps', 'aggregate', 'no-potential', 'not-summable']).nullable(),
  countedIn: orNull(Theme),
  value: z.number().nullable(),
  median: z.number().nullable(),
  benchmark: z.number().nullable(),
  potential: z.number().nullable(),
  yearKind: orNull(YearKind),
  rank: z.number().nullable(),
  rankOf: z.number(),
});

export const CompareDocument = o({
  year: z.number(),
  yearChosenByDefault: z.boolean(),
  level: z.string(),
  municipalities: list(
    o({
      municipality: MunicipalityRef,
      yearKind: orNull(YearKind),
      prices: Prices,
      pricesFellBack: z.boolean(),
      unitLabelDa: z.string(),
      packageTotal: z.number(),
      total: z.number(),
      themes: list(
        o({
          theme: Theme,
          total: z.number(),
          group: o({ nameDa: z.string(), members: list(z.string()) }).nullable(),
        }),
      ),
    }),
  ),
  themes: list(
    o({
      theme: Theme,
      nameDa: z.string(),
      figures: list(
        o({
          keyFigureId: z.string(),
          nameDa: z.string(),
          unit: z.string(),
          polarity: Polarity,
          municipalities: list(ComparedCell),
        }),
      ),
    }),
  ),
}).openapi('CompareDocument');
