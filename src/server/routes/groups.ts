import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import {
  audited,
  createMunicipalityPeerGroup,
  deletePeerGroupById,
  listPeerGroups,
} from '../../db/index.ts';
import {
  GroupsDocument,
  MunicipalityPeerGroup,
  NewGroupBody,
  authResponses,
  conflictResponse,
} from '../schemas/index.ts';
import { problemResponses } from '../schemas.ts';
import { jsonContent } from './responses.ts';
import { type AuthDeps, auditActor, authOf } from '../auth/index.ts';

const tags = ['groups'];

const list = createRoute({
  method: 'get',
  path: '/api/v1/groups',
  summary: 'Gemte sammenligningsgrupper pr. kommune / saved groups per municipality',
  tags,
  request: {
    query: z.object({
      municipality: z
        .string()
        .regex(/^[1-9]\d{2}$/)
        .optional()
        .openapi({ example: '766', description: 'Kun denne kommunes grupper / only this one’s' }),
    }),
  },
  responses: { 200: jsonContent('Grupperne efter navn', GroupsDocument), ...problemResponses },
});
const create = createRoute({
  method: 'post',
  path: '/api/v1/groups',
  summary: 'Gem en gruppe for en kommune (kommunens redaktører) / save a group',
  tags,
  request: { body: { required: true, content: { 'application/json': { schema: NewGroupBody } } } },
  responses: {
    201: jsonContent('Gruppen er gemt', MunicipalityPeerGroup),
    ...problemResponses,
    ...authResponses,
    ...conflictResponse,
  },
});
const remove = createRoute({
  method: 'delete',
  path: '/api/v1/groups/{id}',
  summary: 'Slet en kommunes gruppe (kommunens redaktører) / delete a group',
  tags,
  request: { params: z.object({ id: z.string().regex(/^[1-9]\d{0,9}$/) }) },
  responses: { 204: { description: 'Slettet' }, ...problemResponses, ...authResponses },
});

/**
 * Saved comparison groups on the server: everyone reads them; a municipality's editors save
 * and delete its groups (the guard asks the policy first). Every write has its audit row.
 */
export function groupRoutes(deps: AuthDeps) {
  const { db } = deps;
  return new OpenAPIHono()
    .openapi(list, async (c) => {
      const { municipality } = c.req.valid('query');
      // Read fresh: a save must show at once (the answer cache would keep it up to a second).
      return c.json({ groups: await listPeerGroups(db, municipality) }, 200, {
        'Cache-Control': 'no-store',
      });
    })
    .openapi(create, async (c) => {
      const auth = authOf(c);
      const body = c.req.valid('json');
      const now = deps.now();
      const group = await audited(
        db,
        (tx) =>
          createMunicipalityPeerGroup(
            tx,
            {
              name: body.name,
              municipality: body.municipality,
              codes: body.codes,
              createdBy: auth.via === 'anonymous' ? null : auth.account.id,
            },
            now,
          ),
        (g) => ({
          at: now,
          ...auditActor(auth),
          action: 'peer-group.save',
          resourceType: 'peer-group',
          resourceId: String(g.id),
          municipality: g.municipality,
          after: g,
        }),
      );
      return c.json(group, 201, { Location: `/api/v1/groups/${group.id}` });
    })
    .openapi(remove, async (c) => {
      const auth = authOf(c);
      const id = Number(c.req.valid('param').id);
      const now = deps.now();
      await audited(
        db,
        (tx) => deletePeerGroupById(tx, id),
        (g) => ({
          at: now,
          ...auditActor(auth),
          action: 'peer-group.delete',
          resourceType: 'peer-group',
          resourceId: String(id),
          municipality: g?.municipality ?? null,
          before: g ?? null,
        }),
      );
      return c.body(null, 204);
    });
}
