import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Vite from 'vite';

/** The repository's root, the web app's sources and where Vite builds them. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WEB_SOURCE = join(REPO_ROOT, 'src', 'web');
export const WEB_DIST = join(REPO_ROOT, 'dist', 'web');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether dist/web is missing or older than a file under src/web. */
export function webBuildIsStale(): boolean {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return true;
  if (!existsSync(WEB_SOURCE)) return false;
  return newestMtime(WEB_SOURCE) > statSync(index).mtimeMs;
}

/**
 * Builds the web app when its build is missing or stale (`npm ci` builds it once through the
 * `prepare` script; this covers a checkout edited since). Returns the folder to serve, or
 * null when it cannot be built (Vite absent: only the API is served).
 */
export async function ensureWebBuilt(log: (line: string) => void): Promise<string | null> {
  if (!webBuildIsStale()) return WEB_DIST;
  let vite: typeof Vite;
  try {
    vite = await import('vite');
  } catch {
    log(
      'Web-appen er ikke bygget, og Vite er ikke installeret (kør "npm ci"); kun API’et køres.\n',
    );
    return existsSync(join(WEB_DIST, 'index.html')) ? WEB_DIST : null;
  }
  log('Bygger web-appen …\n');
  // A production build even when called from a test runner (vitest sets NODE_ENV=test, which
  // would give React's development build).
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await vite.build({
      configFile: join(REPO_ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
    });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
  return WEB_DIST;
}
