import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../engine/index.ts';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The built web app that `serve` serves, built by `npm run build` (never at run time). */
export interface WebDist {
  /** dist/web in the package. */
  readonly root: string;
  /** Whether dist/web/index.html is there. */
  readonly built: boolean;
  /** In a development checkout: whether a file under src/web is newer than the build. */
  readonly stale: boolean;
}

export function webDist(): WebDist {
  const root = packageRoot();
  const dist = join(root, 'dist', 'web');
  const index = join(dist, 'index.html');
  const built = existsSync(index);
  const source = join(root, 'src', 'web');
  const stale = built && existsSync(source) && newestMtime(source) > statSync(index).mtimeMs;
  return { root: dist, built, stale };
}
