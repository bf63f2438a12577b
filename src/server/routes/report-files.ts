import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { InvalidInputError } from '../../core/index.ts';
import { dataVersion, latestReportDraft, peerGroupsVersion } from '../../db/index.ts';
import {
  buildReport,
  loadReportTopology,
  parsePackageRequest,
  sharedPackageData,
} from '../../engine/index.ts';
import { narrativesOf } from '../../report/index.ts';
import { authOf, mustEditReport, type AuthDeps } from '../auth/index.ts';
import type { ReportService } from '../reports/index.ts';
import { REPORT_CONTENT_TYPES, REPORT_FORMATS, type ReportFormat } from '../reports/index.ts';
import { benchmarkParam, langParam, peersParam, pricesParam, yearParam } from '../schemas.ts';
import { ProblemSchema } from '../schemas.ts';

/** The path Hono routes: a municipality code and the format, e.g. 766.pdf. */
/** The HTML report has no script: its own styles and inline SVG only; the report page may frame it. */
const REPORT_HTML_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

/**
 * The path Hono routes: a municipality and the format, e.g. 766.pdf. Any name before the
 * format is taken, so that "abc.pdf" is refused as a municipality (400), not as a path (404).
 */
const FILE_PATH = '/api/v1/reports/:file{[^/]+\\.(?:pdf|docx|html)}';

const query = z.object({
  year: yearParam.optional().openapi({
    description:
      'År; standard: pakkens standardår (det nyeste år, der mest er regnskab og dækker mindst halvdelen)',
  }),
  benchmark: benchmarkParam,
  peers: peersParam,
  prices: pricesParam,
  lang: langParam.openapi({ description: 'Rapportens sprog / language: da | en (standard: da)' }),
  narrative: z.enum(['draft']).optional().openapi({
    description:
      'draft: med kommunens seneste kladde (fortælling pr. afsnit, år og gruppe); kun for den, der må redigere kommunens rapport (401/403)',
  }),
});

const DESCRIPTIONS: Readonly<Record<ReportFormat, string>> = {
  pdf: 'Rapporten som PDF (A4, tagget, indholdsfortegnelse, sidetal), trykt i Chromium',
  docx: 'Rapporten som Word-dokument (DOCX): samme indhold, figurer som billeder, tabeller som Word-tabeller',
  html: 'Rapporten som ét HTML-dokument (samme tegninger som PDF’en), uden script',
};

function documented(format: ReportFormat) {
  return createRoute({
    method: 'get',
    path: `/api/v1/reports/{code}.${format}`,
    summary: `Kend din kommune: standardrapporten (${format.toUpperCase()}) / the standard report`,
    tags: ['reports'],
    request: {
      params: z.object({
        code: z.string().openapi({ description: 'Kommunekode, fx 766', example: '766' }),
      }),
      query,
    },
    responses: {
      200: {
        description: `${DESCRIPTIONS[format]}. Gemt pr. dataversion og parametre; to ens forespørgsler laves én gang`,
        content: {
          [REPORT_CONTENT_TYPES[format].split(';')[0] ?? '']: {
            schema: z.string().openapi({ format: 'binary' }),
          },
        },
      },
      400: {
        description: 'Ugyldig parameter, fx et år uden nøgletal for kommunen',
        content: { 'application/problem+json': { schema: ProblemSchema } },
      },
      401: {
        description: 'narrative=draft uden login',
        content: { 'application/problem+json': { schema: ProblemSchema } },
      },
      403: {
        description: 'narrative=draft for en anden kommune',
        content: { 'application/problem+json': { schema: ProblemSchema } },
      },
      404: {
        description: 'Ukendt kommune eller ingen data',
        content: { 'application/problem+json': { schema: ProblemSchema } },
      },
      422: {
        description: 'En parameter uden for sit interval, fx et år uden for 1900-2100',
        content: { 'application/problem+json': { schema: ProblemSchema } },
      },
      503: {
        description: 'For mange rapporter i gang, eller tidsbudgettet brugt (Retry-After)',
        content: { 'application/problem+json': { schema: ProblemSchema } },
      },
    },
  });
}

/** `GET /api/v1/reports/{code}.pdf|.docx|.html`: the standard report "Kend din kommune". */
export function reportFileRoutes(deps: AuthDeps, service: ReportService) {
  const app = new OpenAPIHono();
  // The map's outlines change only with an import: built once per data version, not per report.
  let outlines: { readonly version: string; readonly topology: Promise<unknown> } | undefined;
  for (const format of REPORT_FORMATS) app.openAPIRegistry.registerPath(documented(format));
  app.get(FILE_PATH, async (c) => {
    const file = c.req.param('file');
    const dot = file.lastIndexOf('.');
    const codeText = file.slice(0, dot);
    const ext = file.slice(dot + 1);
    const format = ext as ReportFormat;
    const parsed = query.safeParse(c.req.query());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const name = String(issue?.path[0] ?? 'query');
      throw new InvalidInputError(`Parameteren ${name} er ugyldig: ${issue?.message ?? ''}`, name);
    }
    const raw = parsed.data;
    const draft =
      raw.narrative === 'draft'
        ? await (async () => {
            mustEditReport(authOf(c), codeText);
            return latestReportDraft(deps.db, codeText);
          })()
        : undefined;
    const asked = {
      municipality: codeText,
      year:
        raw.year ??
        (draft?.year === undefined || draft.year === null ? undefined : String(draft.year)),
      benchmark: raw.benchmark,
      peers: raw.peers ?? draft?.peers ?? undefined,
      prices: raw.prices ?? draft?.prices ?? undefined,
      lang: raw.lang ?? draft?.lang ?? undefined,
    };
    const q = parsePackageRequest(
      Object.fromEntries(Object.entries(asked).filter(([, v]) => v !== undefined)),
    );
    const [data, groups] = await Promise.all([dataVersion(deps.db), peerGroupsVersion(deps.db)]);
    const key = JSON.stringify([data, groups, asked, draft?.version ?? null, format]);
    const rendered = await service.render(key, format, async () =>
      buildReport(
        deps.db,
        {
          ...q,
          ...(draft ? { narratives: narrativesOf(draft.narratives) } : {}),
          spelled: Object.fromEntries(
            Object.entries({
              benchmark: asked.benchmark,
              peers: asked.peers,
              prices: asked.prices,
            }).filter(([, v]) => v !== undefined),
          ),
        },
        {
          shared: await sharedPackageData(deps.db),
          topology: await (
            outlines?.version === data
              ? outlines
              : (outlines = { version: data, topology: loadReportTopology(deps.db) })
          ).topology,
        },
      ),
    );
    const bytes = rendered.bytes;
    return c.body(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      200,
      {
        'Content-Type': REPORT_CONTENT_TYPES[format],
        'Content-Disposition': `${format === 'html' ? 'inline' : 'attachment'}; filename="${rendered.fileName}"`,
        'Cache-Control': draft ? 'private, no-store' : 'public, max-age=300',
        ...(format === 'html' ? { 'Content-Security-Policy': REPORT_HTML_CSP } : {}),
      },
    );
  });
  return app;
}
