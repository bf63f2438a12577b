import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { NotFoundError } from '../../core/index.ts';
import { findUserByEmail, listAudit } from '../../db/index.ts';
import type { ServerDeps } from '../deps.ts';
import { AuditDocument, authResponses } from '../schemas/index.ts';
import { problemResponses } from '../schemas.ts';
import { jsonContent } from './responses.ts';

const route = createRoute({
  method: 'get',
  path: '/api/v1/audit',
  summary: 'Revisionsloggen (administratorer) / the audit log (admins)',
  tags: ['accounts'],
  request: {
    query: z.object({
      since: z.iso
        .datetime({ offset: true })
        .optional()
        .openapi({ example: '2026-12-01T00:00:00Z' }),
      user: z.string().trim().min(3).max(254).optional().openapi({ example: 'a@kommune.dk' }),
      limit: z.coerce.number().int().min(1).max(10_000).optional().openapi({ example: 1000 }),
    }),
  },
  responses: {
    200: jsonContent('Skrivninger, ældste først', AuditDocument),
    ...problemResponses,
    ...authResponses,
  },
});

/** The audit log for admins: who wrote what, when, before and after. */
export function auditRoutes(deps: ServerDeps) {
  return new OpenAPIHono().openapi(route, async (c) => {
    const q = c.req.valid('query');
    let userId: number | undefined;
    if (q.user !== undefined) {
      const user = await findUserByEmail(deps.db, q.user);
      if (!user) throw new NotFoundError(`Der er ingen bruger med e-mailen ${q.user}`);
      userId = user.id;
    }
    const entries = await listAudit(deps.db, {
      ...(q.since === undefined ? {} : { since: new Date(q.since) }),
      ...(userId === undefined ? {} : { userId }),
      limit: q.limit ?? 1000,
    });
    return c.json(
      {
        entries: entries.map((e) => ({
          id: e.id,
          at: e.at,
          userId: e.userId,
          userEmail: e.userEmail,
          actor: e.actor,
          action: e.action,
          resourceType: e.resourceType,
          resourceId: e.resourceId,
          municipality: e.municipality,
          before: e.before,
          after: e.after,
        })),
      },
      200,
      { 'Cache-Control': 'no-store' },
    );
  });
}
