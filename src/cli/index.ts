/** @module The `potentiale` command line. */
export { buildProgram, runCli } from './main.ts';
export type { CliEffects } from './context.ts';
