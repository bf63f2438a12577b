import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import {
  NotFoundError,
  defaultOwner,
  itemChanges,
  similarItems,
  type ItemFields,
} from '../../core/index.ts';
import {
  audited,
  createItem,
  findItem,
  listItemVersions,
  listPublishedItems,
  updateItem,
} from '../../db/index.ts';
import { type AuthDeps, auditActor, authOf } from '../auth/index.ts';
import {
  canSee,
  checkReferences,
  presentItem,
  presentSummary,
  searchPortal,
  viewerOf,
} from '../portal/index.ts';
import {
  CreatedItem,
  ItemHistoryDocument,
  ItemPatchBody,
  ItemSummary,
  NewItemBody,
  PortalItemDocument,
  PortalSearchDocument,
  PortalSearchQuery,
  authResponses,
  conflictResponse,
} from '../schemas/index.ts';
import { problemResponses } from '../schemas.ts';

import { jsonContent } from './responses.ts';

const tags = ['portal'];
const idParams = z.object({ id: z.string().regex(/^[1-9]\d{0,9}$/) });
const NO_STORE = { 'Cache-Control': 'private, no-store' };

const search = createRoute({
  method: 'get',
  path: '/api/v1/portal/items',
  summary: 'Søg i videnportalen med facetter / search the knowledge portal',
  tags,
  request: { query: PortalSearchQuery },
  responses: {
    200: jsonContent('Træf, antal og facetter', PortalSearchDocument),
    ...problemResponses,
  },
});
const read = createRoute({
  method: 'get',
  path: '/api/v1/portal/items/{id}',
  summary: 'Et stykke indhold med renset HTML / one item',
  tags,
  request: { params: idParams },
  responses: { 200: jsonContent('Indholdet', PortalItemDocument), ...problemResponses },
});
const create = createRoute({
  method: 'post',
  path: '/api/v1/portal/items',
  summary: 'Opret indhold (kommunens eller de nationale redaktører) / create an item',
  tags,
  request: { body: { required: true, content: { 'application/json': { schema: NewItemBody } } } },
  responses: {
    201: jsonContent('Oprettet', CreatedItem),
    ...problemResponses,
    ...authResponses,
  },
});
const patch = createRoute({
  method: 'patch',
  path: '/api/v1/portal/items/{id}',
  summary: 'Ret indhold; baseVersion giver 409 ved samtidig ændring / edit an item',
  tags,
  request: {
    params: idParams,
    body: { required: true, content: { 'application/json': { schema: ItemPatchBody } } },
  },
  responses: {
    200: jsonContent('Rettet', PortalItemDocument),
    ...problemResponses,
    ...authResponses,
    ...conflictResponse,
  },
});
const history = createRoute({
  method: 'get',
  path: '/api/v1/portal/items/{id}/history',
  summary: 'Versionshistorik med ændringer / version history with diffs',
  tags,
  request: { params: idParams },
  responses: {
    200: jsonContent('Versionerne, nyeste først', ItemHistoryDocument),
    ...problemResponses,
  },
});
const similar = createRoute({
  method: 'get',
  path: '/api/v1/portal/items/{id}/similar',
  summary: 'Mere som dette / similar items',
  tags,
  request: { params: idParams },
  responses: {
    200: jsonContent('Lignende udgivet indhold', z.strictObject({ items: z.array(ItemSummary) })),
    ...problemResponses,
  },
});

const notFound = (id: number) =>
  new NotFoundError(`Der er intet indhold med id ${id} i videnportalen`);

/**
 * The knowledge portal's items (issue 16): search, read, history and "Mere som dette" for
 * everyone (drafts only for those who may edit them); create and edit for the item's
 * municipality's editors and the national editors (the guard asks the policy first). Every
 * write is one transaction with its version row and its audit row.
 */
