// `npm run bench -- barriers`: rule barriers and budget follow-up (issue 18), each against a
// reference measured in the same run. (1) The ranked national list of N barriers with their
// seconds (GET /barriers) against reading the same rows with one plain SQL join. (2) Similar
// barriers while typing (full text on the GIN index, plus the same rule) against the naive
// ILIKE scan of title and description for the same words. (3) Budget follow-up of 766 with its
// peers (the real REGK31 accounts and the BUDK32 fixture) against GET /series of one of its
// account functions (the data read alone).
import { importFiles } from '../src/cli/import-files.ts';
import { CATALOGUE } from '../src/core/index.ts';
import { addSecond, createBarrier, openDatabase } from '../src/db/index.ts';
import { createApp } from '../src/server/index.ts';
import { importApiData } from '../test/support/api-data.ts';
import { rawDataPath, repoRoot } from '../test/support/shared-data.ts';

const N = Number(process.env['BENCH_BARRIERS'] ?? 500);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 15);
const CODES = ['101', '147', '151', '153', '155', '157', '159', '161', '751', '766', '615'];
const LAWS = ['Lov om social service', 'Folkeskoleloven', 'Dagtilbudsloven', 'Beskæftigelsesloven'];
const WORDS = ['visitation', 'afgørelse', 'dokumentation', 'tilsyn', 'indberetning', 'frister'];

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function time(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

export async function run(): Promise<void> {
  const db = await openDatabase({ kind: 'pglite', dir: undefined }, { catalogue: CATALOGUE });
  await importApiData(db);
  await importFiles(db, [rawDataPath('dst-regk31-marieleth'), 'test/fixtures/budk32'], {
    cwd: repoRoot,
    now: () => new Date(0),
  });
  const now = new Date('2026-12-07T09:00:00Z');
  await db.transaction(async (tx) => {
    for (let k = 0; k < N; k++) {
      const b = await createBarrier(
        tx,
        {
          municipality: CODES[k % CODES.length] ?? '766',
          title: `Krav om ${WORDS[k % WORDS.length]} nr. ${k}`,
          law: { name: LAWS[k % LAWS.length] ?? '', paragraph: `§ ${k % 40}`, url: null },
          area: 'Område',
          theme: 'elderly-health',
          description: `Reglen kræver ${WORDS[(k * 7) % WORDS.length]} og ${WORDS[(k * 3) % WORDS.length]} hver gang.`,
          keyFigure: null,
          estimate: {
            amount: 10_000 * k,
            prices: { basis: 'current', year: null },
            year: 2026,
            source: 'entered',
          },
          precedents: '',
          links: [],
        },
        null,
        now,
      );
      for (let s = 0; s < k % 4; s++) {
        const m = CODES[(k + s + 1) % CODES.length] ?? '101';
        if (m !== b.municipality)
          await addSecond(
            tx,
            b.id,
            { municipality: m, comment: 'Enig', estimate: null },
            null,
            now,
          );
      }
    }
  });
  const app = createApp({ db, now: () => now });
  const get = async (path: string) => {
    const r = await app.request(path);
    if (r.status !== 200) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    return r.text();
  };

  const list: number[] = [];
  const join: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    join.push(
      await time(() =>
        db.query(`SELECT b.*, s.municipality AS seconder, s.comment, s.estimate AS second_estimate
                  FROM barriers b LEFT JOIN barrier_seconds s ON s.barrier_id = b.id ORDER BY b.id`),
      ),
    );
    list.push(await time(() => get('/api/v1/barriers')));
  }
  console.log(
    `GET /barriers (${N} barriers, ranked): ${median(list).toFixed(1)} ms, plain SQL join of the same rows (reference) ${median(join).toFixed(1)} ms, ratio ${(median(list) / median(join)).toFixed(1)}`,
  );

  const similar: number[] = [];
  const ilike: number[] = [];
  const q = 'visitation afgørelse';
  for (let i = 0; i < RUNS; i++) {
    ilike.push(
      await time(() =>
        db.query(
          `SELECT id FROM barriers WHERE title ILIKE $1 OR description ILIKE $1 OR title ILIKE $2 OR description ILIKE $2 LIMIT 5`,
          ['%visitation%', '%afgørelse%'],
        ),
      ),
    );
    similar.push(
      await time(() =>
        get(
          `/api/v1/barriers/similar?title=${encodeURIComponent(q)}&law=Folkeskoleloven&paragraph=${encodeURIComponent('§ 3')}`,
        ),
      ),
    );
  }
  console.log(
    `GET /barriers/similar (${N} barriers): ${median(similar).toFixed(1)} ms, ILIKE scan (reference) ${median(ilike).toFixed(1)} ms, ratio ${(median(similar) / median(ilike)).toFixed(1)}`,
  );

  const budget: number[] = [];
  const series: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    series.push(await time(() => get('/api/v1/series?municipality=766&keyFigure=regk31-5-30-27')));
    budget.push(await time(() => get('/api/v1/budget-deviations?municipality=766')));
  }
  console.log(
    `GET /budget-deviations (766 and its peers): ${median(budget).toFixed(1)} ms, GET /series of one function (reference) ${median(series).toFixed(1)} ms, ratio ${(median(budget) / median(series)).toFixed(1)}`,
  );
  await db.close();
}
