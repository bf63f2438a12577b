import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { appendAudit, deleteSession, deleteUserSessions, type Account } from '../../db/index.ts';
import { ProblemError } from '../problem.ts';
import {
  LoginBody,
  SessionDocument,
  authResponses,
  rateLimitedResponse,
} from '../schemas/index.ts';
import { problemResponses } from '../schemas.ts';
import { jsonContent } from './responses.ts';
import {
  type AuthDeps,
  clientAddress,
  logIn,
  auditActor,
  authOf,
  clearSessionCookie,
  csrfTokenFor,
  setSessionCookie,
} from '../auth/index.ts';

const NO_STORE = { 'Cache-Control': 'no-store' } as const;

const getSession = createRoute({
  method: 'get',
  path: '/api/v1/session',
  summary: 'Hvem er logget ind / who is logged in',
  tags: ['accounts'],
  responses: {
    200: jsonContent(
      'loggedIn false, eller brugeren, sessionens udløb og CSRF-nøglen til X-CSRF-Token',
      SessionDocument,
    ),
  },
});

const postSession = createRoute({
  method: 'post',
  path: '/api/v1/session',
  summary: 'Log ind / log in',
  tags: ['accounts'],
  request: { body: { required: true, content: { 'application/json': { schema: LoginBody } } } },
  responses: {
    200: jsonContent('Logget ind; cookien potentiale_session er sat', SessionDocument),
    ...problemResponses,
    ...authResponses,
    ...rateLimitedResponse,
  },
});

const deleteSessionRoute = createRoute({
  method: 'delete',
  path: '/api/v1/session',
  summary: 'Log ud (her eller alle steder) / log out (here or everywhere)',
  tags: ['accounts'],
  request: {
    query: z.object({
      everywhere: z
        .enum(['true', 'false'])
        .optional()
        .openapi({ description: 'true: afslut alle brugerens sessioner / end every session' }),
    }),
  },
  responses: { 204: { description: 'Logget ud' }, ...problemResponses, ...authResponses },
});

/** The session document for a logged-in account. */
export function sessionDocument(account: Account, csrfToken: string, expiresAt: string) {
  return {
    loggedIn: true as const,
    csrfToken,
    expiresAt,
    user: {
      id: account.id,
      email: account.email,
      role: account.role,
      municipalities: account.municipalities,
      totp: account.totpEnabled,
    },
  };
}

const WRONG = ['Forkert e-mail eller adgangskode.', 'Wrong email or password.'] as const;

/** Log in, who am I, log out (here or everywhere). */
export function sessionRoutes(deps: AuthDeps) {
  return new OpenAPIHono()
    .openapi(getSession, (c) => {
      const auth = authOf(c);
      if (auth.via !== 'session') return c.json({ loggedIn: false as const }, 200, NO_STORE);
      return c.json(
        sessionDocument(auth.account, csrfTokenFor(auth.sessionToken), auth.session.expiresAt),
        200,
        NO_STORE,
      );
    })
    .openapi(postSession, async (c) => {
      const body = c.req.valid('json');
      const result = await logIn(deps.db, body, {
        now: deps.now(),
        client: clientAddress(c, deps.trustProxy),
        throttle: deps.throttle,
        box: deps.box,
      });
      if (!result.ok) refuse(result);
      // A login replaces the session the browser had.
      const previous = authOf(c);
      if (previous.via === 'session') await deleteSession(deps.db, previous.session.tokenHash);
      setSessionCookie(c, result.sessionToken, new Date(result.session.expiresAt), deps);
      return c.json(
        sessionDocument(result.account, result.csrfToken, result.session.expiresAt),
        200,
        NO_STORE,
      );
    })
    .openapi(deleteSessionRoute, async (c) => {
      const auth = authOf(c);
      const everywhere = c.req.valid('query').everywhere === 'true';
      if (auth.via === 'token')
        throw new ProblemError(
          400,
          'En API-nøgle er ikke en session; tilbagekald den i stedet (DELETE /api/v1/account/tokens/{id}).',
          'An API token is not a session; revoke it instead (DELETE /api/v1/account/tokens/{id}).',
          'Authorization',
        );
      if (auth.via === 'session') {
        const now = deps.now();
        await deps.db.transaction(async (tx) => {
          const ended = everywhere
            ? await deleteUserSessions(tx, auth.account.id)
            : Number(await deleteSession(tx, auth.session.tokenHash));
          await appendAudit(tx, {
            at: now,
            ...auditActor(auth),
            action: everywhere ? 'session.delete-all' : 'session.delete',
            resourceType: 'session',
            resourceId: everywhere ? null : auth.session.tokenHash.slice(0, 16),
            before: { sessions: ended },
          });
        });
      }
      clearSessionCookie(c, deps);
      return c.body(null, 204, NO_STORE);
    });
}

function refuse(result: Exclude<Awaited<ReturnType<typeof logIn>>, { ok: true }>): never {
  switch (result.why) {
    case 'throttled':
      throw new ProblemError(
        429,
        `For mange loginforsøg. Prøv igen om ${result.retryAfterSeconds} sekunder.`,
        `Too many login attempts. Try again in ${result.retryAfterSeconds} seconds.`,
        undefined,
        { 'Retry-After': String(result.retryAfterSeconds), ...NO_STORE },
      );
    case 'totp-needed':
      throw new ProblemError(
        401,
        'Indtast koden fra din godkendelsesapp.',
        'Enter the code from your authenticator app.',
        'totp',
        NO_STORE,
      );
    case 'totp-wrong':
      throw new ProblemError(
        401,
        'Koden fra godkendelsesappen er forkert eller for gammel.',
        'The authenticator code is wrong or too old.',
        'totp',
        NO_STORE,
      );
    case 'credentials':
      throw new ProblemError(401, WRONG[0], WRONG[1], undefined, NO_STORE);
  }
}
