// `npm run bench -- soak`: the server under a mixed load for SOAK_SECONDS (default 600) on
// PostgreSQL. Light readers, hostile requests and heavy DEA uploads run at the same time while
// imports run back to back in another process (each a new data version, so caches are
// recomputed). The reference is the light endpoints' p99 measured alone in the same run.
// Prints failed light requests (goal 0), the light p99 against the reference, 5xx answers to
// hostile requests (goal 0), the heavy uploads' outcomes, and the server's RSS every 10 s.
import { spawn } from 'node:child_process';
import pg from 'pg';
import { percentile } from '../src/core/index.ts';
import { rawDataPath } from '../test/support/shared-data.ts';
import { startThrowawayPostgres } from '../test/support/throwaway-postgres.ts';
import { BIN, cli, rssMb, startApi } from './support/api-process.ts';

const SOAK_SECONDS = Number(process.env['SOAK_SECONDS'] ?? 600);
const REFERENCE_SECONDS = Math.min(30, Math.max(5, Math.round(SOAK_SECONDS / 20)));
const LIGHT_CLIENTS = 8;
const HOSTILE_CLIENTS = 2;
const HEAVY_CLIENTS = 2;
const RSS_EVERY_MS = 10_000;
/** Pause between imports; each import makes every cached answer stale, so they are recomputed. */
const IMPORT_PAUSE_MS = Number(process.env['SOAK_IMPORT_PAUSE_MS'] ?? 15_000);
/** How long after an import ends the caches count as refilling. */
const REFILL_MS = 5_000;

/** Until when light requests count as "during an import" (its run and the refill after it). */
const importWindow = { busyUntil: 0 };

const LIGHT = [
  '/api/v1/health',
  '/api/v1/municipalities',
  '/api/v1/key-figures',
  '/api/v1/values?keyFigure=udgifter-aeldre-pr-67-aarig&year=2019',
  '/api/v1/series?keyFigure=indbyggertal&municipality=101',
  '/api/v1/peers?municipality=706&year=2019',
  '/api/v1/potential?municipality=706&keyFigure=udg-folkeskolen-pr-6-16-aarig&year=2019',
  '/api/v1/package?municipality=766&year=2019',
  '/api/v1/talk-to?municipality=706&keyFigure=udg-folkeskolen-pr-6-16-aarig&year=2019',
  '/api/v1/imports',
];

/** A request a hostile or careless client sends; each must be refused with a 4xx, never a 5xx. */
interface Hostile {
  readonly path: string;
  readonly init?: RequestInit;
}

const HOSTILE: readonly Hostile[] = [
  { path: '/api/v1/key-figures/%00' },
  { path: '/api/v1/values?keyFigure=%00&year=2019' },
  { path: '/api/v1/municipalities/766?year=x&cb=RANDOM' },
  { path: '/api/v1/potential?municipality=706&keyFigure=x&year=99999999999999999999' },
  { path: `/api/v1/values?keyFigure=${'a'.repeat(3000)}` },
  { path: "/api/v1/values?keyFigure=' OR 1=1 --&year=2019" },
  { path: '/api/v1/peers?municipality=706&year=2019&peers=nearest:0' },
  { path: '/api/v1/dea', init: { method: 'POST', body: '{"year":', headers: json() } },
  {
    path: '/api/v1/dea',
    init: { method: 'POST', body: '{}', headers: { 'Content-Type': 'text/plain' } },
  },
  {
    path: '/api/v1/dea/upload?id=id&inputs=x&outputs=y',
    init: {
      method: 'POST',
      body: 'id,x,y\na,1,2\n',
      headers: { 'Content-Type': 'text/plain', Origin: 'https://evil.example' },
    },
  },
  { path: '/api/v1/health', init: { method: 'DELETE' } },
];

function json(): Record<string, string> {
  return { 'Content-Type': 'application/json' };
}

/** A worst-case upload within the limits: many units, 3 inputs and 2 outputs, random values. */
function heavyCsv(units: number, seed: number): string {
  let s = seed >>> 0;
  const next = () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return 1 + (s / 2 ** 32) * 999;
  };
  const rows = ['id,c0,c1,c2,c3,c4'];
  for (let i = 0; i < units; i++)
    rows.push(`u${i},${[0, 1, 2, 3, 4].map(() => next().toFixed(3)).join(',')}`);
  return `${rows.join('\n')}\n`;
}

