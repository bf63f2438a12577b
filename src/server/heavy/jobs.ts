import type { ReportModel } from '../../core/index.ts';
import { deaCsv, presentDea, runDea, type DeaRequest, type DeaRun } from '../../engine/index.ts';
import { parseDataTable } from '../../sources/index.ts';
import { checkTableSize, type HeavyLimits } from './limits.ts';

/**
 * The work a heavy worker does, as plain data (it crosses the thread boundary by structured
 * clone):
 * - `dea`: {@link runDea} on columns the server loaded (a municipal DEA);
 * - `dea-upload`: everything of an uploaded CSV that grows with its size: parsing, the unit
 *   and cell limits, DEA, and the answer's JSON or CSV text (for 10 000 units these take
 *   0.2–0.4 s each, which would stall every other request on the main thread);
 * - `report`: the standard report's HTML (charts drawn with Observable Plot) or its DOCX
 *   (charts as PNG through resvg, Word's page layout for the contents): 0.1–2 s of CPU for one
 *   report, from the model the server assembled.
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
    }
  | { readonly kind: 'report'; readonly model: ReportModel; readonly format: 'html' | 'docx' };

/** An answer body made in the worker. */
export interface UploadAnswer {
  readonly body: string;
  readonly contentType: string;
}

/** What each kind of job returns. */
export interface HeavyResults {
  readonly dea: DeaRun;
  readonly 'dea-upload': UploadAnswer;
  readonly report: Uint8Array;
}

/** Runs one job (in a worker thread; CPU work). Throws what the engine throws. */
export async function runHeavyJob(job: HeavyJob): Promise<HeavyResults[HeavyJob['kind']]> {
  if (job.kind === 'dea') return runDea(...job.args);
  if (job.kind === 'report') {
    // Loaded on the first report only: DEA workers need none of the report's libraries.
    const { reportDocumentHtml, reportDocx } = await import('../../report/index.ts');
    return job.format === 'docx'
      ? reportDocx(job.model)
      : new TextEncoder().encode(reportDocumentHtml(job.model));
  }
  const columns = [...job.request.inputs, ...job.request.nonDiscretionary, ...job.request.outputs];
  const table = parseDataTable(job.bytes, job.fileName, { id: job.id, columns });
  checkTableSize(table.ids.length, columns.length, job.limits);
  const run = runDea(table.ids, table.columns, job.request);
  return job.format === 'csv'
    ? { body: deaCsv(run), contentType: 'text/csv; charset=utf-8' }
    : { body: JSON.stringify(presentDea(run)), contentType: 'application/json' };
}
