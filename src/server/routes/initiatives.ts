import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import {
  NotFoundError,
  initiativeChanges,
  type Initiative,
  type InitiativeFields,
} from '../../core/index.ts';
import {
  audited,
  createInitiative,
  findInitiative,
  findItem,
  listInitiativeVersions,
  listInitiatives,
  listMunicipalities,
  updateInitiative,
  type Queryable,
} from '../../db/index.ts';
import { computeEffectFor, prepareInitiative } from '../../engine/index.ts';
import { type AuthDeps, type RequestAuth, auditActor, authOf } from '../auth/index.ts';
import {
  canSeeInitiative,
  overviewAnswer,
  overviewTable,
  presentFigureEffect,
  presentInitiative,
  presentInitiativeSummary,
  sectorLevel,
} from '../initiatives/index.ts';
import {
  CreatedInitiative,
  EffectDocument,
  InitiativeDocument,
  InitiativeHistoryDocument,
  InitiativeListDocument,
  InitiativeListQuery,
  InitiativePatchBody,
  NewInitiativeBody,
  OverviewDocument,
  OverviewQuery,
  authResponses,
  conflictResponse,
} from '../schemas/index.ts';
import { problemResponses } from '../schemas.ts';
import { toCsv } from '../formats/csv.ts';
import { chooseFormat, csvLocale, sendFile } from '../formats/negotiate.ts';
import { toXlsx } from '../formats/xlsx.ts';
import { exportResponses } from './export.ts';
import { jsonContent } from './responses.ts';

const tags = ['initiatives'];
const idParams = z.object({ id: z.string().regex(/^[1-9]\d{0,9}$/) });
const NO_STORE = { 'Cache-Control': 'private, no-store' };

const list = createRoute({
  method: 'get',
  path: '/api/v1/initiatives',
  summary: 'Effektiviseringsinitiativer med filtre / initiatives',
  tags,
  request: { query: InitiativeListQuery },
  responses: { 200: jsonContent('Initiativerne', InitiativeListDocument), ...problemResponses },
});
const create = createRoute({
  method: 'post',
  path: '/api/v1/initiatives',
  summary: 'Registrér et initiativ (kommunens redaktører) / register an initiative',
  tags,
  request: {
    body: { required: true, content: { 'application/json': { schema: NewInitiativeBody } } },
  },
  responses: {
    201: jsonContent('Oprettet', CreatedInitiative),
    ...problemResponses,
    ...authResponses,
  },
});
const overview = createRoute({
  method: 'get',
  path: '/api/v1/initiatives/overview',
  summary: 'Sektoroversigt: gevinster efter tema, type, region eller år / the sector overview',
  tags,
  request: { query: OverviewQuery },
  responses: exportResponses(OverviewDocument, 'Oversigten; også CSV og XLSX via ?format='),
});
const read = createRoute({
  method: 'get',
  path: '/api/v1/initiatives/{id}',
  summary: 'Et initiativ / one initiative',
  tags,
  request: { params: idParams },
  responses: { 200: jsonContent('Initiativet', InitiativeDocument), ...problemResponses },
});
const patch = createRoute({
  method: 'patch',
  path: '/api/v1/initiatives/{id}',
  summary: 'Ret et initiativ; baseVersion giver 409 ved samtidig ændring / edit',
  tags,
  request: {
    params: idParams,
    body: { required: true, content: { 'application/json': { schema: InitiativePatchBody } } },
  },
  responses: {
    200: jsonContent('Rettet', InitiativeDocument),
    ...problemResponses,
    ...authResponses,
    ...conflictResponse,
  },
});
const history = createRoute({
  method: 'get',
  path: '/api/v1/initiatives/{id}/history',
  summary: 'Versionshistorik / version history',
  tags,
  request: { params: idParams },
  responses: {
    200: jsonContent('Versionerne, nyeste først', InitiativeHistoryDocument),
    ...problemResponses,
  },
});
const effect = createRoute({
  method: 'get',
  path: '/api/v1/initiatives/{id}/effect',
  summary: 'Effekttjek mod sammenligningskommunerne / the effect check',
  tags,
  request: { params: idParams },
  responses: {
    200: jsonContent('Effekttjekket pr. nøgletal', EffectDocument),
    ...problemResponses,
  },
});

const names = async (db: Queryable) =>
  new Map((await listMunicipalities(db)).map((m) => [m.code, m.name]));

const fieldsOf = (i: Initiative): InitiativeFields => {
  const {
    id: _id,
    version: _v,
    baselines: _b,
    authorId: _a,
    createdAt: _c,
    updatedAt: _u,
    ...f
  } = i;
  return f;
};

/**
 * The initiatives (issue 17): the list, one record, its history and its effect check for
 * everyone (internal ones only for the municipality's own users); create and edit for the
 * municipality's editors (the guard asks the policy first). Every write is one transaction
 * with its version row and its audit row; the baselines are taken from the data on each save.
 */
