// `npm run build`: compiles the server and the CLI (src except src/web) with tsc into dist/node
// and builds the web app with Vite into dist/web, so that `potentiale` (bin/potentiale.js) runs
// plain JavaScript and `serve` needs no dev dependency. `--node` or `--web` builds one half;
// `--if-stale` skips a half whose build is newer than its sources. Needs the dev dependencies
// (typescript, vite). Plain JavaScript, so that it runs with nothing but Node.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  NODE_DIST,
  NODE_STAMP,
  ROOT,
  WEB_DIST,
  nodeBuildIsStale,
  webBuildIsStale,
} from '../bin/build-state.js';

const require = createRequire(import.meta.url);

/** Files the compiled code reads beside itself at run time (tsc copies only what it compiles). */
const ASSETS = [/^db\/migrations\/.*\.sql$/, /^server\/docs-page\.(browser\.js|css)$/];

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** tsc -p tsconfig.build.json, the assets copied beside the output, and the stamp written last. */
export async function buildNode() {
  rmSync(NODE_STAMP, { force: true });
  const tsc = require.resolve('typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], {
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error(`tsc -p tsconfig.build.json failed (exit ${r.status})`);
  const src = join(ROOT, 'src');
  for (const file of files(src)) {
    const rel = relative(src, file).split('\\').join('/');
    if (!ASSETS.some((a) => a.test(rel))) continue;
    mkdirSync(dirname(join(NODE_DIST, rel)), { recursive: true });
    copyFileSync(file, join(NODE_DIST, rel));
  }
  await writeCommandSummaries();
  writeFileSync(NODE_STAMP, `${new Date().toISOString()}\n`);
}

/**
 * dist/node/cli/commands.json: the program description and the top-level help's lines, taken from the compiled CLI with
 * every command loaded, so that `potentiale --help` loads none of the command modules.
 */
async function writeCommandSummaries() {
  const main = await import(pathToFileURL(join(NODE_DIST, 'cli', 'main.js')).href);
  const quiet = () => undefined;
  const summaries = await main.commandSummaries({
    stdout: quiet,
    stderr: quiet,
    env: {},
    cwd: ROOT,
    now: () => new Date(),
    isTty: false,
  });
  writeFileSync(join(NODE_DIST, 'cli', 'commands.json'), `${JSON.stringify(summaries, null, 2)}\n`);
}

/** vite build into dist/web, a production build whatever NODE_ENV says (vitest sets "test"). */
export async function buildWeb() {
  const vite = await import('vite');
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await vite.build({
      configFile: join(ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
    });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
}

/** Builds dist/web only when it is missing or older than src/web (for tests that serve it). */
export async function ensureWebBuilt() {
  if (webBuildIsStale()) await buildWeb();
  return WEB_DIST;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const ifStale = args.includes('--if-stale');
  const node = !args.includes('--web') || args.includes('--node');
  const web = !args.includes('--node') || args.includes('--web');
  if (node && (!ifStale || nodeBuildIsStale())) {
    const t0 = performance.now();
    await buildNode();
    console.log(`dist/node bygget (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  if (web && (!ifStale || webBuildIsStale())) {
    const t0 = performance.now();
    await buildWeb();
    console.log(`dist/web bygget (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
}
