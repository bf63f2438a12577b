import type { ServerDeps } from '../deps.ts';
import type { LoginThrottle } from './login.ts';
import type { SecretBox } from './secret-box.ts';

/** What the account routes need besides the database and the clock. */
export interface AuthDeps extends ServerDeps {
  /** Seals TOTP secrets; undefined when the server has no POTENTIALE_SECRET_KEY. */
  readonly box: SecretBox | undefined;
  readonly throttle: LoginThrottle;
  /** Whether X-Forwarded-Proto and X-Forwarded-For from the proxy in front are believed. */
  readonly trustProxy: boolean;
}