export function initiativeRoutes(deps: AuthDeps) {
  const { db } = deps;
  const visible = async (auth: RequestAuth, id: number) => {
    const i = await findInitiative(db, id);
    if (!i || !canSeeInitiative(auth, i))
      throw new NotFoundError(`Der er intet initiativ med id ${id}`);
    return i;
  };
  const answer = async (auth: RequestAuth, i: Initiative) => {
    const links = (await Promise.all(i.portalItems.map((id) => findItem(db, id)))).flatMap((it) =>
      it && it.status === 'published' ? [{ id: it.id, title: it.title }] : [],
    );
    const versions = await listInitiativeVersions(db, i.id);
    const author = versions.find((v) => v.authorId === i.authorId)?.authorEmail ?? null;
    return presentInitiative(i, auth, await names(db), links, author, await sectorLevel(db));
  };
  return new OpenAPIHono()
    .openapi(list, async (c) => {
      const q = c.req.valid('query');
      const auth = authOf(c);
      const all = (
        await listInitiatives(db, {
          ...(q.municipality === undefined ? {} : { municipality: q.municipality }),
          ...(q.theme === undefined ? {} : { theme: q.theme }),
          ...(q.type === undefined ? {} : { type: q.type }),
          ...(q.status === undefined ? {} : { status: q.status }),
          ...(q.keyFigure === undefined ? {} : { keyFigure: q.keyFigure }),
        })
      ).filter((i) => canSeeInitiative(auth, i));
      const offset = Number(q.offset ?? 0);
      const limit = Math.min(Math.max(Number(q.limit ?? 100), 1), 500);
      const n = await names(db);
      const level = await sectorLevel(db);
      return c.json(
        {
          initiatives: all
            .slice(offset, offset + limit)
            .map((i) => presentInitiativeSummary(i, n, level)),
          total: all.length,
        },
        200,
        NO_STORE,
      );
    })
    .openapi(create, async (c) => {
      const auth = authOf(c);
      const { fields, baselines } = await prepareInitiative(db, c.req.valid('json'));
      const now = deps.now();
      const created = await audited(
        db,
        (tx) =>
          createInitiative(
            tx,
            fields,
            baselines,
            auth.via === 'anonymous' ? null : auth.account.id,
            now,
          ),
        (i) => ({
          at: now,
          ...auditActor(auth),
          action: 'initiative.write',
          resourceType: 'initiative',
          resourceId: String(i.id),
          municipality: i.municipality,
          after: i,
        }),
      );
      return c.json({ id: created.id, version: created.version }, 201, {
        Location: `/api/v1/initiatives/${created.id}`,
      });
    })
    .openapi(overview, async (c) => {
      const groupBy = c.req.valid('query').groupBy ?? 'theme';
      const format = chooseFormat(c, ['json', 'csv', 'xlsx']);
      const o = await overviewAnswer(db, groupBy, authOf(c));
      if (format === 'json') return c.json(o, 200, NO_STORE);
      const table = overviewTable(o);
      const name = `initiativer-${groupBy}`;
      // Initiatives change without an import: files are never kept by the answer cache.
      c.header('Cache-Control', 'private, no-store');
      if (format === 'csv') return sendFile(c, 'csv', toCsv(table, csvLocale(c)), name);
      return sendFile(
        c,
        'xlsx',
        await toXlsx(table, {
          title: 'Effektiviseringsinitiativer: sektoroversigt',
          sources: [
            'Kommunernes egne registreringer i Potentiale (forventet og realiseret gevinst)',
          ],
          notes: [
            'Beløbene er lagt sammen i ét prisniveau (se kolonnerne).',
            '"Synlig i nøgletallene" er Potentiales effekttjek mod sammenligningskommunerne (/metode#effekttjek).',
            ...(o.pricesNote ? [o.pricesNote.da] : []),
          ],
        }),
        name,
      );
    })
    .openapi(read, async (c) => {
      const auth = authOf(c);
      const i = await visible(auth, Number(c.req.valid('param').id));
      return c.json(await answer(auth, i), 200, NO_STORE);
    })
    .openapi(patch, async (c) => {
      const auth = authOf(c);
      const id = Number(c.req.valid('param').id);
      const { baseVersion, ...change } = c.req.valid('json');
      const current = await visible(auth, id);
      const merged = {
        ...fieldsOf(current),
        ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)),
      } as InitiativeFields;
      const { fields, baselines } = await prepareInitiative(db, merged);
      const now = deps.now();
      const { after } = await audited(
        db,
        (tx) =>
          updateInitiative(
            tx,
            id,
            fields,
            baselines,
            baseVersion,
            auth.via === 'anonymous' ? null : auth.account.id,
            now,
          ),
        (r) => ({
          at: now,
          ...auditActor(auth),
          action: 'initiative.write',
          resourceType: 'initiative',
          resourceId: String(id),
          municipality: r.after.municipality,
          before: r.before,
          after: r.after,
        }),
      );
      return c.json(await answer(auth, after), 200, NO_STORE);
    })
    .openapi(history, async (c) => {
      const auth = authOf(c);
      const id = Number(c.req.valid('param').id);
      await visible(auth, id);
      const loggedIn = auth.via !== 'anonymous';
      const versions = await listInitiativeVersions(db, id);
      const out = versions
        .map((v, k) => ({
          version: v.version,
          at: v.at,
          author:
            loggedIn && v.authorId !== null ? { id: v.authorId, name: v.authorEmail ?? '' } : null,
          changes: initiativeChanges(k === 0 ? null : (versions[k - 1]?.fields ?? null), v.fields),
        }))
        .reverse();
      return c.json({ versions: out }, 200, NO_STORE);
    })
    .openapi(effect, async (c) => {
      const auth = authOf(c);
      const i = await visible(auth, Number(c.req.valid('param').id));
      const figures = await computeEffectFor(db, i);
      const n = await names(db);
      return c.json(
        {
          initiative: {
            id: i.id,
            title: i.title,
            municipality: i.municipality,
            startYear: i.startYear,
          },
          claimed: { prices: i.prices, expected: i.expected, realised: i.realised },
          figures: figures.map((f) => presentFigureEffect(f, n)),
        },
        200,
        NO_STORE,
      );
    });
}
