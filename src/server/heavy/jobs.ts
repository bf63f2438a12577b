import { deaCsv, presentDea, runDea, type DeaRequest, type DeaRun } from '../../engine/index.ts';
import { parseDataTable } from '../../sources/index.ts';
import { checkTableSize, type HeavyLimits } from './limits.ts';

/**
 * The work a heavy worker does, as plain data (it crosses the thread boundary by structured
 * clone):
 * - `dea`: {@link runDea} on columns the server loaded (a municipal DEA);
 * - `dea-upload`: everything of an uploaded CSV that grows with its size: parsing, the unit
 *   and cell limits, DEA, and the answer's JSON or CSV text (for 10 000 units these take
 *   0.2–0.4 s each, which would stall every other request on the main thread).
 */
export type HeavyJob =
  | { readonly kind: 'dea'; readonly args: Parameters<typeof runDea> }
  | {
      readonly kind: 'dea-upload';
      readonly bytes: Uint8Array;
      readonly fileName: string;
      readonly id: string;
      readonly request: DeaRequest;
      readonly format: 'json' | 'csv';
      readonly limits: HeavyLimits;
    };

/** An answer body made in the worker. */
export interface UploadAnswer {
  readonly body: string;
  readonly contentType: string;
}

/** What each kind of job returns. */
export interface HeavyResults {
  readonly dea: DeaRun;
  readonly 'dea-upload': UploadAnswer;
}

/** Runs one job (in a worker thread; synchronous CPU work). Throws what the engine throws. */
export function runHeavyJob(job: HeavyJob): HeavyResults[HeavyJob['kind']] {
  if (job.kind === 'dea') return runDea(...job.args);
  const columns = [...job.request.inputs, ...job.request.nonDiscretionary, ...job.request.outputs];
  const table = parseDataTable(job.bytes, job.fileName, { id: job.id, columns });
  checkTableSize(table.ids.length, columns.length, job.limits);
  const run = runDea(table.ids, table.columns, job.request);
  return job.format === 'csv'
    ? { body: deaCsv(run), contentType: 'text/csv; charset=utf-8' }
    : { body: JSON.stringify(presentDea(run)), contentType: 'application/json' };
}
