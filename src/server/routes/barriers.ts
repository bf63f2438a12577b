import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import {
  NotFoundError,
  checkBarrierFields,
  checkMerge,
  checkOpen,
  checkSecond,
  queryWords,
  secondingMunicipalities,
  type Barrier,
  type BarrierEstimate,
  type BarrierFields,
} from '../../core/index.ts';
import {
  addSecond,
  answerBarrier,
  audited,
  createBarrier,
  findBarrier,
  findKeyFigure,
  listMunicipalities,
  mergeBarriers,
  similarBarriers,
  updateBarrier,
  type Queryable,
} from '../../db/index.ts';
import { potentialEstimate } from '../../engine/index.ts';
import { type AuthDeps, type RequestAuth, auditActor, authOf } from '../auth/index.ts';
import {
  barrierDocument,
  barrierHistory,
  barrierList,
  barrierMemoFile,
} from '../barriers/index.ts';
import {
  AnswerBody,
  BarrierDocument,
  BarrierListDocument,
  BarrierListQuery,
  BarrierPatchBody,
  BarrierHistoryDocument,
  BarrierSimilarQuery,
  CreatedBarrier,
  EstimateDocument,
  EstimateQuery,
  MemoQuery,
  MergeBody,
  NewBarrierBody,
  SecondBody,
  SimilarDocument,
  authResponses,
  conflictResponse,
} from '../schemas/index.ts';
import { problemResponses } from '../schemas.ts';
import { exportResponses } from './export.ts';
import { jsonContent } from './responses.ts';

const tags = ['barriers'];
const idParams = z.object({ id: z.string().regex(/^[1-9]\d{0,9}$/) });
const NO_STORE = { 'Cache-Control': 'private, no-store' };
const writeResponses = { ...problemResponses, ...authResponses, ...conflictResponse };
const body = <S extends z.ZodType>(schema: S) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});

const list = createRoute({
  method: 'get',
  path: '/api/v1/barriers',
  summary: 'Den nationale liste over regelbarrierer / the national list of rule barriers',
  tags,
  request: { query: BarrierListQuery },
  responses: exportResponses(BarrierListDocument, 'Listen; også CSV og XLSX via ?format='),
});
const create = createRoute({
  method: 'post',
  path: '/api/v1/barriers',
  summary: 'Indberet en regelbarriere / report a rule barrier',
  tags,
  request: body(NewBarrierBody),
  responses: { 201: jsonContent('Indberettet', CreatedBarrier), ...writeResponses },
});
const memo = createRoute({
  method: 'get',
  path: '/api/v1/barriers/memo',
  summary: 'Notat om de vigtigste barrierer (Markdown) / memo of the top barriers',
  tags,
  request: { query: MemoQuery },
  responses: {
    200: {
      description: 'Notatet som Markdown',
      content: { 'text/markdown': { schema: z.string() } },
    },
    ...problemResponses,
  },
});
const similar = createRoute({
  method: 'get',
  path: '/api/v1/barriers/similar',
  summary: 'Lignende barrierer mens man skriver / similar barriers while typing',
  tags,
  request: { query: BarrierSimilarQuery },
  responses: { 200: jsonContent('De mest lignende', SimilarDocument), ...problemResponses },
});
const estimate = createRoute({
  method: 'get',
  path: '/api/v1/barriers/estimate',
  summary: 'Skøn fra kommunens potentiale på et nøgletal / estimate from the potential',
  tags,
  request: { query: EstimateQuery },
  responses: { 200: jsonContent('Skønnet', EstimateDocument), ...problemResponses },
});
const read = createRoute({
  method: 'get',
  path: '/api/v1/barriers/{id}',
  summary: 'En regelbarriere / one rule barrier',
  tags,
  request: { params: idParams },
  responses: { 200: jsonContent('Barrieren', BarrierDocument), ...problemResponses },
});
const patch = createRoute({
  method: 'patch',
  path: '/api/v1/barriers/{id}',
  summary: 'Ret en barriere; baseVersion giver 409 ved samtidig ændring / edit',
  tags,
  request: { params: idParams, ...body(BarrierPatchBody) },
  responses: { 200: jsonContent('Rettet', BarrierDocument), ...writeResponses },
});
const second = createRoute({
  method: 'post',
  path: '/api/v1/barriers/{id}/seconds',
  summary: 'Støt en barriere som kommune / second a barrier',
  tags,
  request: { params: idParams, ...body(SecondBody) },
  responses: { 201: jsonContent('Støttet', BarrierDocument), ...writeResponses },
});
const answer = createRoute({
  method: 'post',
  path: '/api/v1/barriers/{id}/answer',
  summary: 'Den nationale redaktørs svar og status / the national editor’s answer',
  tags,
  request: { params: idParams, ...body(AnswerBody) },
  responses: { 200: jsonContent('Besvaret', BarrierDocument), ...writeResponses },
});
const merge = createRoute({
  method: 'post',
  path: '/api/v1/barriers/{id}/merge',
  summary: 'Læg en dublet sammen med en anden barriere / merge a duplicate',
  tags,
  request: { params: idParams, ...body(MergeBody) },
  responses: { 200: jsonContent('Barrieren der blev beholdt', BarrierDocument), ...writeResponses },
});
const history = createRoute({
  method: 'get',
  path: '/api/v1/barriers/{id}/history',
  summary: 'Barrierens forløb: indberetning, rettelser, støtte, svar, sammenlægning / trail',
  tags,
  request: { params: idParams },
  responses: {
    200: jsonContent('Forløbet, ældst først', BarrierHistoryDocument),
    ...problemResponses,
  },
});

