import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { createHash } from 'node:crypto';
import { NotFoundError } from '../../core/index.ts';
import {
  addAttachment,
  audited,
  deleteAttachment,
  findAttachment,
  findItem,
  listPublishedItems,
} from '../../db/index.ts';
import {
  GAP_ITEMS_RANKING,
  gapItems,
  parseTalkToRequest,
  requireKeyFigure,
} from '../../engine/index.ts';
import { type AuthDeps, auditActor, authOf } from '../auth/index.ts';
import { canSeeInitiative } from '../initiatives/index.ts';
import {
  ATTACHMENT_TYPES,
  AttachmentError,
  atomFeed,
  attachmentUrl,
  canSee,
  checkAttachment,
  cleanFileName,
  presentSummary,
  renderBody,
} from '../portal/index.ts';
import { ProblemError } from '../problem.ts';
import {
  Attachment,
  GapItemsDocument,
  PreviewBody,
  PreviewDocument,
  authResponses,
} from '../schemas/index.ts';
import {
  ProblemSchema,
  keyFigureParam,
  municipalityParam,
  peersParam,
  problemResponses,
  yearParam,
} from '../schemas.ts';
import { jsonContent } from './responses.ts';

const tags = ['portal'];
const id = z.string().regex(/^[1-9]\d{0,9}$/);
const NO_STORE = { 'Cache-Control': 'private, no-store' };
const UPLOAD_TYPES = [...Object.keys(ATTACHMENT_TYPES), 'application/octet-stream'];
const binary = z.string().openapi({ type: 'string', format: 'binary' });
const problemContent = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

const preview = createRoute({
  method: 'post',
  path: '/api/v1/portal/preview',
  summary: 'Forhåndsvis en tekst i Markdown som renset HTML / preview a body',
  tags,
  request: { body: { required: true, content: { 'application/json': { schema: PreviewBody } } } },
  responses: { 200: jsonContent('Den rensede HTML', PreviewDocument), ...problemResponses },
});
const upload = createRoute({
  method: 'post',
  path: '/api/v1/portal/items/{id}/attachments',
  summary: 'Vedhæft en PDF eller et billede (højst 5 MB; typen tjekkes på indholdet)',
  tags,
  request: {
    params: z.object({ id }),
    query: z.object({ name: z.string().min(1).max(300).openapi({ example: 'rapport.pdf' }) }),
    body: {
      required: true,
      content: Object.fromEntries(
        UPLOAD_TYPES.map((t) => [
          t,
          { schema: z.any().openapi({ type: 'string', format: 'binary' }) },
        ]),
      ),
    },
  },
  responses: {
    201: jsonContent('Vedhæftet', Attachment),
    ...problemResponses,
    ...authResponses,
    413: problemContent('Filen er for stor (problem+json)'),
    415: problemContent(
      'Filtypen modtages ikke, eller den passer ikke til indholdet (problem+json)',
    ),
  },
});
const download = createRoute({
  method: 'get',
  path: '/api/v1/portal/attachments/{id}',
  summary: 'Hent en vedhæftet fil / download an attachment',
  tags,
  request: { params: z.object({ id }) },
  responses: {
    200: {
      description: 'Filen, med den type indholdet er',
      content: Object.fromEntries(
        Object.keys(ATTACHMENT_TYPES).map((t) => [t, { schema: binary }]),
      ),
    },
    ...problemResponses,
  },
});
const removeAttachment = createRoute({
  method: 'delete',
  path: '/api/v1/portal/items/{id}/attachments/{attachmentId}',
  summary: 'Slet en vedhæftet fil / delete an attachment',
  tags,
  request: { params: z.object({ id, attachmentId: id }) },
  responses: { 204: { description: 'Slettet' }, ...problemResponses, ...authResponses },
});
const feed = createRoute({
  method: 'get',
  path: '/api/v1/portal/feed.atom',
  summary: 'Atom-feed med nyt udgivet indhold / Atom feed of new items',
  tags,
  responses: {
    200: { description: 'Atom 1.0', content: { 'application/atom+xml': { schema: z.string() } } },
  },
});
const gap = createRoute({
  method: 'get',
  path: '/api/v1/portal/gap-items',
  summary: 'Hvad gjorde de andre? Indhold fra sammenlignelige kommuner, der gør det bedre',
  tags,
  request: {
    query: z.object({
      municipality: municipalityParam,
      keyFigure: keyFigureParam,
      year: yearParam,
      peers: peersParam,
    }),
  },
  responses: {
    200: jsonContent('Indhold efter lighed og dato', GapItemsDocument),
    ...problemResponses,
  },
});

