import { z } from '@hono/zod-openapi';
import { Note, keyFigureFields } from './common.ts';

// The reference and provenance answers: health, municipalities, key figures, imports.

const o = z.strictObject;
const list = <T extends z.ZodType>(t: T) => z.array(t).readonly();

export const HealthDocument = o({
  status: z.enum(['ok', 'degraded']),
  engine: z.enum(['pglite', 'postgres']),
  observations: z.number().int().nullable(),
  empty: z.boolean().nullable(),
  hintDa: z.string().nullable(),
  hintEn: z.string().nullable(),
  time: z.string(),
}).openapi('HealthDocument');

export const Region = o({ code: z.string(), name: z.string() }).openapi('Region');
export const RegionsDocument = o({ regions: list(Region) }).openapi('RegionsDocument');

export const Municipality = o({
  code: z.string(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  landsdelCode: z.string().nullable(),
  landsdelName: z.string().nullable(),
}).openapi('Municipality');
export const MunicipalitiesDocument = o({ municipalities: list(Municipality) }).openapi(
  'MunicipalitiesDocument',
);

export const MunicipalityProfile = o({
  municipality: Municipality,
  year: z.number(),
  structure: list(
    o({
      keyFigureId: z.string(),
      nameDa: z.string(),
      unit: z.string(),
      value: z.number().nullable(),
    }),
  ),
}).openapi('MunicipalityProfile');

/** A key figure in the catalogue: as answers show it, with its notes and years with numbers. */
export const KeyFigureDocument = o({
  ...keyFigureFields,
  notes: list(Note),
  firstYear: z.number().nullable(),
  lastYear: z.number().nullable(),
  yearsWithValues: list(z.number()),
}).openapi('KeyFigureDocument');
export const KeyFigureCatalogue = o({ keyFigures: list(KeyFigureDocument) }).openapi(
  'KeyFigureCatalogue',
);
/** A key figure in `values` and `series`: as answers show it, with its notes. */
export const KeyFigureWithNotes = o({ ...keyFigureFields, notes: list(Note) }).openapi(
  'KeyFigureWithNotes',
);

export const SavedPeerGroup = o({
  id: z.number().int(),
  name: z.string(),
  municipality: z.union([z.string(), z.null()]),
  codes: list(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
}).openapi('SavedPeerGroup');
export const PeerGroupsDocument = o({ groups: list(SavedPeerGroup) }).openapi('PeerGroupsDocument');

export const Diagnostic = o({
  severity: z.enum(['error', 'warning', 'info']),
  file: z.string(),
  line: z.number().optional(),
  field: z.string().optional(),
  value: z.string().optional(),
  message: z.string(),
}).openapi('Diagnostic');

export const ImportRecord = o({
  id: z.number(),
  format: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  byteSize: z.number(),
  importedAt: z.string(),
  status: z.enum(['unchanged', 'applied']),
  exportedBy: z.string().nullable(),
  priceBasis: z.string().nullable(),
  priceBasisHow: z.enum(['stated', 'flag', 'detected']).nullable(),
  priceBasisDetail: z.unknown().openapi({
    description: 'Hvordan prisgrundlaget blev fundet (frit JSON) / how the price basis was found',
  }),
  yearKinds: z.record(z.string(), z.string()),
  keyFigures: z.number(),
  rowsRead: z.number(),
  inserted: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  diagnostics: list(Diagnostic),
}).openapi('ImportRecord');
export const ImportsDocument = o({ imports: list(ImportRecord) }).openapi('ImportsDocument');

export const PriceIndexYear = o({
  source: z.enum(['statbank', 'derived', 'imported']),
  keyFigureId: z.string().nullable(),
  year: z.number(),
  value: z.number(),
  baseYear: z.number(),
  importId: z.number().nullable(),
  detail: z.record(z.string(), z.unknown()).openapi({
    description: 'Afledningen (frit JSON): antal kommuner, hvor mange der deler faktoren, …',
  }),
}).openapi('PriceIndexYear');
export const PriceIndexDocument = o({ years: list(PriceIndexYear) }).openapi('PriceIndexDocument');
