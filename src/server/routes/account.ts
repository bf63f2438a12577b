import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { InvalidInputError } from '../../core/index.ts';
import {
  audited,
  claimTotpStep,
  createApiToken,
  deleteUserSessions,
  findUserCredentials,
  listApiTokens,
  listUserSessions,
  revokeApiToken,
  setPasswordHash,
  setTotpSecret,
  type Account,
  type Queryable,
  type StoredApiToken,
} from '../../db/index.ts';
import { ProblemError } from '../problem.ts';
import {
  AccountSessionsDocument,
  ApiTokensDocument,
  NewToken,
  NewTokenBody,
  PasswordChangeBody,
  TotpCodeBody,
  TotpConfirmBody,
  TotpSetup,
  authResponses,
  unavailableResponse,
} from '../schemas/index.ts';
import { problemResponses } from '../schemas.ts';
import { jsonContent } from './responses.ts';
import {
  type AuthDeps,
  checkPasswordPolicy,
  hashPassword,
  passwordProblemMessage,
  verifyPassword,
  auditActor,
  authOf,
  type RequestAuth,
  issueToken,
  isTotpSecret,
  newTotpSecret,
  totpStep,
} from '../auth/index.ts';

const NO_STORE = { 'Cache-Control': 'no-store' } as const;
const tags = ['accounts'];
const guarded = { ...problemResponses, ...authResponses };
const json = <S extends z.ZodType>(schema: S) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
const done = { 204: { description: 'Udført' } };

const sessions = createRoute({
  method: 'get',
  path: '/api/v1/account/sessions',
  summary: 'Mine sessioner / my sessions',
  tags,
  responses: { 200: jsonContent('De levende sessioner', AccountSessionsDocument), ...guarded },
});
const password = createRoute({
  method: 'put',
  path: '/api/v1/account/password',
  summary: 'Skift adgangskode / change password',
  tags,
  request: json(PasswordChangeBody),
  responses: { ...done, ...guarded },
});
const totpStart = createRoute({
  method: 'post',
  path: '/api/v1/account/totp',
  summary: 'Ny TOTP-hemmelighed (gemmes først ved bekræftelse) / a new TOTP secret',
  tags,
  responses: {
    200: jsonContent('Hemmelighed og otpauth-URI', TotpSetup),
    ...guarded,
    ...unavailableResponse,
  },
});
const totpConfirm = createRoute({
  method: 'put',
  path: '/api/v1/account/totp',
  summary: 'Slå TOTP til med en kode / turn TOTP on with a code',
  tags,
  request: json(TotpConfirmBody),
  responses: { ...done, ...guarded, ...unavailableResponse },
});
const totpOff = createRoute({
  method: 'delete',
  path: '/api/v1/account/totp',
  summary: 'Slå TOTP fra med en kode / turn TOTP off with a code',
  tags,
  request: json(TotpCodeBody),
  responses: { ...done, ...guarded, ...unavailableResponse },
});
const tokens = createRoute({
  method: 'get',
  path: '/api/v1/account/tokens',
  summary: 'Mine API-nøgler / my API tokens',
  tags,
  responses: { 200: jsonContent('Nøglerne (aldrig selve nøglen)', ApiTokensDocument), ...guarded },
});
const tokenCreate = createRoute({
  method: 'post',
  path: '/api/v1/account/tokens',
  summary: 'Ny API-nøgle (vises én gang) / a new API token (shown once)',
  tags,
  request: json(NewTokenBody),
  responses: { 201: jsonContent('Nøglen; kun dens hash gemmes', NewToken), ...guarded },
});
const tokenRevoke = createRoute({
  method: 'delete',
  path: '/api/v1/account/tokens/{id}',
  summary: 'Tilbagekald en API-nøgle / revoke an API token',
  tags,
  request: { params: z.object({ id: z.string().regex(/^[1-9]\d{0,9}$/) }) },
  responses: { ...done, ...guarded },
});

/** The account of a request the guard let through (it is logged in). */
function accountOf(c: Context): { auth: RequestAuth; account: Account } {
  const auth = authOf(c);
  if (auth.via === 'anonymous') throw new Error('account route reached without a login');
  return { auth, account: auth.account };
}

const tokenInfo = (t: StoredApiToken) => ({
  id: t.id,
  name: t.name,
  createdAt: t.createdAt,
  expiresAt: t.expiresAt,
  lastUsedAt: t.lastUsedAt,
  revokedAt: t.revokedAt,
});

