/** @module The `potentiale` command line. */
export { buildProgram, runCli } from './main.ts';
export type { CliEffects } from './context.ts';
export { ensureWebBuilt, webBuildIsStale, WEB_DIST } from './web-build.ts';