export function portalRoutes(deps: AuthDeps) {
  const { db } = deps;
  const visible = async (c: Parameters<typeof authOf>[0], id: number) => {
    const item = await findItem(db, id);
    if (!item || !canSee(authOf(c), item)) throw notFound(id);
    return item;
  };
  return new OpenAPIHono()
    .openapi(search, async (c) => {
      const q = c.req.valid('query');
      const answer = await searchPortal(
        db,
        {
          ...(q.q === undefined ? {} : { q: q.q }),
          filters: {
            ...(q.kind === undefined ? {} : { kind: q.kind }),
            ...(q.theme === undefined ? {} : { theme: q.theme }),
            ...(q.topic === undefined ? {} : { topic: q.topic }),
            ...(q.municipality === undefined ? {} : { municipality: q.municipality }),
            ...(q.keyFigure === undefined ? {} : { keyFigure: q.keyFigure }),
            ...(q.year === undefined ? {} : { year: Number(q.year) }),
          },
          ...(q.status === undefined ? {} : { status: q.status }),
          limit: Math.min(Math.max(Number(q.limit ?? 20), 1), 100),
          offset: Number(q.offset ?? 0),
        },
        viewerOf(authOf(c)),
      );
      return c.json(answer, 200, NO_STORE);
    })
    .openapi(read, async (c) => {
      const id = Number(c.req.valid('param').id);
      const item = await visible(c, id);
      return c.json(presentItem(item, authOf(c)), 200, NO_STORE);
    })
    .openapi(create, async (c) => {
      const auth = authOf(c);
      const body = c.req.valid('json');
      const fields: ItemFields = {
        ...body,
        municipality: defaultOwner(body.municipality, body.municipalities, auth.actor),
      };
      await checkReferences(db, fields);
      const now = deps.now();
      const item = await audited(
        db,
        (tx) => createItem(tx, fields, auth.via === 'anonymous' ? null : auth.account.id, now),
        (i) => ({
          at: now,
          ...auditActor(auth),
          action: 'portal.write',
          resourceType: 'portal-item',
          resourceId: String(i.id),
          municipality: i.municipality,
          after: { ...i, attachments: undefined },
        }),
      );
      return c.json({ id: item.id, version: item.version }, 201, {
        Location: `/api/v1/portal/items/${item.id}`,
      });
    })
    .openapi(patch, async (c) => {
      const auth = authOf(c);
      const id = Number(c.req.valid('param').id);
      const { baseVersion, ...change } = c.req.valid('json');
      const current = await visible(c, id);
      const fields: ItemFields = { ...current, ...stripUndefined(change) } as ItemFields;
      await checkReferences(db, fields);
      const now = deps.now();
      const { after } = await audited(
        db,
        (tx) =>
          updateItem(
            tx,
            id,
            fields,
            baseVersion,
            auth.via === 'anonymous' ? null : auth.account.id,
            now,
          ),
        (r) => ({
          at: now,
          ...auditActor(auth),
          action: 'portal.write',
          resourceType: 'portal-item',
          resourceId: String(id),
          municipality: r.after.municipality,
          before: { ...r.before, attachments: undefined },
          after: { ...r.after, attachments: undefined },
        }),
      );
      return c.json(presentItem(after, auth), 200, NO_STORE);
    })
    .openapi(history, async (c) => {
      const id = Number(c.req.valid('param').id);
      await visible(c, id);
      const loggedIn = authOf(c).via !== 'anonymous';
      const versions = await listItemVersions(db, id);
      const answer = versions
        .map((v, k) => ({
          version: v.version,
          at: v.at,
          author:
            loggedIn && v.authorId !== null ? { id: v.authorId, name: v.authorEmail ?? '' } : null,
          status: v.fields.status,
          changes: itemChanges(k === 0 ? null : (versions[k - 1]?.fields ?? null), v.fields).map(
            (ch) =>
              ch.field === 'contact' && !loggedIn
                ? { field: ch.field, before: null, after: null }
                : ch,
          ),
        }))
        .reverse();
      return c.json({ versions: answer }, 200, NO_STORE);
    })
    .openapi(similar, async (c) => {
      const id = Number(c.req.valid('param').id);
      const item = await visible(c, id);
      const items = similarItems(item, await listPublishedItems(db), 5);
      return c.json(
        { items: items.map((i) => presentSummary(i, [{ text: i.summary, mark: false }])) },
        200,
        NO_STORE,
      );
    });
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
