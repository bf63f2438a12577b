// `npm install` / `npm ci` runs this (the `prepare` script; `npm pack` too). In a development
// checkout with the dev dependencies, it builds what is missing or stale: dist/node and dist/web.
// Otherwise (`npm ci --omit=dev`, or a packed package, which has no src/) there is nothing to
// build with or from; that is fine when the build is there, and an error naming the command to
// run when it is not. Shipped in the package (package.json `files`) for that reason.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { NODE_STAMP, ROOT, WEB_DIST, isCheckout } from '../bin/build-state.js';

const require = createRequire(import.meta.url);
const has = (name) => {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
};

if (isCheckout() && has('typescript') && has('vite')) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.js'), '--if-stale'], {
    stdio: 'inherit',
  });
  process.exit(r.status ?? 1);
}
const missing = [
  ...(existsSync(NODE_STAMP) ? [] : ['dist/node']),
  ...(existsSync(join(WEB_DIST, 'index.html')) ? [] : ['dist/web']),
];
if (missing.length > 0) {
  console.error(
    `potentiale: ${missing.join(' og ')} mangler, og udviklingsværktøjerne (typescript, vite) er ikke installeret. ` +
      'Byg pakken med "npm ci && npm run build", eller installér en bygget pakke (npm pack).',
  );
  process.exit(1);
}
