import type { Context } from 'hono';
import {
  NotFoundError,
  decide,
  defaultOwner,
  type Action,
  type Resource,
} from '../../core/index.ts';
import {
  findApiToken,
  findBarrier,
  findInitiative,
  findItem,
  findPeerGroupById,
  type Queryable,
} from '../../db/index.ts';
import { municipalitiesInWorkbook } from '../initiatives/index.ts';
import { authOf } from './request-auth.ts';
import { idParam, type GuardedRequest } from './route-params.ts';
import { REPORT_RULES } from './report-rules.ts';
import { steeringRules } from './steering-rules.ts';

/** What the guard needs to read a resource: the database. */
export interface ResourceDeps {
  readonly db: Queryable;
}

export type { GuardedRequest };

/**
 * How a route is guarded (decision 0011 §5):
 * - `action`: the policy decides (core `decide`) on the action and the resource the request
 *   names, read by `resource` (from the body or the database; a missing one is 404); a
 *   request that names several (an import's rows) is allowed only if each one is;
 * - `public`: anyone may send it; it authenticates or ends a login itself (log in, log out, a
 *   password reset or an invitation, which carry their own one-time token);
 * - `computation`: a POST that computes and writes nothing (DEA on the caller's own numbers).
 */
export type RouteRule =
  | {
      readonly kind: 'action';
      readonly action: Action;
      readonly resource: (
        request: GuardedRequest,
        deps: ResourceDeps,
      ) => Promise<Resource | readonly Resource[]>;
    }
  | { readonly kind: 'public'; readonly why: string }
  | { readonly kind: 'computation'; readonly why: string };

const fixed = (resource: Resource) => (): Promise<Resource> => Promise.resolve(resource);

/** A JSON body's fields, or none when it is not a JSON object (the route then answers 400). */
async function bodyFields(c: Context): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await c.req.json();
    return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The municipality a JSON body names (its `municipality` field), when it names one. */
async function bodyMunicipality(c: Context): Promise<string | undefined> {
  const m = (await bodyFields(c)).municipality;
  return typeof m === 'string' ? m : undefined;
}

const portalItem = (municipality: string | null): Resource =>
  municipality === null ? { type: 'portal-item' } : { type: 'portal-item', municipality };

const initiativeOf = (municipality: string | undefined): Resource =>
  municipality === undefined ? { type: 'initiative' } : { type: 'initiative', municipality };

/** The reporting municipality of the barrier a path names (404 when there is none). */
async function barrierOwner(request: GuardedRequest, db: Queryable): Promise<Resource> {
  const id = idParam(request, 'id');
  const barrier = await findBarrier(db, id);
  if (!barrier) throw new NotFoundError(`Der er ingen regelbarriere med id ${id}`);
  return { type: 'barrier', municipality: barrier.municipality };
}

/** The owner of the portal item a path names (404 when there is none). */
async function itemOwner(request: GuardedRequest, db: Queryable): Promise<Resource> {
  const id = idParam(request, 'id');
  const item = await findItem(db, id);
  if (!item) throw new NotFoundError(`Der er intet indhold med id ${id} i videnportalen`);
  return portalItem(item.municipality);
}

/**
 * Every route that writes, and every read that is not public, by `METHOD path` (Hono's path).
 * The guard refuses a state-changing request to a route missing here (500, fail closed), and
 * the authorisation matrix test (test/server/authorisation-matrix.test.ts) fails for it.
 */