interface Tally {
  light: number[];
  /** Light latencies while no import ran or refilled the caches: heavy and hostile load only. */
  steady: number[];
  byPath: Map<string, number[]>;
  lightFailed: number;
  lightFailures: string[];
  hostile: number;
  hostile5xx: number;
  hostile5xxSeen: string[];
  heavy: Map<number | string, number>;
}

async function timed(url: string, init?: RequestInit): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(url, init);
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

async function lightLoop(base: string, until: number, tally: Tally, offset: number) {
  for (let i = offset; performance.now() < until; i++) {
    const path = LIGHT[i % LIGHT.length] as string;
    const steady = performance.now() >= importWindow.busyUntil;
    try {
      const r = await timed(base + path);
      tally.light.push(r.ms);
      // Steady: no import started, ran or refilled the caches while this request was under way.
      if (steady && performance.now() >= importWindow.busyUntil) tally.steady.push(r.ms);
      tally.byPath.set(path, [...(tally.byPath.get(path) ?? []), r.ms]);
      if (r.status !== 200) {
        tally.lightFailed++;
        if (tally.lightFailures.length < 5) tally.lightFailures.push(`${r.status} ${path}`);
      }
    } catch (e) {
      tally.lightFailed++;
      if (tally.lightFailures.length < 5) tally.lightFailures.push(`${describe(e)} ${path}`);
    }
  }
}

async function hostileLoop(base: string, until: number, tally: Tally, offset: number) {
  for (let i = offset; performance.now() < until; i++) {
    const h = HOSTILE[i % HOSTILE.length] as Hostile;
    const path = h.path.replace('RANDOM', String(Math.random()).slice(2));
    try {
      const r = await timed(base + path, h.init);
      tally.hostile++;
      if (r.status >= 500) {
        tally.hostile5xx++;
        if (tally.hostile5xxSeen.length < 5) tally.hostile5xxSeen.push(`${r.status} ${h.path}`);
      }
    } catch {
      tally.hostile5xx++;
    }
  }
}

async function heavyLoop(base: string, until: number, tally: Tally, seed: number) {
  const body = heavyCsv(8_000, seed);
  while (performance.now() < until) {
    let key: number | string;
    try {
      const r = await timed(`${base}/api/v1/dea/upload?id=id&inputs=c0,c1,c2&outputs=c3,c4`, {
        method: 'POST',
        body,
        headers: { 'Content-Type': 'text/csv' },
      });
      key = r.status;
      // A refused heavy request (429/503) says when to come back; a polite client waits.
      if (r.status === 429 || r.status === 503) await sleep(1000);
    } catch (e) {
      key = describe(e);
    }
    tally.heavy.set(key, (tally.heavy.get(key) ?? 0) + 1);
  }
}

