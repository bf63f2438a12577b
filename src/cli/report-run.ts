import cliProgress from 'cli-progress';
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PotentialeError, type ErrorKind, type ReportModel } from '../core/index.ts';
import type { ReportPrinter } from '../report/index.ts';
import type { RenderedReport, ReportFormat } from '../server/reports/index.ts';
import type { CliEffects } from './context.ts';

/** One report of a run: written, or failed with the reason (named in the summary). */
export type ReportOutcome =
  | { readonly code: string; readonly name: string; readonly file: string; readonly bytes: number }
  | {
      readonly code: string;
      readonly name: string;
      readonly error: string;
      readonly kind: ErrorKind;
    };

/** Writes `bytes` to `file` whole or not at all (a temporary file renamed into place). */
export function writeWhole(file: string, bytes: Uint8Array): void {
  const partial = `${file}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}

/** Progress on a terminal (a bar) or in a log (a line per report); silent with --json. */
function progressOf(effects: CliEffects, json: boolean, total: number) {
  if (json) return { tick: (_: ReportOutcome) => undefined, stop: () => undefined };
  if (!effects.isTty) {
    let done = 0;
    return {
      tick: (o: ReportOutcome) => {
        done += 1;
        effects.stderr(
          `[${done}/${total}] ${o.name} (${o.code}): ${'error' in o ? `FEJL: ${o.error}` : o.file}\n`,
        );
      },
      stop: () => undefined,
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: '  rapporter [{bar}] {value}/{total} | {name}',
      hideCursor: true,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { name: '' });
  return {
    tick: (o: ReportOutcome) => bar.increment(1, { name: o.name }),
    stop: () => bar.stop(),
  };
}

/**
 * Renders many reports: the models are built one after the other (one database), the outputs
 * rendered up to `concurrency` at once in one browser. A failure (no data, a browser that died
 * twice) is kept with the municipality's name and the run goes on; the others are written.
 */
export async function runReports(
  effects: CliEffects,
  options: {
    readonly codes: readonly { readonly code: string; readonly name: string }[];
    readonly format: ReportFormat;
    readonly out: string;
    readonly json: boolean;
    readonly concurrency: number;
    readonly build: (code: string) => Promise<ReportModel>;
    readonly render: (
      model: ReportModel,
      format: ReportFormat,
      printer: () => Promise<ReportPrinter>,
    ) => Promise<RenderedReport>;
    readonly printer: () => Promise<ReportPrinter>;
  },
): Promise<ReportOutcome[]> {
  // One report needs no progress: the command says where it was written.
  const progress = progressOf(
    effects,
    options.json || options.codes.length === 1,
    options.codes.length,
  );
  const outcomes: ReportOutcome[] = [];
  const running = new Set<Promise<void>>();
  const failure = (m: { code: string; name: string }, e: unknown): ReportOutcome => ({
    code: m.code,
    name: m.name,
    error: e instanceof Error ? e.message : String(e),
    kind: e instanceof PotentialeError ? e.kind : 'internal',
  });
  try {
    for (const m of options.codes) {
      let model: ReportModel;
      try {
        model = await options.build(m.code);
      } catch (e) {
        const o = failure(m, e);
        outcomes.push(o);
        progress.tick(o);
        continue;
      }
      while (running.size >= options.concurrency) await Promise.race(running);
      const job = options
        .render(model, options.format, options.printer)
        .then(
          (r): ReportOutcome => {
            const file = join(options.out, r.fileName);
            writeWhole(file, r.bytes);
            return { code: m.code, name: m.name, file, bytes: r.bytes.byteLength };
          },
          (e: unknown): ReportOutcome => failure(m, e),
        )
        .then((o) => {
          outcomes.push(o);
          progress.tick(o);
        });
      const tracked = job.finally(() => running.delete(tracked));
      running.add(tracked);
    }
    await Promise.all(running);
  } finally {
    progress.stop();
  }
  const order = new Map(options.codes.map((c, i) => [c.code, i]));
  return outcomes.sort((a, b) => (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0));
}
