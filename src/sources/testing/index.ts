/** @module Helpers for importer tests: catching refusals, fuzzing with mutated files, building ZIP archives. */
export { catchRefusal, parsesOrRefuses } from './refusal.ts';
export { mutatedBytes } from './mutation.ts';
export { repeatedDeflate, writeZip, type TestZipEntry } from './zip.ts';
