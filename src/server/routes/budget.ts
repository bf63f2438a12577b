import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { DEFAULT_THRESHOLD, NotFoundError, keyFigureOfArea } from '../../core/index.ts';
import { audited, budgetPoints, listMunicipalities, saveExplanation } from '../../db/index.ts';
import { budgetFollowUp, parsePeerSpec } from '../../engine/index.ts';
import { type AuthDeps, auditActor, authOf } from '../auth/index.ts';
import { deviationTable, presentFollowUp } from '../budget/index.ts';
import { toCsv } from '../formats/csv.ts';
import { chooseFormat, csvLocale, sendFile } from '../formats/negotiate.ts';
import { toXlsx } from '../formats/xlsx.ts';
import {
  DeviationDocument,
  DeviationQuery,
  ExplanationBody,
  ExplanationDocument,
  ExplanationParams,
  authResponses,
  conflictResponse,
} from '../schemas/index.ts';
import { problemResponses } from '../schemas.ts';
import { exportResponses } from './export.ts';
import { jsonContent } from './responses.ts';

const tags = ['budget'];

const deviations = createRoute({
  method: 'get',
  path: '/api/v1/budget-deviations',
  summary: 'Spørg hvorfor: budget mod regnskab pr. område og år / budget against accounts',
  tags,
  request: { query: DeviationQuery },
  responses: exportResponses(DeviationDocument, 'Afvigelserne; også CSV og XLSX via ?format='),
});
const explain = createRoute({
  method: 'put',
  path: '/api/v1/budget-deviations/{code}/{year}/{area}/explanation',
  summary: 'Kommunens forklaring på en afvigelse / the municipality’s explanation',
  tags,
  request: {
    params: ExplanationParams,
    body: { required: true, content: { 'application/json': { schema: ExplanationBody } } },
  },
  responses: {
    200: jsonContent('Gemt', ExplanationDocument),
    ...problemResponses,
    ...authResponses,
    ...conflictResponse,
  },
});

/**
 * Budget follow-up (issue 18): the deviations of a municipality with its peers' side by side
 * for everyone (internal explanations only for the municipality's own users); the
 * explanation is written by the municipality's editors, audited in the same transaction.
 */
export function budgetRoutes(deps: AuthDeps) {
  const { db } = deps;
  return new OpenAPIHono()
    .openapi(deviations, async (c) => {
      const q = c.req.valid('query');
      const format = chooseFormat(c, ['json', 'csv', 'xlsx']);
      const names = new Map((await listMunicipalities(db)).map((m) => [m.code, m.name]));
      if (!names.has(q.municipality))
        throw new NotFoundError(`Der er ingen kommune med koden ${q.municipality}`);
      const followUp = await budgetFollowUp(db, {
        code: q.municipality,
        ...(q.year === undefined ? {} : { year: Number(q.year) }),
        ...(q.area === undefined ? {} : { area: q.area }),
        peers: parsePeerSpec(q.peers ?? 'nearest'),
        threshold: {
          ...DEFAULT_THRESHOLD,
          ...(q.threshold === undefined ? {} : { percent: Number(q.threshold) }),
        },
      });
      const doc = presentFollowUp(followUp, q.municipality, names, authOf(c));
      c.header('Cache-Control', 'private, no-store');
      if (format === 'json') return c.json(doc, 200);
      const lang = q.lang ?? 'da';
      const table = deviationTable(doc, lang);
      const name = `${lang === 'da' ? 'budgetopfoelgning' : 'budget-follow-up'}-${q.municipality}`;
      if (format === 'csv') return sendFile(c, 'csv', toCsv(table, csvLocale(c)), name);
      return sendFile(
        c,
        'xlsx',
        await toXlsx(table, {
          title: `${lang === 'da' ? 'Budget mod regnskab' : 'Budget against accounts'}, ${doc.municipality.name}`,
          sources: doc.sources,
          notes: [
            lang === 'da'
              ? `Afvigelse = regnskab − budget. Over tærsklen: mindst ${doc.threshold.percent} % af budgettet og ${doc.threshold.perInhabitant} kr. pr. indbygger. Gentaget: over tærsklen i ${doc.flagRule.minYears} af de ${doc.flagRule.window} nyeste år.`
              : `Deviation = accounts − budget. Beyond the threshold: at least ${doc.threshold.percent} % of the budget and DKK ${doc.threshold.perInhabitant} per inhabitant. Repeated: beyond it in ${doc.flagRule.minYears} of the ${doc.flagRule.window} newest years.`,
          ],
        }),
        name,
      );
    })
    .openapi(explain, async (c) => {
      const { code, year, area } = c.req.valid('param');
      const body = c.req.valid('json');
      const auth = authOf(c);
      const figure = keyFigureOfArea(area) ?? '';
      const points = await budgetPoints(db, [code], figure);
      const kinds = new Set(points.filter((p) => p.year === Number(year)).map((p) => p.yearKind));
      if (!kinds.has('budget') || !kinds.has('accounts'))
        throw new NotFoundError(
          `Kommunen ${code} har ikke både budget og regnskab på funktion ${area} i ${year}; der er ingen afvigelse at forklare`,
        );
      const now = deps.now();
      const { after } = await audited(
        db,
        (tx) =>
          saveExplanation(
            tx,
            { municipality: code, year: Number(year), area, ...body },
            auth.via === 'anonymous' ? null : auth.account.id,
            now,
          ),
        (r) => ({
          at: now,
          ...auditActor(auth),
          action: 'budget.explain',
          resourceType: 'budget-explanation',
          resourceId: `${code}/${year}/${area}`,
          municipality: code,
          ...(r.before ? { before: r.before } : {}),
          after: r.after,
        }),
      );
      return c.json(
        {
          cause: after.cause,
          text: after.text,
          visibility: after.visibility,
          version: after.version,
          updatedAt: after.updatedAt,
        },
        200,
        { 'Cache-Control': 'private, no-store' },
      );
    });
}
