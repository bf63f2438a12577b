/** @module Authentication: password hashing and policy, random tokens and their hashes. */
export {
  DUMMY_HASH,
  PASSWORD_HASH_PARAMETERS,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  checkPasswordPolicy,
  dummyVerify,
  hashPassword,
  needsRehash,
  passwordProblemMessage,
  verifyPassword,
  type PasswordProblem,
} from './password.ts';
export {
  API_TOKEN_PREFIX,
  hashToken,
  issueToken,
  looksLikeApiToken,
  newApiToken,
  randomToken,
  tokenMatches,
} from './tokens.ts';
export { COMMON_PASSWORDS } from './common-passwords.ts';
export { clientAddress, overTls } from './client-address.ts';
export type { AuthDeps } from './deps.ts';
export { CSRF_HEADER, guardRoutes } from './guard.ts';
export {
  LOGIN_ATTEMPTS_PER_MINUTE,
  createLoginThrottle,
  logIn,
  type LoginResult,
  type LoginThrottle,
} from './login.ts';
export {
  SESSION_COOKIE,
  actorFor,
  auditActor,
  authOf,
  authenticate,
  clearSessionCookie,
  csrfTokenFor,
  setSessionCookie,
  type RequestAuth,
} from './request-auth.ts';
export {
  SECRET_KEY_MIN_LENGTH,
  SECRET_KEY_VARIABLE,
  secretBox,
  type SecretBox,
} from './secret-box.ts';
export { TOTP_ISSUER, isTotpSecret, newTotpSecret, totpStep } from './totp.ts';
export { ROUTE_RULES, ruleFor, type RouteRule } from './write-routes.ts';
export { mustEditReport } from './report-rules.ts';
