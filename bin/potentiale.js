#!/usr/bin/env node
// The `potentiale` command. It runs the JavaScript that `npm run build` compiled into dist/node
// (no TypeScript compiler at run time). In a development checkout whose sources are newer than
// that build (src edited, branch switched, never built), it runs the sources through tsx instead,
// so that a stale build never runs; an installed package has no src/ and always runs dist/node.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NODE_DIST, NODE_STAMP, ROOT, nodeBuildIsStale } from './build-state.js';

// `potentiale … | head` closes the pipe early; that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

/** The CLI module to run: the build, or the sources through tsx when the build is stale. */
async function cliModule() {
  if (nodeBuildIsStale()) {
    try {
      const { register } = await import('tsx/esm/api');
      register();
      return join(ROOT, 'src', 'cli', 'index.ts');
    } catch {
      // No tsx (dev dependencies left out): the build, if there is one, is all there is.
    }
  }
  if (!existsSync(NODE_STAMP)) {
    process.stderr.write(
      'fejl: potentiale er ikke bygget (dist/node mangler); kør "npm run build" i pakkens mappe.\n',
    );
    process.exit(1);
  }
  return join(NODE_DIST, 'cli', 'index.js');
}

const { runCli } = await import(pathToFileURL(await cliModule()).href);
const code = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
  isTty: Boolean(process.stderr.isTTY),
});
process.exitCode = code;
// A handle left open by a library (PGlite after a failed start on a full disk) must not keep the
// command alive once it has finished; unref'd, this timer never delays a normal exit.
globalThis.setTimeout(() => process.exit(code), 2000).unref();
