// `npm install` / `npm ci` runs this (the `prepare` script). With the dev dependencies (a
// development checkout), it builds what is missing or stale: dist/node and dist/web. Without them
// (`npm ci --omit=dev` on a built package), there is nothing to build with; that is fine when
// the build is there, and an error naming the command to run when it is not.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { NODE_STAMP, ROOT, WEB_DIST } from '../bin/build-state.js';

const require = createRequire(import.meta.url);
const has = (name) => {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
};

if (has('typescript') && has('vite')) {
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
