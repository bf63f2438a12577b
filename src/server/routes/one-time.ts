import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { InvalidInputError, PotentialeError } from '../../core/index.ts';
import { acceptInvitation, appendAudit, completePasswordReset } from '../../db/index.ts';
import { ProblemError } from '../problem.ts';
import {
  AcceptedInvitation,
  OneTimeBody,
  rateLimitedResponse,
  conflictResponse,
} from '../schemas/index.ts';
import { problemResponses } from '../schemas.ts';
import { jsonContent } from './responses.ts';
import {
  clientAddress,
  type AuthDeps,
  checkPasswordPolicy,
  hashPassword,
  passwordProblemMessage,
  hashToken,
} from '../auth/index.ts';

const NO_STORE = { 'Cache-Control': 'no-store' } as const;
const body = { body: { required: true, content: { 'application/json': { schema: OneTimeBody } } } };

const reset = createRoute({
  method: 'post',
  path: '/api/v1/password-reset',
  summary: 'Vælg adgangskode med en engangsnøgle / set a password with a one-time token',
  tags: ['accounts'],
  request: body,
  responses: {
    204: { description: 'Adgangskoden er skiftet; alle sessioner er afsluttet' },
    ...problemResponses,
    ...rateLimitedResponse,
  },
});
const accept = createRoute({
  method: 'post',
  path: '/api/v1/invitations/accept',
  summary: 'Tag imod en invitation / accept an invitation',
  tags: ['accounts'],
  request: body,
  responses: {
    201: jsonContent('Brugeren er oprettet', AcceptedInvitation),
    ...problemResponses,
    ...conflictResponse,
    ...rateLimitedResponse,
  },
});

const USED =
  'Engangsnøglen er ukendt, udløbet eller allerede brugt. Bed en administrator om en ny.';

/**
 * The two writes made with a one-time token from the CLI (or a mail): a password reset, and
 * accepting an invitation. Throttled per address like logins, since the token is the secret.
 */
export function oneTimeRoutes(deps: AuthDeps) {
  const { db } = deps;
  const throttled = (c: Context): void => {
    const rate = deps.throttle.addresses.take(clientAddress(c, deps.trustProxy));
    if (rate.ok) return;
    throw new ProblemError(
      429,
      `For mange forsøg. Prøv igen om ${rate.retryAfterSeconds} sekunder.`,
      `Too many attempts. Try again in ${rate.retryAfterSeconds} seconds.`,
      undefined,
      { 'Retry-After': String(rate.retryAfterSeconds) },
    );
  };
  const strongHash = async (password: string): Promise<string> => {
    const weak = checkPasswordPolicy(password);
    if (weak !== undefined) throw new InvalidInputError(passwordProblemMessage(weak), 'password');
    return hashPassword(password);
  };
  return new OpenAPIHono()
    .openapi(reset, async (c) => {
      throttled(c);
      const input = c.req.valid('json');
      const hash = await strongHash(input.password);
      const now = deps.now();
      const account = await db.transaction(async (tx) => {
        const done = await completePasswordReset(tx, hashToken(input.token), hash, now);
        if (done)
          await appendAudit(tx, {
            at: now,
            userId: done.id,
            actor: done.email,
            action: 'user.password-reset',
            resourceType: 'user',
            resourceId: String(done.id),
          });
        return done;
      });
      if (!account) throw new InvalidInputError(USED, 'token');
      return c.body(null, 204, NO_STORE);
    })
    .openapi(accept, async (c) => {
      throttled(c);
      const input = c.req.valid('json');
      const hash = await strongHash(input.password);
      const now = deps.now();
      let account;
      try {
        account = await db.transaction(async (tx) => {
          const made = await acceptInvitation(tx, hashToken(input.token), hash, now);
          if (made)
            await appendAudit(tx, {
              at: now,
              userId: made.id,
              actor: made.email,
              action: 'user.invitation-accept',
              resourceType: 'user',
              resourceId: String(made.id),
              after: { email: made.email, role: made.role, municipalities: made.municipalities },
            });
          return made;
        });
      } catch (error) {
        if (error instanceof PotentialeError) throw error;
        // The email got an account after the invitation was sent (unique index): nothing kept.
        if (
          typeof error === 'object' &&
          error !== null &&
          'code' in error &&
          error.code === '23505'
        )
          throw new PotentialeError(
            'conflict',
            'Der findes allerede en bruger med invitationens e-mail. Log ind, eller bed om en nulstilling af adgangskoden.',
          );
        throw error;
      }
      if (!account) throw new InvalidInputError(USED, 'token');
      return c.json({ email: account.email }, 201, NO_STORE);
    });
}
