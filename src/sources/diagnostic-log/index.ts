/** @module Collecting one file's diagnostics and refusing the file when any is an error. */
export { DiagnosticLog, type Place } from './diagnostic-log.ts';
