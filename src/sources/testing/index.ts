/** @module Helpers for importer tests: catching refusals and fuzzing with mutated files. */
export { catchRefusal, parsesOrRefuses } from './refusal.ts';
export { mutatedBytes } from './mutation.ts';
