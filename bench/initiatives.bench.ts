// `npm run bench -- initiatives`: the effect check on the real data (the full nøgletal export in
// an in-memory PGlite). (1) The convex least squares of the synthetic control and its placebos
// against the same problems solved by quadprog (Goldfarb–Idnani, the reference solver of the
// tests) in the same run. (2) GET /initiatives/{id}/effect against GET /series of the same
// municipality and figure (the data read alone), through the app. (3) The sector overview with
// N initiatives (it checks every one) as a ratio to N single effect answers.
import { CATALOGUE, simplexLeastSquares, type InitiativeFields } from '../src/core/index.ts';
import { createInitiative, openDatabase } from '../src/db/index.ts';
import { createApp } from '../src/server/index.ts';
import { importNoegletalData } from '../test/support/api-data.ts';
import { solveQP } from 'quadprog';

const N = Number(process.env['BENCH_INITIATIVES'] ?? 50);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 15);
const FIGURE = 'udg-aeldre-voksne-saerlige-behov-pr-18-aarig';

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function time(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** quadprog on min ‖Aw − b‖², Σw = 1, w ≥ 0 (a tiny ridge: the Gram matrix may be singular). */
function quadprogFit(columns: number[][], b: number[]): number[] {
  const n = columns.length;
  const dot = (x: number[], y: number[]) => x.reduce((s, v, k) => s + v * (y[k] ?? 0), 0);
  const D = [[0]];
  const d = [0];
  let trace = 0;
  for (let i = 0; i < n; i++) trace += dot(columns[i] ?? [], columns[i] ?? []);
  for (let i = 1; i <= n; i++) {
    D[i] = [0];
    d[i] = dot(columns[i - 1] ?? [], b);
    for (let j = 1; j <= n; j++)
      (D[i] as number[])[j] =
        dot(columns[i - 1] ?? [], columns[j - 1] ?? []) + (i === j ? 1e-12 * (trace / n) : 0);
  }
  const A = [[0]];
  for (let i = 1; i <= n; i++) {
    A[i] = [0, 1];
    for (let j = 1; j <= n; j++) (A[i] as number[])[j + 1] = i === j ? 1 : 0;
  }
  const b0 = [0, 1, ...Array.from({ length: n }, () => 0)];
  const r = solveQP(D, d, A, b0, 1);
  if (!r.solution) throw new Error(`quadprog: ${r.message}`);
  return r.solution.slice(1);
}

const fields = (k: number): InitiativeFields => ({
  municipality: ['766', '101', '147', '615', '751'][k % 5] ?? '766',
  title: `Bench ${k}`,
  description: '',
  theme: 'elderly-health',
  type: 'other',
  owner: null,
  keyFigures: [FIGURE],
  startYear: 2012 + (k % 4),
  expected: [{ year: 2016, amount: 1_000_000 }],
  realised: [{ year: 2016, amount: 800_000 }],
  prices: { basis: 'current', year: null },
  status: 'running',
  money: { use: 'saved', area: null },
  portalItems: [],
  visibility: 'public',
  example: true,
});

export async function run(): Promise<void> {
  const db = await openDatabase({ kind: 'pglite', dir: undefined }, { catalogue: CATALOGUE });
  await importNoegletalData(db);
  const now = new Date('2026-12-07T09:00:00Z');
  const ids: number[] = [];
  await db.transaction(async (tx) => {
    for (let k = 0; k < N; k++) ids.push((await createInitiative(tx, fields(k), [], null, now)).id);
  });
  const app = createApp({ db, now: () => now });
  const get = async (path: string) => {
    const r = await app.request(path);
    if (r.status !== 200) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    return r.json() as Promise<unknown>;
  };
  const effectPath = `/api/v1/initiatives/${ids[0]}/effect`;
  const seriesPath = `/api/v1/series?municipality=766&keyFigure=${FIGURE}`;
  const answer = (await get(effectPath)) as {
    figures: Array<{ synthetic: { path: Array<{ own: number }> } | null; preYears: number[] }>;
  };
  await get(seriesPath);

  // (1) The solver on the real panel's pre-period: the municipality and 20 placebos' problems.
  const pre = answer.figures[0]?.preYears.length ?? 0;
  const levels = Array.from({ length: 21 }, (_, j) =>
    Array.from({ length: pre }, (_, t) => 20_000 + 1000 * Math.sin(j * 7 + t) + 150 * t + 40 * j),
  );
  const problems = levels.map((own, j) => ({ own, donors: levels.filter((_, k) => k !== j) }));
  const ours: number[] = [];
  const ref: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(await time(() => problems.forEach((p) => simplexLeastSquares(p.donors, p.own))));
    ref.push(await time(() => problems.forEach((p) => quadprogFit(p.donors, p.own))));
  }
  console.log(
    `21 synthetic controls (20 donors, ${pre} pre-years): ours ${median(ours).toFixed(2)} ms, quadprog (reference) ${median(ref).toFixed(2)} ms, ratio ${(median(ours) / median(ref)).toFixed(2)}`,
  );

  // (2) One effect answer against the series answer of the same data.
  const effect: number[] = [];
  const series: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    series.push(await time(() => get(seriesPath)));
    effect.push(await time(() => get(effectPath)));
  }
  console.log(
    `GET effect: ${median(effect).toFixed(1)} ms, GET series (reference) ${median(series).toFixed(1)} ms, ratio ${(median(effect) / median(series)).toFixed(1)}`,
  );

  // (3) The overview checks all N initiatives once (then keeps the verdicts until the data or a
  // record changes): its time per initiative against one effect answer.
  const overview: number[] = [];
  for (let i = 0; i < Math.max(3, Math.floor(RUNS / 5)); i++)
    overview.push(await time(() => get('/api/v1/initiatives/overview?groupBy=theme')));
  console.log(
    `GET overview (${N} initiatives): first (checks all) ${(overview[0] ?? NaN).toFixed(0)} ms, then (verdicts kept) ${median(overview).toFixed(0)} ms, ${(median(overview) / N).toFixed(1)} ms per initiative, ratio to one effect answer ${(median(overview) / N / median(effect)).toFixed(2)}`,
  );
  await db.close();
}
