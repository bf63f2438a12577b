import { z } from '@hono/zod-openapi';
import { ProblemSchema } from '../schemas.ts';
import { orNull } from './common.ts';

// Requests and answers of the account routes (issue 15): sessions, my account, groups, audit.

const o = z.strictObject;
const list = <T extends z.ZodType>(t: T) => z.array(t).readonly();
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** The refusals of a guarded route: not logged in, not allowed, too many attempts. */
export const authResponses = {
  401: problem('Ikke logget ind, forkerte oplysninger eller udløbet session (problem+json)'),
  403: problem('Ikke tilladt for din rolle eller kommune, eller forkert CSRF-nøgle (problem+json)'),
} as const;
export const rateLimitedResponse = {
  429: problem('For mange forsøg; vent så mange sekunder som Retry-After siger (problem+json)'),
} as const;
export const conflictResponse = {
  409: problem('Konflikt med det, der findes (problem+json)'),
} as const;
export const unavailableResponse = {
  503: problem('Serveren mangler en nøgle til hemmeligheder (POTENTIALE_SECRET_KEY)'),
} as const;

const email = z.string().trim().min(3).max(254).openapi({ example: 'redaktoer@kommune.dk' });
const password = z.string().min(1).max(1024);
const role = z.enum(['municipality-editor', 'national-editor', 'admin']);

export const SessionUser = o({
  id: z.number().int(),
  email: z.string(),
  role,
  municipalities: list(z.string()),
  totp: z.boolean(),
}).openapi('SessionUser');

export const SessionDocument = z
  .union([
    o({ loggedIn: z.literal(false) }),
    o({
      loggedIn: z.literal(true),
      csrfToken: z.string(),
      expiresAt: z.string(),
      user: SessionUser,
    }),
  ])
  .openapi('SessionDocument');

export const LoginBody = z
  .object({
    email,
    password,
    totp: z.string().trim().max(10).optional().openapi({ example: '123456' }),
  })
  .openapi('LoginBody');

export const PasswordChangeBody = z
  .object({ current: password, password })
  .openapi('PasswordChangeBody');
export const TotpSetup = o({ secret: z.string(), uri: z.string() }).openapi('TotpSetup');
export const TotpConfirmBody = z
  .object({ secret: z.string().min(16).max(128), code: z.string().trim().max(10) })
  .openapi('TotpConfirmBody');
export const TotpCodeBody = z.object({ code: z.string().trim().max(10) }).openapi('TotpCodeBody');

export const AccountSession = o({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  current: z.boolean(),
}).openapi('AccountSession');
export const AccountSessionsDocument = o({ sessions: list(AccountSession) }).openapi(
  'AccountSessionsDocument',
);

export const ApiTokenInfo = o({
  id: z.number().int(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: orNull(z.string()),
  lastUsedAt: orNull(z.string()),
  revokedAt: orNull(z.string()),
}).openapi('ApiTokenInfo');
export const ApiTokensDocument = o({ tokens: list(ApiTokenInfo) }).openapi('ApiTokensDocument');
export const NewTokenBody = z
  .object({
    name: z.string().trim().min(1).max(100).openapi({ example: 'budgetscript' }),
    expiresInDays: z.number().int().min(1).max(3650).optional().openapi({ example: 90 }),
  })
  .openapi('NewTokenBody');
export const NewToken = o({
  token: z.string(),
  id: z.number().int(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: orNull(z.string()),
}).openapi('NewToken');

export const OneTimeBody = z
  .object({ token: z.string().trim().min(1).max(200), password })
  .openapi('OneTimeBody');
export const AcceptedInvitation = o({ email: z.string() }).openapi('AcceptedInvitation');

export const MunicipalityPeerGroup = o({
  id: z.number().int(),
  name: z.string(),
  municipality: orNull(z.string()),
  codes: list(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
}).openapi('MunicipalityPeerGroup');
export const GroupsDocument = o({ groups: list(MunicipalityPeerGroup) }).openapi('GroupsDocument');
export const NewGroupBody = z
  .object({
    name: z.string().trim().min(1).max(100).openapi({ example: 'Nabokommuner' }),
    municipality: z
      .string()
      .regex(/^[1-9]\d{2}$/)
      .openapi({ example: '766' }),
    codes: z
      .array(z.string().regex(/^[1-9]\d{2}$/))
      .min(1)
      .max(98)
      .refine((codes) => new Set(codes).size === codes.length, 'en kode står to gange')
      .openapi({ example: ['615', '706'] }),
  })
  .openapi('NewGroupBody');

export const AuditEntryDocument = o({
  id: z.number().int(),
  at: z.string(),
  userId: orNull(z.number().int()),
  userEmail: orNull(z.string()),
  actor: z.string(),
  action: z.string(),
  resourceType: z.string(),
  resourceId: orNull(z.string()),
  municipality: orNull(z.string()),
  before: z.unknown(),
  after: z.unknown(),
}).openapi('AuditEntry');
export const AuditDocument = o({ entries: list(AuditEntryDocument) }).openapi('AuditDocument');
