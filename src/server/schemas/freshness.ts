import { z } from '@hono/zod-openapi';
import { YearKind } from './common.ts';

// The answer of /api/v1/freshness: how new each source's and key figure's numbers are.

const o = z.strictObject;
const list = <T extends z.ZodType>(t: T) => z.array(t).readonly();

const StoredPriceBasis = z.string().openapi({
  description:
    'Prisgrundlaget, som tallene er gemt i: current (løbende priser), fixed-2010 (faste 2010-priser), none (ikke beløb) / the stored price basis',
  example: 'fixed-2010',
});

export const FigureFreshness = o({
  id: z.string(),
  source: z.string(),
  nameDa: z.string(),
  nameEn: z.string(),
  firstYear: z.number().int().nullable(),
  lastYear: z.number().int().nullable().openapi({
    description:
      'Nyeste år med tal (ikke kun M/U); null: ikke hentet endnu / newest year with numbers',
  }),
  lastYearKinds: list(YearKind),
  lastAccountsYear: z.number().int().nullable(),
  lastYearPriceBases: list(StoredPriceBasis),
  lastYearMunicipalities: z.number().int(),
}).openapi('FigureFreshness');

export const SourceFreshness = o({
  source: z.string(),
  keyFigures: z.number().int(),
  withoutValues: z.number().int(),
  firstYear: z.number().int().nullable(),
  lastYear: z.number().int().nullable(),
  lastYears: list(
    o({
      year: z.number().int(),
      keyFigures: z.number().int(),
      kinds: list(YearKind),
      priceBases: list(StoredPriceBasis),
    }),
  ).openapi({ description: 'Hvor mange nøgletal der slutter i hvilket år, nyeste først' }),
}).openapi('SourceFreshness');

export const FreshnessDocument = o({
  sources: list(SourceFreshness),
  keyFigures: list(FigureFreshness),
}).openapi('FreshnessDocument');
