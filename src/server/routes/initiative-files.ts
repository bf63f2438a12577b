import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { listInitiatives } from '../../db/index.ts';
import { type AuthDeps, auditActor, authOf } from '../auth/index.ts';
import { toCsv } from '../formats/csv.ts';
import { csvLocale, sendFile } from '../formats/negotiate.ts';
import {
  InitiativeImportError,
  canSeeInitiative,
  importInitiatives,
  initiativesTable,
  initiativesWorkbook,
  sectorLevel,
} from '../initiatives/index.ts';
import { ImportProblem, InitiativeImportDocument, authResponses } from '../schemas/index.ts';
import { ProblemSchema, localeParam, problemResponses } from '../schemas.ts';
import { jsonContent } from './responses.ts';

const tags = ['initiatives'];
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const binary = z.string().openapi({ type: 'string', format: 'binary' });
const NO_STORE = { 'Cache-Control': 'private, no-store' };
const problemContent = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

const template = createRoute({
  method: 'get',
  path: '/api/v1/initiatives/template.xlsx',
  summary: 'XLSX-skabelon til initiativer med rullelister / the import template',
  tags,
  responses: {
    200: {
      description: 'Skabelonen: Initiativer, Gevinster, Vejledning og skjulte lister',
      content: { [XLSX_TYPE]: { schema: binary } },
    },
  },
});
const importRoute = createRoute({
  method: 'post',
  path: '/api/v1/initiatives/import',
  summary: 'Importér en udfyldt skabelon, alt eller intet / import initiatives from XLSX',
  description:
    'Hver række tjekkes; ved én fejl gemmes intet, og svaret (400) lister alle fejl med ark, celle og kolonne. Hver række skal være for en kommune, afsenderen må skrive for (403). Samme kommunekode og titel som et eksisterende initiativ retter det (ny version). Højst 2 MB.',
  tags,
  request: {
    body: { required: true, content: { [XLSX_TYPE]: { schema: binary } } },
  },
  responses: {
    200: jsonContent('Importeret: oprettet, rettet og uændret pr. række', InitiativeImportDocument),
    400: {
      description: 'Intet importeret: fejlene i `errors` (problem+json)',
      content: { 'application/problem+json': { schema: ImportProblem } },
    },
    ...authResponses,
    413: problemContent('Filen er over 2 MB (problem+json)'),
    415: problemContent('Send filen som XLSX (problem+json)'),
  },
});
const exportXlsx = createRoute({
  method: 'get',
  path: '/api/v1/initiatives/export.xlsx',
  summary: 'Alle initiativer, du må se, i skabelonens layout / export as XLSX',
  description:
    'Offentlige initiativer, og de interne fra de kommuner, afsenderen er redaktør for. Kan importeres igen.',
  tags,
  responses: {
    200: { description: 'Arbejdsbogen', content: { [XLSX_TYPE]: { schema: binary } } },
  },
});
const exportCsv = createRoute({
  method: 'get',
  path: '/api/v1/initiatives/export.csv',
  summary: 'Alle initiativer, du må se, som CSV / export as CSV',
  description:
    'Én række pr. initiativ: skabelonens kolonner, id, totaler og forventet/realiseret pr. år (i initiativets prisniveau). locale=da giver semikolon og decimalkomma.',
  tags,
  request: { query: z.object({ locale: localeParam }) },
  responses: {
    200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
    ...problemResponses,
  },
});

/** The refusal of an import as a problem document listing every fault (400). */
function importProblem(c: Parameters<typeof authOf>[0], e: InitiativeImportError): Response {
  const body = {
    type: 'https://potentiale.dk/problems/400',
    title: 'Ugyldig forespørgsel / Bad request',
    status: 400,
    detail: e.message,
    detailEn: `Nothing was imported: ${e.faults.length} fault(s) in the workbook (see errors).`,
    instance: new URL(c.req.url).pathname,
    errors: e.faults,
  };
  return c.body(JSON.stringify(body), 400, {
    'Content-Type': 'application/problem+json; charset=utf-8',
  });
}

/**
 * The initiatives in bulk (issue 17): the XLSX template (public), the all-or-nothing import
 * (the guard asks the policy for every row's municipality first; see ROUTE_RULES), and the
 * exports in XLSX and CSV of the records the caller may see (canSeeInitiative).
 */
export function initiativeFileRoutes(deps: AuthDeps) {
  const { db } = deps;
  const visible = async (c: Parameters<typeof authOf>[0]) => {
    const auth = authOf(c);
    const all = await listInitiatives(db);
    return all.filter((i) => canSeeInitiative(auth, i)).sort((a, b) => a.id - b.id);
  };
  return new OpenAPIHono()
    .openapi(template, async (c) =>
      sendFile(c, 'xlsx', await initiativesWorkbook(), 'initiativer-skabelon'),
    )
    .openapi(importRoute, async (c) => {
      const auth = authOf(c);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      try {
        const result = await importInitiatives(db, bytes, {
          fileName: 'upload.xlsx',
          now: deps.now(),
          by: auditActor(auth),
        });
        return c.json(result, 200, NO_STORE);
      } catch (e) {
        if (e instanceof InitiativeImportError) return importProblem(c, e) as never;
        throw e;
      }
    })
    .openapi(exportXlsx, async (c) => {
      const answer = sendFile(
        c,
        'xlsx',
        await initiativesWorkbook(await visible(c)),
        'initiativer',
      );
      answer.headers.set('Cache-Control', NO_STORE['Cache-Control']);
      return answer;
    })
    .openapi(exportCsv, async (c) => {
      const locale = csvLocale(c);
      const answer = sendFile(
        c,
        'csv',
        toCsv(initiativesTable(await visible(c), await sectorLevel(db)), locale),
        'initiativer',
      );
      answer.headers.set('Cache-Control', NO_STORE['Cache-Control']);
      return answer;
    });
}
