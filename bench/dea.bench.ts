// `npm run bench -- dea`: vrs input-oriented DEA on the speed data sets (n = 100 … 10 000, 3 inputs,
// 2 outputs), checked against R's efficiencies, timed against R's recorded times for the same call
// (Benchmarking 0.33, `dea(X, Y, RTS='vrs', ORIENTATION='in')`, median of 3 on a machine of the same
// kind; R is not installed here, so its times come from ../shared/oracle/dea/speed.csv).
import { loadavg } from 'node:os';
import { dea } from '../src/core/dea/index.ts';
import { oraclePath, readCsv, readNumber } from '../test/dea/oracle-files.ts';

const SIZES = [100, 1000, 3000, 10000] as const;
const RUNS: Record<number, number> = { 100: 21, 1000: 7, 3000: 5, 10000: 1 };
const EFF_TOL = 1e-6;

interface Row {
  readonly n: number;
  readonly ours: number;
  readonly oursWithSlacks: number;
  readonly r: number;
  readonly maxDiff: number;
  readonly frontier: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export async function run(): Promise<void> {
  const rTimes = new Map(
    readCsv(oraclePath('speed.csv')).map((r) => [Number(r['n']), readNumber(r['r_median_s'])]),
  );
  console.log(
    `load average at start: ${loadavg()
      .map((v) => v.toFixed(2))
      .join(' ')}`,
  );
  warmUp();
  const rows: Row[] = [];
  let failed = false;
  for (const n of SIZES) {
    const data = readCsv(oraclePath('speed', `dea_speed_n${n}.csv`));
    const ref = readCsv(oraclePath('speed', `dea_speed_n${n}__vrs__in.csv`));
    const inputs = data.map((r) => ['x1', 'x2', 'x3'].map((c) => readNumber(r[c])));
    const outputs = data.map((r) => ['y1', 'y2'].map((c) => readNumber(r[c])));
    const options = { inputs, outputs, rts: 'vrs', orientation: 'input' } as const;
    const time = (
      slack: boolean,
    ): { seconds: number; eff: readonly number[]; frontier: number } => {
      const times: number[] = [];
      let last = dea({ ...options, slack });
      for (let i = 0; i < (RUNS[n] ?? 1); i++) {
        const t0 = performance.now();
        last = dea({ ...options, slack });
        times.push((performance.now() - t0) / 1000);
      }
      return { seconds: median(times), eff: last.eff, frontier: last.frontier.length };
    };
    const plain = time(false);
    const withSlacks = time(true);
    let maxDiff = 0;
    ref.forEach((r, k) => {
      maxDiff = Math.max(maxDiff, Math.abs((plain.eff[k] ?? NaN) - readNumber(r['eff'])));
      maxDiff = Math.max(maxDiff, Math.abs((withSlacks.eff[k] ?? NaN) - readNumber(r['eff'])));
    });
    if (!(maxDiff < EFF_TOL)) failed = true;
    rows.push({
      n,
      ours: plain.seconds,
      oursWithSlacks: withSlacks.seconds,
      r: rTimes.get(n) ?? NaN,
      maxDiff,
      frontier: plain.frontier,
    });
    const last = rows[rows.length - 1];
    if (last !== undefined) console.log(format(last));
  }
  console.log('');
  console.log(
    '| n | ours (s) | R (s) | R / ours | ours with slacks (s) | max |θ − θ_R| | frontier |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    console.log(
      `| ${row.n} | ${row.ours.toFixed(3)} | ${row.r.toFixed(3)} | ${(row.r / row.ours).toFixed(1)}× | ` +
        `${row.oursWithSlacks.toFixed(3)} | ${row.maxDiff.toExponential(1)} | ${row.frontier} |`,
    );
  }
  console.log(
    `load average at end: ${loadavg()
      .map((v) => v.toFixed(2))
      .join(' ')}`,
  );
  if (failed) {
    console.error(`Efficiencies differ from R by ${EFF_TOL} or more.`);
    process.exitCode = 1;
  }
}

/**
 * Runs the small case for a second first, so that the JIT has compiled the hot loops before
 * anything is timed (R, interpreted around lp_solve, has no warm-up to speak of).
 */
function warmUp(): void {
  const data = readCsv(oraclePath('speed', 'dea_speed_n100.csv'));
  const inputs = data.map((r) => ['x1', 'x2', 'x3'].map((c) => readNumber(r[c])));
  const outputs = data.map((r) => ['y1', 'y2'].map((c) => readNumber(r[c])));
  const until = performance.now() + 1000;
  while (performance.now() < until) {
    for (const slack of [false, true])
      dea({ inputs, outputs, rts: 'vrs', orientation: 'input', slack });
  }
}

function format(row: Row): string {
  return (
    `n=${row.n}: ours ${row.ours.toFixed(3)} s (with slacks ${row.oursWithSlacks.toFixed(3)} s), ` +
    `R ${row.r.toFixed(3)} s, R/ours ${(row.r / row.ours).toFixed(1)}×, ` +
    `max |θ − θ_R| ${row.maxDiff.toExponential(2)}`
  );
}