/** My account: sessions, password, TOTP, API tokens (every logged-in role, for itself). */
export function accountRoutes(deps: AuthDeps) {
  const { db } = deps;
  const entry = (
    auth: RequestAuth,
    action: string,
    rest: { resourceId?: string; before?: unknown; after?: unknown },
  ) => ({
    at: deps.now(),
    ...auditActor(auth),
    action,
    resourceType: 'user',
    resourceId: String(auth.via === 'anonymous' ? '' : auth.account.id),
    ...rest,
  });
  const noKey = (): never => {
    throw new ProblemError(
      503,
      'TOTP kan ikke bruges: serveren mangler POTENTIALE_SECRET_KEY (se README, "Konti").',
      'TOTP is not available: the server has no POTENTIALE_SECRET_KEY (see the README).',
      undefined,
      NO_STORE,
    );
  };
  const checkCode = async (tx: Queryable, account: Account, code: string): Promise<boolean> => {
    const creds = await findUserCredentials(tx, account.email);
    const sealed = creds?.totpSecret ?? null;
    const secret = sealed === null ? undefined : deps.box?.open(sealed);
    const step = secret === undefined ? undefined : totpStep(secret, code, deps.now());
    return step !== undefined && claimTotpStep(tx, account.id, step);
  };
  return new OpenAPIHono()
    .openapi(sessions, async (c) => {
      const { auth, account } = accountOf(c);
      const current = auth.via === 'session' ? auth.session.tokenHash : '';
      const list = await listUserSessions(db, account.id, deps.now());
      return c.json(
        {
          sessions: list.map((s) => ({
            id: s.tokenHash.slice(0, 16),
            createdAt: s.createdAt,
            lastSeenAt: s.lastSeenAt,
            expiresAt: s.expiresAt,
            current: s.tokenHash === current,
          })),
        },
        200,
        NO_STORE,
      );
    })
    .openapi(password, async (c) => {
      const { auth, account } = accountOf(c);
      const body = c.req.valid('json');
      const creds = await findUserCredentials(db, account.email);
      const stored = creds?.passwordHash ?? null;
      const ok = stored === null ? false : (await verifyPassword(stored, body.current)).ok;
      if (!ok)
        throw new ProblemError(
          401,
          'Den nuværende adgangskode er forkert.',
          'The current password is wrong.',
          'current',
          NO_STORE,
        );
      const weak = checkPasswordPolicy(body.password);
      if (weak !== undefined) throw new InvalidInputError(passwordProblemMessage(weak), 'password');
      const hash = await hashPassword(body.password);
      await audited(
        db,
        async (tx) => {
          await setPasswordHash(tx, account.id, hash, deps.now());
          // Every other login ends; this one stays.
          if (auth.via === 'session') {
            await tx.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2', [
              account.id,
              auth.session.tokenHash,
            ]);
          } else await deleteUserSessions(tx, account.id);
        },
        () => entry(auth, 'user.password-change', {}),
      );
      return c.body(null, 204, NO_STORE);
    })
    .openapi(totpStart, (c) => {
      const { account } = accountOf(c);
      if (!deps.box) return noKey();
      return c.json(newTotpSecret(account.email), 200, NO_STORE);
    })
    .openapi(totpConfirm, async (c) => {
      const { auth, account } = accountOf(c);
      const box = deps.box;
      if (!box) return noKey();
      const { secret, code } = c.req.valid('json');
      if (!isTotpSecret(secret))
        throw new InvalidInputError('Hemmeligheden er ikke en TOTP-hemmelighed (base32)', 'secret');
      const step = totpStep(secret, code, deps.now());
      if (step === undefined)
        throw new InvalidInputError(
          'Koden passer ikke til hemmeligheden. Tjek urets tid på telefonen, og prøv den næste kode.',
          'code',
        );
      await audited(
        db,
        async (tx) => {
          await setTotpSecret(tx, account.id, box.seal(secret), deps.now());
          // The confirming code is spent: it cannot also log in.
          await claimTotpStep(tx, account.id, step);
        },
        () =>
          entry(auth, 'user.totp-enable', {
            before: { totp: account.totpEnabled },
            after: { totp: true },
          }),
      );
      return c.body(null, 204, NO_STORE);
    })
    .openapi(totpOff, async (c) => {
      const { auth, account } = accountOf(c);
      if (!deps.box) return noKey();
      const { code } = c.req.valid('json');
      if (!account.totpEnabled) return c.body(null, 204, NO_STORE);
      if (!(await checkCode(db, account, code)))
        throw new InvalidInputError('Koden fra godkendelsesappen er forkert', 'code');
      await audited(
        db,
        (tx) => setTotpSecret(tx, account.id, null, deps.now()),
        () => entry(auth, 'user.totp-disable', { before: { totp: true }, after: { totp: false } }),
      );
      return c.body(null, 204, NO_STORE);
    })
    .openapi(tokens, async (c) => {
      const { account } = accountOf(c);
      const list = await listApiTokens(db, { userId: account.id });
      return c.json({ tokens: list.map(tokenInfo) }, 200, NO_STORE);
    })
    .openapi(tokenCreate, async (c) => {
      const { auth, account } = accountOf(c);
      const body = c.req.valid('json');
      const now = deps.now();
      const { token, hash } = issueToken('api');
      const expiresAt =
        body.expiresInDays === undefined
          ? null
          : new Date(now.getTime() + body.expiresInDays * 86_400_000);
      const made = await audited(
        db,
        (tx) =>
          createApiToken(
            tx,
            { userId: account.id, name: body.name, tokenHash: hash, expiresAt },
            now,
          ),
        (t) => ({
          ...entry(auth, 'token.create', {
            after: { id: t.id, name: t.name, expiresAt: t.expiresAt },
          }),
          resourceType: 'api-token',
          resourceId: String(t.id),
        }),
      );
      return c.json(
        {
          token,
          id: made.id,
          name: made.name,
          createdAt: made.createdAt,
          expiresAt: made.expiresAt,
        },
        201,
        NO_STORE,
      );
    })
    .openapi(tokenRevoke, async (c) => {
      const { auth } = accountOf(c);
      const id = Number(c.req.valid('param').id);
      await audited(
        db,
        (tx) => revokeApiToken(tx, id, deps.now()),
        (t) => ({
          ...entry(auth, 'token.revoke', { after: { revokedAt: t?.revokedAt ?? null } }),
          resourceType: 'api-token',
          resourceId: String(id),
        }),
      );
      return c.body(null, 204, NO_STORE);
    });
}