const names = async (db: Queryable) =>
  new Map((await listMunicipalities(db)).map((m) => [m.code, m.name]));

/** An estimate as the body gives it, with its defaults: current prices of this year. */
function estimateOf(
  e: {
    amount: number;
    prices?: BarrierEstimate['prices'] | undefined;
    year?: number | undefined;
    source: BarrierEstimate['source'];
  } | null,
  now: Date,
): BarrierEstimate | null {
  if (e === null) return null;
  return {
    amount: e.amount,
    prices: e.prices ?? { basis: 'current', year: null },
    year: e.year ?? now.getUTCFullYear(),
    source: e.source,
  };
}

const fieldsOf = (b: Barrier): BarrierFields => ({
  municipality: b.municipality,
  title: b.title,
  law: b.law,
  area: b.area,
  theme: b.theme,
  description: b.description,
  keyFigure: b.keyFigure,
  estimate: b.estimate,
  precedents: b.precedents,
  links: b.links,
});

/**
 * The rule barriers (issue 18): the ranked national list (JSON, CSV, XLSX), the memo, similar
 * ones while typing, the estimate from the potential, one barrier and its trail for everyone;
 * report and edit for the reporting municipality's editors and national editors, seconds for
 * other municipalities' editors, answers and merges for national editors. Every write is one
 * transaction with its event row and its audit row.
 */
