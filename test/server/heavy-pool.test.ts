import { afterAll, describe, expect, it } from 'vitest';
import { DeaRangeError, InvalidFileError } from '../../src/core/index.ts';
import { runDea, type DeaRequest } from '../../src/engine/index.ts';
import { HeavyError, createWorkerPool } from '../../src/server/heavy/index.ts';
import { deaCsv } from '../dea/heavy-data.ts';

// The worker pool itself: TypeScript loads in its workers under vitest (worker-entry.js registers
// tsx), answers equal the main thread's, and a job past its budget or abandoned by its caller
// ends its worker. Two workers at most, so the tests stay light on a 2-core machine.

const REQUEST: DeaRequest = {
  inputs: ['x0', 'x1'],
  outputs: ['y0'],
  nonDiscretionary: [],
  rts: 'vrs',
  orientation: 'input',
  slack: true,
  super: true,
};
const LIMITS = { maxUnits: 10_000, maxColumns: 50, maxCells: 200_000 };
const SLOW = new TextEncoder().encode(deaCsv(10_000, 10, 10));
const slowJob = () =>
  ({
    kind: 'dea-upload',
    bytes: SLOW.slice(),
    fileName: 'slow.csv',
    id: 'id',
    request: { ...REQUEST, inputs: names('x', 10), outputs: names('y', 10), super: false },
    format: 'json',
    limits: LIMITS,
  }) as const;
const names = (p: string, n: number) => Array.from({ length: n }, (_, i) => `${p}${i}`);

/** Waits (polling) until `test` holds; the test's own timeout bounds it. */
async function until(test: () => boolean): Promise<void> {
  while (!test()) await new Promise((r) => setTimeout(r, 20));
}

describe('createWorkerPool(options).run(job, { budgetMs, signal })', () => {
  const pool = createWorkerPool({ size: 1, maxQueue: 1 });
  afterAll(() => pool.close());

  it('runs DEA in a worker thread and answers exactly as runDea on the main thread', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const columns = { x0: [2, 4, 3, 5, 6], x1: [3, 1, 2, 4, 6], y0: [1, 1, 1, 2, 2] };
    const inWorker = await pool.run({ kind: 'dea', args: [ids, columns, REQUEST, ['f']] });
    expect(inWorker).toEqual(runDea(ids, columns, REQUEST, ['f']));
    expect(pool.stats()).toMatchObject({ started: 1, completed: 1, workers: 1, busy: 0 });
  });

  it('rebuilds the errors of a job as the classes the server maps to a status', async () => {
    const upload = (csv: string) =>
      pool.run({
        kind: 'dea-upload',
        bytes: new TextEncoder().encode(csv),
        fileName: 'u.csv',
        id: 'id',
        request: REQUEST,
        format: 'csv',
        limits: LIMITS,
      });
    await expect(upload('id,x0,x0,x1,y0\na,1,1,1,1\n')).rejects.toBeInstanceOf(InvalidFileError);
    const range = await upload('id,x0,x1,y0\na,1,1,1\nb,2,1e20,1\nc,2,2,2\nd,3,1,3\n').catch(
      (e: unknown) => e,
    );
    expect(range).toBeInstanceOf(DeaRangeError);
    expect(range).toMatchObject({ kind: 'invalid-file', parameter: 'inputs', column: 1 });
    const big = await pool
      .run({ ...slowJob(), limits: { ...LIMITS, maxUnits: 100 } })
      .catch((e: unknown) => e);
    expect(big).toBeInstanceOf(HeavyError);
    expect(big).toMatchObject({ status: 413 });
  });

  it('terminates a job past its budget with 503 and Retry-After, and replaces the worker', async () => {
    const before = pool.stats();
    const error = await pool.run(slowJob(), { budgetMs: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HeavyError);
    expect(error).toMatchObject({ status: 503, retryAfter: 1 });
    expect((error as HeavyError).detailEn).toMatch(/more than 1 seconds/);
    expect(pool.stats()).toMatchObject({
      terminated: before.terminated + 1,
      timedOut: before.timedOut + 1,
      busy: 0,
    });
    // The next job gets a new worker.
    const next = await pool.run({
      kind: 'dea',
      args: [['a', 'b', 'c'], { x0: [1, 2, 3], x1: [3, 2, 1], y0: [1, 1, 2] }, REQUEST],
    });
    expect(next.result.units).toHaveLength(3);
    expect(pool.stats().started).toBe(before.started + 1);
  });

  it('stops the work when the caller aborts, running or still queued, and refuses a full queue', async () => {
    const before = pool.stats();
    const running = new AbortController();
    const waiting = new AbortController();
    const first = pool.run(slowJob(), { budgetMs: 60_000, signal: running.signal });
    const second = pool.run(slowJob(), { budgetMs: 60_000, signal: waiting.signal });
    // One worker, a queue of one: a third job is refused at once.
    const third = await pool.run(slowJob(), { budgetMs: 60_000 }).catch((e: unknown) => e);
    expect(third).toMatchObject({ status: 503 });
    expect((third as HeavyError).retryAfter).toBeGreaterThan(0);
    await until(() => pool.stats().busy === 1);
    waiting.abort();
    await expect(second).rejects.toMatchObject({ status: 503 });
    expect(pool.stats()).toMatchObject({ queued: 0, busy: 1 });
    running.abort();
    await expect(first).rejects.toMatchObject({ status: 503 });
    expect(pool.stats()).toMatchObject({
      busy: 0,
      workers: 0,
      aborted: before.aborted + 2,
      terminated: before.terminated + 1,
      rejected: before.rejected + 1,
    });
  });
});
