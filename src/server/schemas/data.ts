import { z } from '@hono/zod-openapi';
import { Prices, YearKind, orNull } from './common.ts';
import { KeyFigureWithNotes } from './reference.ts';

// `values` (all municipalities in a year) and `series` (one municipality over the years).

const o = z.strictObject;
const list = <T extends z.ZodType>(t: T) => z.array(t).readonly();

export const ValueRow = o({
  code: z.string(),
  name: z.string(),
  value: z.number().nullable(),
  status: z.string(),
  raw: z.string().nullable(),
  volume: z.number().nullable(),
  importId: z.number().nullable(),
}).openapi('ValueRow');

export const ValuesDocument = o({
  keyFigure: KeyFigureWithNotes,
  year: z.number(),
  yearKind: orNull(YearKind),
  prices: orNull(Prices),
  published: orNull(Prices),
  unconverted: z.boolean(),
  factor: z.number(),
  otherVariants: list(o({ yearKind: YearKind, published: orNull(Prices), count: z.number() })),
  unitLabelDa: z.string(),
  values: list(ValueRow),
}).openapi('ValuesDocument');

export const SeriesPoint = o({
  year: z.number(),
  yearKind: YearKind,
  chosen: z.boolean(),
  value: z.number().nullable(),
  status: z.string(),
  raw: z.string(),
  importId: z.number(),
  volume: z.number().nullable(),
  prices: orNull(Prices),
  published: orNull(Prices),
  unconverted: z.boolean(),
  factor: z.number(),
}).openapi('SeriesPoint');

export const SeriesDocument = o({
  keyFigure: KeyFigureWithNotes,
  municipality: o({ code: z.string(), name: z.string() }),
  prices: orNull(Prices),
  unitLabelDa: z.string(),
  series: list(SeriesPoint),
}).openapi('SeriesDocument');