/** A network failure with its cause (undici's `fetch failed` hides it). */
function describe(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? String(e).slice(0, 60);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const p99 = (ms: readonly number[]) => percentile(ms, 99);

export async function run(): Promise<void> {
  const server = await startThrowawayPostgres();
  try {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query('CREATE DATABASE soak');
    await admin.end();
    const url = server.url.replace(/\/postgres$/, '/soak');
    const env = { ...process.env, DATABASE_URL: url };
    cli(
      [
        'import',
        rawDataPath('noegletal-wdmdev', 'full_noegletal.csv'),
        rawDataPath('dagi-neogeografen', 'kommuner.topojson'),
        '--price-basis',
        'fixed:2010',
      ],
      env,
    );
    const api = await startApi(url, env, ['--no-web']);
    try {
      // Warm-up, then the reference: the light endpoints alone.
      const warm = newTally();
      await Promise.all(LIGHT.map((_, i) => lightLoop(api.url, performance.now() + 2000, warm, i)));
      const reference = newTally();
      const refUntil = performance.now() + REFERENCE_SECONDS * 1000;
      await Promise.all(
        Array.from({ length: LIGHT_CLIENTS }, (_, i) => lightLoop(api.url, refUntil, reference, i)),
      );

      // The soak.
      const tally = newTally();
      const samples: number[] = [rssMb(api.child.pid)];
      const sampler = setInterval(() => samples.push(rssMb(api.child.pid)), RSS_EVERY_MS);
      let importing = true;
      let imports = 0;
      const importer = (async () => {
        const files = [
          'Befolkning by Region Yearly 1993-2023.csv',
          'Udgift til dagtilbud Region Yearly 1993-2024.xlsx',
          'Socioøkonomiske indeks Region Yearly 1996-2024.xlsx',
        ];
        while (importing) {
          importWindow.busyUntil = Number.POSITIVE_INFINITY;
          await new Promise<void>((resolve) => {
            const child = spawn(
              process.execPath,
              [
                BIN,
                'import',
                rawDataPath('noegletal-asgeringemann', files[imports % files.length] as string),
              ],
              { env, stdio: 'ignore' },
            );
            child.on('exit', () => resolve());
          });
          imports++;
          importWindow.busyUntil = performance.now() + REFILL_MS;
          const pauseUntil = performance.now() + IMPORT_PAUSE_MS;
          while (importing && performance.now() < pauseUntil) await sleep(250);
        }
      })();
      const until = performance.now() + SOAK_SECONDS * 1000;
      await Promise.all([
        ...Array.from({ length: LIGHT_CLIENTS }, (_, i) => lightLoop(api.url, until, tally, i)),
        ...Array.from({ length: HOSTILE_CLIENTS }, (_, i) =>
          hostileLoop(api.url, until, tally, i * 5),
        ),
        ...Array.from({ length: HEAVY_CLIENTS }, (_, i) => heavyLoop(api.url, until, tally, i + 1)),
      ]);
      clearInterval(sampler);
      importing = false;
      await importer;
      samples.push(rssMb(api.child.pid));

      const refP99 = p99(reference.light);
      const soakP99 = p99(tally.light);
      const warmSamples = samples.slice(Math.min(6, Math.floor(samples.length / 3)));
      const heavy = [...tally.heavy.entries()].map(([k, n]) => `${k}: ${n}`).join(', ');
      console.log(
        `soak ${SOAK_SECONDS} s on PostgreSQL: ${LIGHT_CLIENTS} light readers over ${LIGHT.length} endpoints, ${HOSTILE_CLIENTS} hostile clients, ${HEAVY_CLIENTS} heavy DEA uploaders (8 000 units × 5), ${imports} imports in another process (one every ${IMPORT_PAUSE_MS / 1000} s after the last)`,
      );
      console.log(
        `  failed light requests: ${tally.lightFailed} of ${tally.light.length} (goal 0)${tally.lightFailures.length ? `: ${tally.lightFailures.join('; ')}` : ''}`,
      );
      console.log(
        `  light p99 while heavy and hostile requests run: ${p99(tally.steady).toFixed(1)} ms (${tally.steady.length} requests; goal < 50 ms) vs ${refP99.toFixed(1)} ms alone (${REFERENCE_SECONDS} s reference, ${reference.light.length} requests) = ${(p99(tally.steady) / refP99).toFixed(1)}×`,
      );
      console.log(
        `  light p99 over the whole soak, including imports and the recomputation after each (every answer is stale after an import): ${soakP99.toFixed(1)} ms`,
      );
      console.log(
        `  slowest light endpoints by p99 (under load / alone): ${slowest(tally, reference)}`,
      );
      console.log(
        `  hostile requests: ${tally.hostile}, answered 5xx or dropped: ${tally.hostile5xx} (goal 0)${tally.hostile5xxSeen.length ? `: ${tally.hostile5xxSeen.join('; ')}` : ''}`,
      );
      console.log(`  heavy uploads by status: ${heavy}`);
      console.log(
        `  server RSS every ${RSS_EVERY_MS / 1000} s (MB): ${samples.map((m) => m.toFixed(0)).join(' ')}`,
      );
      console.log(
        `  after warm-up: min ${Math.min(...warmSamples).toFixed(0)} MB, max ${Math.max(...warmSamples).toFixed(0)} MB, first ${warmSamples[0]?.toFixed(0)} → last ${warmSamples.at(-1)?.toFixed(0)} MB (goal: flat)`,
      );
    } finally {
      api.child.kill('SIGTERM');
    }
  } finally {
    await server.stop();
  }
}

/** The three light endpoints with the highest p99 under load, with their p99 alone. */
function slowest(load: Tally, alone: Tally): string {
  return [...load.byPath.entries()]
    .map(([path, ms]) => ({ path, p99: p99(ms), alone: p99(alone.byPath.get(path) ?? []) }))
    .sort((a, b) => b.p99 - a.p99)
    .slice(0, 3)
    .map((e) => `${e.path.split('?')[0]} ${e.p99.toFixed(0)} / ${e.alone.toFixed(0)} ms`)
    .join(', ');
}

function newTally(): Tally {
  return {
    light: [],
    steady: [],
    byPath: new Map(),
    lightFailed: 0,
    lightFailures: [],
    hostile: 0,
    hostile5xx: 0,
    hostile5xxSeen: [],
    heavy: new Map(),
  };
}
