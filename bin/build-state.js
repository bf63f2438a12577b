// Whether the build in dist/ is older than the sources next to it. Only a development checkout
// has src/; an installed package has only the build, which is then always the one to run.
// Plain JavaScript: bin/potentiale.js asks this before anything is compiled or loaded.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { URL, fileURLToPath } from 'node:url';

/** The package's root folder (the one with package.json, bin/, dist/ and, in a checkout, src/). */
export const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The compiled server and CLI (`npm run build`: tsc -p tsconfig.build.json). */
export const NODE_DIST = join(ROOT, 'dist', 'node');
/** Written last by the build of dist/node: its time is the build's time. */
export const NODE_STAMP = join(NODE_DIST, '.build-stamp');
/** The built web app (`npm run build`: vite build), which `serve` serves. */
export const WEB_DIST = join(ROOT, 'dist', 'web');

/** The newest modification time of the files under `dir` that `keep` accepts, in ms. */
function newestMtime(dir, keep) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (!keep(path, e.isDirectory())) continue;
    newest = Math.max(newest, e.isDirectory() ? newestMtime(path, keep) : statSync(path).mtimeMs);
  }
  return newest;
}

const SRC = join(ROOT, 'src');
const WEB_SRC = join(SRC, 'web');

/** Whether this is a development checkout (src/ beside the build). */
export function isCheckout() {
  return existsSync(SRC);
}

/**
 * Whether dist/node is missing or older than a source it is compiled from (src except src/web
 * and the tests beside the sources, or a tsconfig). False in an installed package (no src/).
 */
export function nodeBuildIsStale() {
  if (!isCheckout()) return false;
  if (!existsSync(NODE_STAMP)) return true;
  const built = statSync(NODE_STAMP).mtimeMs;
  const configs = ['tsconfig.json', 'tsconfig.build.json']
    .map((f) => join(ROOT, f))
    .filter((f) => existsSync(f))
    .map((f) => statSync(f).mtimeMs);
  const sources = newestMtime(SRC, (path, dir) =>
    dir ? path !== WEB_SRC : !path.endsWith('.test.ts'),
  );
  return Math.max(sources, ...configs) > built;
}

/** Whether dist/web is missing or older than a file under src/web (false without src/web). */
export function webBuildIsStale() {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return true;
  if (!existsSync(WEB_SRC)) return false;
  return newestMtime(WEB_SRC, () => true) > statSync(index).mtimeMs;
}
