import { z } from '@hono/zod-openapi';
import { ProblemSchema } from '../schemas.ts';

// The initiatives' bulk import over HTTP (issue 17): its answer and its refusal with every
// fault, each naming sheet, cell, row and column.

export const InitiativeImportDocument = z
  .strictObject({
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    ids: z.array(z.number().int()).readonly(),
    rows: z
      .array(
        z.strictObject({
          row: z.number().int(),
          id: z.number().int(),
          municipality: z.string(),
          title: z.string(),
          action: z.enum(['created', 'updated', 'unchanged']),
        }),
      )
      .readonly(),
  })
  .openapi('InitiativeImport');

export const ImportFault = z
  .strictObject({
    sheet: z.string(),
    cell: z.string().nullable().openapi({ example: 'I7' }),
    row: z.number().int().nullable(),
    column: z.string().nullable().openapi({ example: 'startår' }),
    message: z.string().openapi({ example: '"20x4" er ikke et år' }),
  })
  .openapi('InitiativeImportFault');

/** A problem document with the import's faults (400); other 400s have no `errors`. */
export const ImportProblem = ProblemSchema.extend({
  errors: z.array(ImportFault).optional(),
}).openapi('InitiativeImportProblem');
