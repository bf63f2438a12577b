#!/usr/bin/env node
// The `potentiale` command. TypeScript sources run through tsx, so there is no build step.
import { register } from 'tsx/esm/api';

register();
// `potentiale … | head` closes the pipe early; that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}
const { runCli } = await import('../src/cli/index.ts');
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