export function barrierRoutes(deps: AuthDeps) {
  const { db } = deps;
  const found = async (id: number) => {
    const b = await findBarrier(db, id);
    if (!b) throw new NotFoundError(`Der er ingen regelbarriere med id ${id}`);
    return b;
  };
  const document = async (auth: RequestAuth, b: Barrier) =>
    barrierDocument(db, auth, b, await names(db));
  const authorOf = (auth: RequestAuth) => (auth.via === 'anonymous' ? null : auth.account.id);
  const audit = (
    auth: RequestAuth,
    action: string,
    id: number,
    municipality: string,
    before: unknown,
    after: unknown,
  ) => ({
    at: deps.now(),
    ...auditActor(auth),
    action,
    resourceType: 'barrier',
    resourceId: String(id),
    municipality,
    ...(before === null ? {} : { before }),
    after,
  });
  const checked = async (fields: BarrierFields) => {
    checkBarrierFields(fields);
    if (fields.keyFigure !== null && !(await findKeyFigure(db, fields.keyFigure)))
      throw new NotFoundError(`Der er intet nøgletal med id "${fields.keyFigure}" (keyFigure)`);
    return fields;
  };
  return new OpenAPIHono()
    .openapi(list, (c) => barrierList(c, db, c.req.valid('query')))
    .openapi(memo, (c) =>
      barrierMemoFile(c, db, c.req.valid('query'), deps.now().toISOString().slice(0, 10)),
    )
    .openapi(create, async (c) => {
      const auth = authOf(c);
      const now = deps.now();
      const b = c.req.valid('json');
      const fields = await checked({ ...b, estimate: estimateOf(b.estimate, now) });
      const created = await audited(
        db,
        (tx) => createBarrier(tx, fields, authorOf(auth), now),
        (r) => audit(auth, 'barrier.report', r.id, r.municipality, null, r),
      );
      return c.json({ id: created.id, version: created.version }, 201, {
        Location: `/api/v1/barriers/${created.id}`,
      });
    })
    .openapi(similar, async (c) => {
      const q = c.req.valid('query');
      const found = await similarBarriers(db, {
        words: queryWords(`${q.title ?? ''} ${q.description ?? ''}`),
        ...(q.law === undefined ? {} : { lawName: q.law }),
        ...(q.paragraph === undefined ? {} : { paragraph: q.paragraph }),
        ...(q.exclude === undefined ? {} : { exclude: Number(q.exclude) }),
      });
      return c.json(
        {
          items: found.map((f) => ({
            id: f.barrier.id,
            title: f.barrier.title,
            law: f.barrier.law,
            state: f.barrier.state,
            seconds: secondingMunicipalities(f.barrier).length,
            sameRule: f.sameRule,
          })),
        },
        200,
        NO_STORE,
      );
    })
    .openapi(estimate, async (c) => {
      const q = c.req.valid('query');
      const e = await potentialEstimate(db, q.municipality, q.keyFigure);
      const n = await names(db);
      return c.json(
        {
          ...e,
          municipality: { code: q.municipality, name: n.get(q.municipality) ?? q.municipality },
          prices: { basis: e.prices.basis, year: e.prices.year },
        },
        200,
      );
    })
    .openapi(read, async (c) => {
      const b = await found(Number(c.req.valid('param').id));
      return c.json(await document(authOf(c), b), 200, NO_STORE);
    })
    .openapi(patch, async (c) => {
      const auth = authOf(c);
      const id = Number(c.req.valid('param').id);
      const { baseVersion, estimate: asked, ...change } = c.req.valid('json');
      const current = await found(id);
      checkOpen(current);
      const now = deps.now();
      const fields = await checked({
        ...fieldsOf(current),
        ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)),
        ...(asked === undefined ? {} : { estimate: estimateOf(asked, now) }),
      } as BarrierFields);
      const { after } = await audited(
        db,
        (tx) => updateBarrier(tx, id, fields, baseVersion, authorOf(auth), now),
        (r) => audit(auth, 'barrier.report', id, r.after.municipality, r.before, r.after),
      );
      return c.json(await document(auth, after), 200, NO_STORE);
    })
    .openapi(second, async (c) => {
      const auth = authOf(c);
      const id = Number(c.req.valid('param').id);
      const s = c.req.valid('json');
      const now = deps.now();
      const after = await audited(
        db,
        async (tx) => {
          const b = await findBarrier(tx, id);
          if (!b) throw new NotFoundError(`Der er ingen regelbarriere med id ${id}`);
          checkSecond(b, s.municipality);
          const estimate = estimateOf(s.estimate, now);
          if (estimate) checkBarrierFields({ ...fieldsOf(b), estimate });
          return addSecond(
            tx,
            id,
            { municipality: s.municipality, comment: s.comment, estimate },
            authorOf(auth),
            now,
          );
        },
        (r) =>
          audit(auth, 'barrier.second', id, s.municipality, null, {
            second: s,
            seconds: r.seconds.length,
          }),
      );
      return c.json(await document(auth, after), 201, NO_STORE);
    })
    .openapi(answer, async (c) => {
      const auth = authOf(c);
      const id = Number(c.req.valid('param').id);
      const a = c.req.valid('json');
      const now = deps.now();
      checkOpen(await found(id));
      const { after } = await audited(
        db,
        (tx) => answerBarrier(tx, id, a, authorOf(auth), now),
        (r) =>
          audit(auth, 'barrier.answer', id, r.after.municipality, r.before.answer, r.after.answer),
      );
      return c.json(await document(auth, after), 200, NO_STORE);
    })
    .openapi(merge, async (c) => {
      const auth = authOf(c);
      const id = Number(c.req.valid('param').id);
      const { into } = c.req.valid('json');
      const now = deps.now();
      const result = await audited(
        db,
        async (tx) => {
          const from = await findBarrier(tx, id);
          const target = await findBarrier(tx, into);
          if (!from) throw new NotFoundError(`Der er ingen regelbarriere med id ${id}`);
          if (!target) throw new NotFoundError(`Der er ingen regelbarriere med id ${into} (into)`);
          checkMerge(from, target);
          return mergeBarriers(tx, id, into, authorOf(auth), now);
        },
        (r) =>
          audit(
            auth,
            'barrier.merge',
            id,
            r.from.municipality,
            { mergedInto: null },
            { mergedInto: into },
          ),
      );
      return c.json(await document(auth, result.into), 200, NO_STORE);
    })
    .openapi(history, async (c) => {
      const id = Number(c.req.valid('param').id);
      await found(id);
      return c.json(await barrierHistory(db, id, await names(db)), 200, NO_STORE);
    });
}
