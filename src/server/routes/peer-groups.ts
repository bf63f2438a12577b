import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { listPeerGroups } from '../../db/index.ts';
import type { ServerDeps } from '../deps.ts';
import { PeerGroupsDocument } from '../schemas/index.ts';
import { jsonContent } from './responses.ts';

const peerGroups = createRoute({
  method: 'get',
  path: '/api/v1/peer-groups',
  summary: 'Gemte sammenligningsgrupper / saved peer groups',
  tags: ['reference'],
  responses: {
    200: jsonContent(
      'Navngivne lister af kommunekoder, brugt med peers=saved:<navn>',
      PeerGroupsDocument,
    ),
  },
});

/** The saved peer groups. */
export function peerGroupRoutes(deps: ServerDeps) {
  return new OpenAPIHono().openapi(peerGroups, async (c) =>
    c.json({ groups: await listPeerGroups(deps.db) }, 200),
  );
}