export const ROUTE_RULES: Readonly<Record<string, RouteRule>> = {
  'POST /api/v1/session': { kind: 'public', why: 'log ind: beviser selv, hvem man er' },
  'DELETE /api/v1/session': {
    kind: 'public',
    why: 'log ud: afslutter kun afsenderens egen session',
  },
  'POST /api/v1/password-reset': { kind: 'public', why: 'bærer sin egen engangsnøgle' },
  'POST /api/v1/invitations/accept': { kind: 'public', why: 'bærer sin egen engangsnøgle' },
  'POST /api/v1/dea': { kind: 'computation', why: 'beregner på de sendte tal; skriver intet' },
  'POST /api/v1/dea/upload': {
    kind: 'computation',
    why: 'beregner på den sendte fil; skriver intet',
  },
  'GET /api/v1/account/sessions': {
    kind: 'action',
    action: 'account.manage-own',
    resource: fixed({ type: 'session' }),
  },
  'PUT /api/v1/account/password': {
    kind: 'action',
    action: 'account.manage-own',
    resource: fixed({ type: 'password' }),
  },
  'POST /api/v1/account/totp': {
    kind: 'action',
    action: 'account.manage-own',
    resource: fixed({ type: 'totp' }),
  },
  'PUT /api/v1/account/totp': {
    kind: 'action',
    action: 'account.manage-own',
    resource: fixed({ type: 'totp' }),
  },
  'DELETE /api/v1/account/totp': {
    kind: 'action',
    action: 'account.manage-own',
    resource: fixed({ type: 'totp' }),
  },
  'GET /api/v1/account/tokens': {
    kind: 'action',
    action: 'token.manage-own',
    resource: fixed({ type: 'api-token' }),
  },
  'POST /api/v1/account/tokens': {
    kind: 'action',
    action: 'token.manage-own',
    resource: fixed({ type: 'api-token' }),
  },
  'DELETE /api/v1/account/tokens/:id': {
    kind: 'action',
    action: 'token.manage-own',
    resource: async (request, { db }) => {
      const id = idParam(request, 'id');
      const token = await findApiToken(db, id);
      if (!token) throw new NotFoundError(`Der er ingen API-nøgle med id ${id}`);
      return { type: 'api-token', owner: String(token.userId) };
    },
  },
  'POST /api/v1/groups': {
    kind: 'action',
    action: 'peer-group.save',
    resource: async ({ c }) => {
      const municipality = await bodyMunicipality(c);
      return municipality === undefined
        ? { type: 'peer-group' }
        : { type: 'peer-group', municipality };
    },
  },
  'DELETE /api/v1/groups/:id': {
    kind: 'action',
    action: 'peer-group.delete',
    resource: async (request, { db }) => {
      const id = idParam(request, 'id');
      const group = await findPeerGroupById(db, id);
      if (!group) throw new NotFoundError(`Der er ingen gemt gruppe med id ${id}`);
      return group.municipality === null
        ? { type: 'peer-group' }
        : { type: 'peer-group', municipality: group.municipality };
    },
  },
  'POST /api/v1/portal/preview': {
    kind: 'computation',
    why: 'viser den sendte tekst som renset HTML; skriver intet',
  },
  'POST /api/v1/portal/items': {
    kind: 'action',
    action: 'portal.write',
    // The owner the route will store: the one asked for, else the editor's own (defaultOwner).
    resource: async ({ c }) => {
      const body = await bodyFields(c);
      const asked = body.municipality;
      const list = Array.isArray(body.municipalities)
        ? body.municipalities.filter((m): m is string => typeof m === 'string')
        : [];
      return portalItem(
        defaultOwner(
          typeof asked === 'string' || asked === null ? asked : undefined,
          list,
          authOf(c).actor,
        ),
      );
    },
  },
  'PATCH /api/v1/portal/items/:id': {
    kind: 'action',
    action: 'portal.write',
    // The item's owner; an edit that hands the item to another owner needs the right there too.
    resource: async (request, { db }) => {
      const current = await itemOwner(request, db);
      const asked = (await bodyFields(request.c)).municipality;
      if (typeof asked !== 'string' && asked !== null) return current;
      const next = portalItem(asked);
      return decide(authOf(request.c).actor, 'portal.write', next).allow ? current : next;
    },
  },
  'POST /api/v1/portal/items/:id/attachments': {
    kind: 'action',
    action: 'portal.write',
    resource: (request, { db }) => itemOwner(request, db),
  },
  'DELETE /api/v1/portal/items/:id/attachments/:attachmentId': {
    kind: 'action',
    action: 'portal.write',
    resource: (request, { db }) => itemOwner(request, db),
  },
  'POST /api/v1/initiatives': {
    kind: 'action',
    action: 'initiative.write',
    resource: async ({ c }) => initiativeOf(await bodyMunicipality(c)),
  },
  'PATCH /api/v1/initiatives/:id': {
    kind: 'action',
    action: 'initiative.write',
    // The initiative's municipality; moving it to another needs the right there too.
    resource: async (request, { db }) => {
      const id = idParam(request, 'id');
      const initiative = await findInitiative(db, id);
      if (!initiative) throw new NotFoundError(`Der er intet initiativ med id ${id}`);
      const current = initiativeOf(initiative.municipality);
      const asked = await bodyMunicipality(request.c);
      if (asked === undefined) return current;
      const next = initiativeOf(asked);
      return decide(authOf(request.c).actor, 'initiative.write', current).allow ? next : current;
    },
  },
  'POST /api/v1/initiatives/import': {
    kind: 'action',
    action: 'initiative.write',
    // Every row's municipality: the import is allowed only if each one is. The workbook is
    // read only for an editor (anyone else is refused on the role alone); a file that names
    // no municipality is checked on the editor's own and then refused by the route with its
    // faults (400).
    resource: async ({ c }) => {
      const actor = authOf(c).actor;
      if (actor.kind !== 'user' || actor.role !== 'municipality-editor')
        return { type: 'initiative' };
      const codes = await municipalitiesInWorkbook(new Uint8Array(await c.req.arrayBuffer()));
      const named = codes.length > 0 ? codes : actor.municipalities.slice(0, 1);
      return named.length > 0
        ? named.map((municipality) => ({ type: 'initiative', municipality }))
        : { type: 'initiative' };
    },
  },
  'POST /api/v1/barriers': {
    kind: 'action',
    action: 'barrier.report',
    resource: async ({ c }) => {
      const m = await bodyMunicipality(c);
      return m === undefined ? { type: 'barrier' } : { type: 'barrier', municipality: m };
    },
  },
  'PATCH /api/v1/barriers/:id': {
    kind: 'action',
    action: 'barrier.report',
    // The reporter; handing the barrier to another municipality needs the right there too.
    resource: async (request, { db }) => {
      const current = await barrierOwner(request, db);
      const asked = await bodyMunicipality(request.c);
      if (asked === undefined) return current;
      return [current, { type: 'barrier', municipality: asked }];
    },
  },
  'POST /api/v1/barriers/:id/seconds': {
    kind: 'action',
    action: 'barrier.second',
    // The seconding municipality the body names (the barrier must exist: 404 first).
    resource: async (request, { db }) => {
      await barrierOwner(request, db);
      const m = await bodyMunicipality(request.c);
      return m === undefined
        ? { type: 'barrier-second' }
        : { type: 'barrier-second', municipality: m };
    },
  },
  'POST /api/v1/barriers/:id/answer': {
    kind: 'action',
    action: 'barrier.answer',
    resource: (request, { db }) => barrierOwner(request, db),
  },
  'POST /api/v1/barriers/:id/merge': {
    kind: 'action',
    action: 'barrier.merge',
    resource: (request, { db }) => barrierOwner(request, db),
  },
  'PUT /api/v1/budget-deviations/:code/:year/:area/explanation': {
    kind: 'action',
    action: 'budget.explain',
    resource: ({ params }) =>
      Promise.resolve({ type: 'budget-explanation', municipality: params['code'] ?? '' }),
  },
  'GET /api/v1/audit': {
    kind: 'action',
    action: 'audit.read',
    resource: fixed({ type: 'audit-log' }),
  },
  ...steeringRules(({ c }) => bodyMunicipality(c)),
  ...REPORT_RULES,
};

/** The rule of a route, by method and Hono path. */
export function ruleFor(method: string, path: string): RouteRule | undefined {
  return ROUTE_RULES[`${method} ${path}`];
}