/** Preview, attachments, the Atom feed and the items for a gap (issue 16). */
export function portalMoreRoutes(deps: AuthDeps) {
  const { db } = deps;
  return new OpenAPIHono()
    .openapi(preview, (c) => c.json({ bodyHtml: renderBody(c.req.valid('json').body) }, 200))
    .openapi(upload, async (c) => {
      const auth = authOf(c);
      const itemId = Number(c.req.valid('param').id);
      const item = await findItem(db, itemId);
      if (!item || !canSee(auth, item))
        throw new NotFoundError(`Der er intet indhold med id ${itemId}`);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      let name: string;
      let mime: string;
      try {
        name = cleanFileName(c.req.valid('query').name);
        ({ mime } = await checkAttachment(bytes, name, c.req.header('Content-Type')));
      } catch (e) {
        if (e instanceof AttachmentError) {
          const en = 'The file was refused (see the Danish detail); nothing was stored.';
          throw new ProblemError(e.status, `${e.message}. Intet er gemt.`, en, 'file');
        }
        throw e;
      }
      const now = deps.now();
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const added = await audited(
        db,
        (tx) =>
          addAttachment(
            tx,
            {
              itemId,
              name,
              mime,
              sha256,
              content: bytes,
              createdBy: auth.via === 'anonymous' ? null : auth.account.id,
            },
            now,
          ),
        (a) => ({
          at: now,
          ...auditActor(auth),
          action: 'portal.write',
          resourceType: 'portal-attachment',
          resourceId: String(a.id),
          municipality: item.municipality,
          after: { ...a, itemId, sha256 },
        }),
      );
      return c.json({ ...added, url: attachmentUrl(added.id) }, 201, {
        Location: attachmentUrl(added.id),
      });
    })
    .openapi(download, async (c) => {
      const attachmentId = Number(c.req.valid('param').id);
      const a = await findAttachment(db, attachmentId);
      const item = a ? await findItem(db, a.itemId) : undefined;
      if (!a || !item || !canSee(authOf(c), item))
        throw new NotFoundError(`Der er ingen vedhæftet fil med id ${attachmentId}`);
      const disposition = a.mime === 'application/pdf' ? 'attachment' : 'inline';
      return c.body(a.content as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': a.mime,
        'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(a.name)}`,
        'Content-Security-Policy': "default-src 'none'; sandbox; frame-ancestors 'none'",
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': item.status === 'published' ? 'public, max-age=3600' : 'private, no-store',
      });
    })
    .openapi(removeAttachment, async (c) => {
      const auth = authOf(c);
      const p = c.req.valid('param');
      const itemId = Number(p.id);
      const attachmentId = Number(p.attachmentId);
      const item = await findItem(db, itemId);
      const now = deps.now();
      const removed = await audited(
        db,
        async (tx) => {
          const a = await deleteAttachment(tx, itemId, attachmentId);
          if (!a)
            throw new NotFoundError(
              `Indhold ${itemId} har ingen vedhæftet fil med id ${attachmentId}`,
            );
          return a;
        },
        (a) => ({
          at: now,
          ...auditActor(auth),
          action: 'portal.write',
          resourceType: 'portal-attachment',
          resourceId: String(a.id),
          municipality: item?.municipality ?? null,
          before: { ...a, itemId },
        }),
      );
      void removed;
      return c.body(null, 204);
    })
    .openapi(feed, async (c) => {
      const items = await listPublishedItems(db, 50);
      const origin = new URL(c.req.url).origin;
      return c.body(atomFeed(items, origin, deps.now()), 200, {
        'Content-Type': 'application/atom+xml; charset=utf-8',
        'Cache-Control': 'no-store',
      });
    })
    .openapi(gap, async (c) => {
      const { code, year, peers, ...q } = parseTalkToRequest(c.req.valid('query'));
      const keyFigure = await requireKeyFigure(db, q.keyFigure);
      const auth = authOf(c);
      const loggedIn = auth.via !== 'anonymous';
      const found = await gapItems(db, { code, keyFigure, year, peers }, (i) =>
        canSeeInitiative(auth, i),
      );
      const items = found.map(({ item: i, peer, evidence }) => ({
        ...presentSummary(i, [{ text: i.summary, mark: false }]),
        peer,
        contact: loggedIn ? i.contact : null,
        contactHidden: !loggedIn && i.contact !== null,
        evidence,
      }));
      return c.json(
        { keyFigure: keyFigure.id, municipality: code, items, ranking: GAP_ITEMS_RANKING },
        200,
        NO_STORE,
      );
    });
}
