// `npm run bench -- cli`: the `potentiale` command timed as whole processes (start, work, exit),
// each case RUNS times (default 5), next to `node -e 0` measured in the same run: the reference is
// what any Node program costs to start here. Cases: `potentiale --help`, `potentiale dea --help`
// and `potentiale dea` (vrs, input-oriented) on the n = 3 000 speed data set that R's `dea()` was
// timed on (../shared/oracle/dea; without it, a generated table of the same shape). R is timed in
// the same run when Rscript with Benchmarking is installed; otherwise its recorded time for the
// same call on the same file is shown (../shared/oracle/dea/speed.csv), as `bench -- dea` does.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { deaCsv } from '../test/dea/heavy-data.ts';
import { oraclePath, readCsv, readNumber } from '../test/dea/oracle-files.ts';
import { repoRoot } from '../test/support/shared-data.ts';
import { BIN } from './support/api-process.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const N = 3000;

interface Case {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  /** The issue's target for the whole process, in seconds. */
  readonly target?: number;
}

interface Timing {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** The median CPU time (user + system) of the process, in s: less sensitive to other load. */
  readonly cpu: number;
}

/**
 * CPU seconds used by this process's waited-for children so far (cutime + cstime of
 * /proc/self/stat, in clock ticks of 10 ms); NaN where there is no /proc.
 */
function childrenCpu(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8')
      .replace(/^.*\) /, '')
      .split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return NaN;
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Runs the command RUNS times (after one untimed run that warms the file cache). */
function time(c: Case): Timing {
  const cpus: number[] = [];
  const once = (): number => {
    const cpu0 = childrenCpu();
    const t0 = performance.now();
    const r = spawnSync(c.command, [...c.args], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const seconds = (performance.now() - t0) / 1000;
    cpus.push(childrenCpu() - cpu0);
    if (r.status !== 0) throw new Error(`${c.name} failed (${r.status}): ${r.stderr}`);
    return seconds;
  };
  once();
  cpus.length = 0;
  const times = Array.from({ length: RUNS }, once);
  return {
    median: median(times),
    min: Math.min(...times),
    max: Math.max(...times),
    cpu: median(cpus),
  };
}

/** The n = 3 000 data set R was timed on, or a generated one of the same shape. */
function deaInput(dir: string): { file: string; id: string; inputs: string; outputs: string } {
  const oracle = oraclePath('speed', `dea_speed_n${N}.csv`);
  if (existsSync(oracle)) return { file: oracle, id: 'dmu', inputs: 'x1,x2,x3', outputs: 'y1,y2' };
  const file = join(dir, `dea-n${N}.csv`);
  writeFileSync(file, deaCsv(N, 3, 2));
  return { file, id: 'id', inputs: 'x0,x1,x2', outputs: 'y0,y1' };
}

/** R's `dea()` on the same file as a whole Rscript process, when R and Benchmarking are here. */
function rCase(file: string, inputs: string, outputs: string): Case | null {
  const probe = spawnSync('Rscript', ['-e', 'library(Benchmarking)'], { encoding: 'utf8' });
  if (probe.status !== 0) return null;
  const cols = (list: string): string => `c(${list.split(',').map((c) => `'${c}'`)})`;
  const script = `library(Benchmarking); d <- read.csv('${file}'); X <- as.matrix(d[, ${cols(inputs)}]); Y <- as.matrix(d[, ${cols(outputs)}]); e <- dea(X, Y, RTS='vrs', ORIENTATION='in'); invisible(e)`;
  return { name: `Rscript dea() n=${N}`, command: 'Rscript', args: ['-e', script] };
}

/** R's recorded median for the same call on the same file (../shared/oracle/dea/speed.csv). */
function recordedR(): number | null {
  const path = oraclePath('speed.csv');
  if (!existsSync(path)) return null;
  const row = readCsv(path).find((r) => Number(r['n']) === N);
  return row ? readNumber(row['r_median_s']) : null;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'potentiale-bench-cli-'));
  try {
    const input = deaInput(dir);
    const node = process.execPath;
    const bin = (...args: string[]): readonly string[] => [BIN, ...args];
    const cases: Case[] = [
      { name: 'node -e 0', command: node, args: ['-e', '0'] },
      { name: 'potentiale --help', command: node, args: bin('--help'), target: 0.3 },
      { name: 'potentiale dea --help', command: node, args: bin('dea', '--help'), target: 0.3 },
      {
        name: `potentiale dea n=${N}`,
        command: node,
        args: bin(
          'dea',
          ...['--data', input.file, '--id', input.id, '--inputs', input.inputs],
          ...['--outputs', input.outputs, '--rts', 'vrs', '--orientation', 'in'],
        ),
        target: 0.8,
      },
    ];
    const r = rCase(input.file, input.inputs, input.outputs);
    if (r) cases.push(r);
    console.log(
      `${RUNS} runs each, median; bin: ${BIN.replace(repoRoot, '.')}; data: ${input.file}\n` +
        `load average at start: ${loadavg()
          .map((v) => v.toFixed(2))
          .join(' ')}`,
    );
    const results = cases.map((c) => ({ c, t: time(c) }));
    const reference = results[0]?.t.median ?? NaN;
    const rSeconds = r ? results.at(-1)?.t.median : recordedR();
    const dea = results.find((x) => x.c.name.startsWith('potentiale dea n='))?.t.median ?? NaN;
    console.log('');
    console.log(
      '| command | median (s) | min–max (s) | ÷ node -e 0 | CPU (s) | CPU ÷ node -e 0 | target (s) | |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|---|');
    const referenceCpu = results[0]?.t.cpu ?? NaN;
    let missed = false;
    for (const { c, t } of results) {
      const ok = c.target === undefined ? '' : t.median <= c.target ? 'ok' : 'over target';
      if (c.target !== undefined && t.median > c.target) missed = true;
      console.log(
        `| ${c.name} | ${t.median.toFixed(3)} | ${t.min.toFixed(3)}–${t.max.toFixed(3)} | ` +
          `${(t.median / reference).toFixed(1)}× | ${t.cpu.toFixed(2)} | ${(t.cpu / referenceCpu).toFixed(1)}× | ` +
          `${c.target?.toFixed(1) ?? ''} | ${ok} |`,
      );
    }
    if (rSeconds != null) {
      console.log(
        `\nR dea() n=${N}: ${rSeconds.toFixed(3)} s ${r ? '(Rscript, whole process, this run)' : '(recorded in ../shared/oracle/dea/speed.csv; R is not installed here)'}; ` +
          `R ÷ potentiale dea = ${(rSeconds / dea).toFixed(1)}×`,
      );
    }
    console.log(
      `load average at end: ${loadavg()
        .map((v) => v.toFixed(2))
        .join(' ')}`,
    );
    if (missed) console.log('A target was missed (see the table).');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
