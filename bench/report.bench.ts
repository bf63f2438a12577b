// `npm run bench -- report`: the standard report for all 98 municipalities (issue 20) against
// Chromium printing one static page 98 times, in the same run, with the same browser setup.
// (1) Reference: the HTML of Hedensted's report, made once, printed 98 times by one browser
//     with the same number of pages at once. This is the floor: printing alone.
// (2) Measured: `potentiale report --all` as the CLI runs it: every model built from the
//     database (package, group, charts' data, learning half), drawn to HTML with its charts,
//     and printed, 98 PDFs written. The goal is at most 3× the reference.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runReports } from '../src/cli/report-run.ts';
import type { CliEffects } from '../src/cli/context.ts';
import { CATALOGUE, MUNICIPALITIES, isChristiansoe } from '../src/core/index.ts';
import { openDatabase } from '../src/db/index.ts';
import {
  DEFAULT_PEERS,
  buildReport,
  loadReportTopology,
  parsePackageRequest,
  sharedPackageData,
} from '../src/engine/index.ts';
import { ReportPrinter, chromiumPath, reportDocumentHtml } from '../src/report/index.ts';
import { renderReport } from '../src/server/reports/index.ts';
import { importApiData } from '../test/support/api-data.ts';

const quiet: CliEffects = {
  stdout: () => undefined,
  stderr: () => undefined,
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
  isTty: false,
};

export async function run(): Promise<void> {
  const concurrency = Number(process.env['BENCH_CONCURRENCY'] ?? availableParallelism());
  const db = await openDatabase({ kind: 'pglite', dir: undefined }, { catalogue: CATALOGUE });
  await importApiData(db);
  const shared = await sharedPackageData(db);
  const topology = await loadReportTopology(db);
  const q = parsePackageRequest({ municipality: '766' });
  const build = (code: string) =>
    buildReport(
      db,
      { ...q, code, lang: 'da', spelled: { peers: DEFAULT_PEERS } },
      { shared, topology },
    );
  const codes = MUNICIPALITIES.filter((m) => !isChristiansoe(m.code));
  const html = reportDocumentHtml(await build('766'));
  const executablePath = chromiumPath(process.env);

  // (1) The reference: one static page printed 98 times by one browser.
  const reference = await ReportPrinter.launch({ executablePath, concurrency });
  let printed = 0;
  const t0 = performance.now();
  try {
    const running = new Set<Promise<void>>();
    for (let i = 0; i < codes.length; i++) {
      while (running.size >= concurrency) await Promise.race(running);
      const job = reference.print(html, { title: 'Reference', lang: 'da' }).then(() => {
        printed += 1;
      });
      const tracked = job.finally(() => running.delete(tracked));
      running.add(tracked);
    }
    await Promise.all(running);
  } finally {
    await reference.close();
  }
  const referenceMs = performance.now() - t0;

  // (2) All 98 reports, as `potentiale report --all` makes them.
  const out = mkdtempSync(join(tmpdir(), 'report-bench-'));
  let printer: Promise<ReportPrinter> | undefined;
  const t1 = performance.now();
  const outcomes = await runReports(quiet, {
    codes,
    format: 'pdf',
    out,
    json: true,
    concurrency,
    build,
    render: renderReport,
    printer: () => (printer ??= ReportPrinter.launch({ executablePath, concurrency })),
  });
  const allMs = performance.now() - t1;
  if (printer) await (await printer).close();
  const written = readdirSync(out).filter((f) => f.endsWith('.pdf')).length;
  rmSync(out, { recursive: true, force: true });
  await db.close();

  const failed = outcomes.filter((o) => 'error' in o);
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`pages at once: ${concurrency}; HTML of 766: ${(html.length / 1024).toFixed(0)} KB`);
  console.log(`reference: one static page printed ${printed} times      ${s(referenceMs)}`);
  console.log(`report --all: ${written} PDFs (${failed.length} failed)       ${s(allMs)}`);
  console.log(`ratio: ${(allMs / referenceMs).toFixed(2)}× the reference (goal ≤ 3×)`);
  for (const f of failed)
    if ('error' in f) console.log(`  failed: ${f.name} (${f.code}): ${f.error}`);
}
