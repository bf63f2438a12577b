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
