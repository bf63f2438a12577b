import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { HeavyError, fromWire, type WireError } from './errors.ts';
import type { HeavyJob, HeavyResults } from './jobs.ts';

/** Wall time a job may take in its worker, unless the caller says otherwise (ms). */
export const DEFAULT_BUDGET_MS = 10_000;

export interface PoolOptions {
  /** Most worker threads; default max(1, cores − 1), so one core stays with the requests. */
  readonly size?: number;
  /** Most jobs waiting for a worker; default 2 × size. A job past that is refused (503). */
  readonly maxQueue?: number;
  /** Heap limit of each worker (MB); a job past it ends its worker, not the server. */
  readonly memoryMb?: number;
}

export interface RunOptions {
  /** Wall time in the worker before it is terminated and the job refused with 503 (ms). */
  readonly budgetMs?: number;
  /** Aborting it (the client went away) terminates the job's worker. */
  readonly signal?: AbortSignal;
  /** Buffers to move to the worker instead of copying (they become unusable here). */
  readonly transfer?: readonly ArrayBuffer[];
}

/** Counters, for tests and monitoring. */
export interface PoolStats {
  readonly size: number;
  readonly maxQueue: number;
  /** Live workers, starting or ready. */
  readonly workers: number;
  readonly busy: number;
  readonly queued: number;
  /** Workers ever started (a terminated worker is replaced by a new one). */
  readonly started: number;
  /** Jobs that answered (a result or an error of their own). */
  readonly completed: number;
  /** Workers terminated in the middle of a job: budget exceeded or client gone. */
  readonly terminated: number;
  readonly timedOut: number;
  readonly aborted: number;
  /** Jobs refused because the queue was full. */
  readonly rejected: number;
}

/** Runs heavy jobs on worker threads, each within a time budget and cancellable. */
export interface HeavyPool {
  run<K extends HeavyJob['kind']>(
    job: Extract<HeavyJob, { kind: K }>,
    options?: RunOptions,
  ): Promise<HeavyResults[K]>;
  stats(): PoolStats;
  /** Refuses what waits and terminates every worker. */
  close(): Promise<void>;
}

interface Task {
  readonly id: number;
  readonly job: HeavyJob;
  readonly budgetMs: number;
  readonly transfer: readonly ArrayBuffer[];
  readonly signal: AbortSignal | undefined;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  onAbort?: () => void;
  timer?: ReturnType<typeof setTimeout>;
  slot?: Slot;
}

interface Slot {
  readonly worker: Worker;
  ready: boolean;
  dead: boolean;
  task: Task | undefined;
}

type Reply =
  | { readonly ready: true }
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: WireError };

/**
 * The worker's module: compiled (dist/node, what `potentiale` runs), worker.js beside this file;
 * run from the TypeScript sources (vitest, a checkout without a build), worker-entry.js, which
 * registers tsx in the new thread first.
 */
const ENTRY = import.meta.url.endsWith('.ts')
  ? new URL('./worker-entry.js', import.meta.url)
  : new URL('./worker.js', import.meta.url);

const seconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

/**
 * A pool of `node:worker_threads` workers for heavy jobs (see HeavyJob). Workers start when
 * first needed and stay; a job runs on a ready worker (start-up time is not charged to it)
 * within its wall-time budget. Past the budget, or when the caller's signal aborts (the client
 * disconnected), the worker is terminated (the only way to stop synchronous work) and a new one
 * started for the next job. Why not a pool library: the workers must load TypeScript through
 * tsx, and terminate-and-replace is the whole policy.
 * @example
 * const pool = createWorkerPool({ size: 1 });
 * await pool.run({ kind: 'dea', args: [ids, columns, request] }, { budgetMs: 10_000, signal });
 */
export function createWorkerPool(options: PoolOptions = {}): HeavyPool {
  const size = Math.max(1, Math.floor(options.size ?? availableParallelism() - 1));
  const maxQueue = Math.max(0, Math.floor(options.maxQueue ?? 2 * size));
  const memoryMb = options.memoryMb ?? 1024;
  const slots: Slot[] = [];
  const queue: Task[] = [];
  const counters = {
    started: 0,
    completed: 0,
    terminated: 0,
    timedOut: 0,
    aborted: 0,
    rejected: 0,
  };
  let nextId = 1;
  let closed = false;

  const spawn = (): void => {
    const worker = new Worker(ENTRY, { resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
    const slot: Slot = { worker, ready: false, dead: false, task: undefined };
    slots.push(slot);
    counters.started++;
    worker.unref();
    worker.on('message', (reply: Reply) => onReply(slot, reply));
    worker.on('error', (e) => onLost(slot, e));
    worker.on('exit', (code) => onLost(slot, new Error(`arbejdstråden stoppede (kode ${code})`)));
  };

  const pump = (): void => {
    while (queue.length > 0 && !closed) {
      const slot = slots.find((s) => s.ready && !s.task);
      if (!slot) {
        const starting = slots.filter((s) => !s.ready).length;
        if (slots.length < size && starting < queue.length) spawn();
        return;
      }
      start(slot, queue.shift() as Task);
    }
  };

  const start = (slot: Slot, task: Task): void => {
    slot.task = task;
    task.slot = slot;
    slot.worker.ref();
    task.timer = setTimeout(() => kill(slot, task, 'budget'), task.budgetMs);
    try {
      slot.worker.postMessage({ id: task.id, job: task.job }, [...task.transfer]);
    } catch (e) {
      // A job that cannot be cloned (a function in it) is a programming error: fail it now.
      settle(task);
      task.reject(e);
      queueMicrotask(pump);
    }
  };

  const settle = (task: Task): void => {
    if (task.timer) clearTimeout(task.timer);
    if (task.onAbort) task.signal?.removeEventListener('abort', task.onAbort);
    const slot = task.slot;
    if (slot && slot.task === task) {
      slot.task = undefined;
      slot.worker.unref();
    }
  };

  const retire = (slot: Slot): void => {
    slot.dead = true;
    const at = slots.indexOf(slot);
    if (at >= 0) slots.splice(at, 1);
  };

  const kill = (slot: Slot, task: Task, why: 'budget' | 'abort'): void => {
    settle(task);
    retire(slot);
    void slot.worker.terminate();
    counters.terminated++;
    if (why === 'budget') {
      counters.timedOut++;
      const s = task.budgetMs / 1000;
      task.reject(
        new HeavyError(
          503,
          `Beregningen tog mere end ${s} sekunder og blev stoppet. Prøv med færre enheder eller kolonner, eller kør DEA med kommandoen "potentiale dea"`,
          `The computation took more than ${s} seconds and was stopped. Try fewer units or columns, or run DEA with the command "potentiale dea"`,
          { retryAfter: seconds(task.budgetMs) },
        ),
      );
    } else {
      counters.aborted++;
      task.reject(abortError());
    }
    pump();
  };

  const onReply = (slot: Slot, reply: Reply): void => {
    if ('ready' in reply) {
      slot.ready = true;
      pump();
      return;
    }
    const task = slot.task;
    if (!task || task.id !== reply.id) return;
    settle(task);
    counters.completed++;
    if (reply.ok) task.resolve(reply.value);
    else task.reject(fromWire(reply.error));
    pump();
  };

  const onLost = (slot: Slot, error: Error): void => {
    if (slot.dead) return;
    retire(slot);
    const task = slot.task;
    const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
    const failure = outOfMemory
      ? new HeavyError(
          503,
          'Beregningen brugte for meget hukommelse og blev stoppet. Prøv med færre enheder eller kolonner',
          'The computation used too much memory and was stopped. Try fewer units or columns',
          { retryAfter: 10 },
        )
      : error;
    if (task) {
      settle(task);
      task.reject(failure);
    } else if (!slot.ready) {
      // It never started (a broken installation): refuse what waits instead of respawning.
      for (const t of queue.splice(0)) {
        settle(t);
        t.reject(failure);
      }
    }
    pump();
  };

  return {
    run: <K extends HeavyJob['kind']>(
      job: Extract<HeavyJob, { kind: K }>,
      opts: RunOptions = {},
    ): Promise<HeavyResults[K]> =>
      new Promise<HeavyResults[K]>((resolve, reject) => {
        const budgetMs = opts.budgetMs ?? DEFAULT_BUDGET_MS;
        if (closed) return reject(new Error('Arbejdspuljen er lukket'));
        if (opts.signal?.aborted) {
          counters.aborted++;
          return reject(abortError());
        }
        const idle = slots.some((s) => s.ready && !s.task);
        if (!idle && queue.length >= maxQueue) {
          counters.rejected++;
          return reject(
            new HeavyError(
              503,
              'Serveren regner allerede på så mange tunge opgaver, som den kan. Prøv igen om lidt',
              'The server is already running as many heavy jobs as it can. Try again shortly',
              { retryAfter: seconds(budgetMs) },
            ),
          );
        }
        const task: Task = {
          id: nextId++,
          job,
          budgetMs,
          transfer: opts.transfer ?? [],
          signal: opts.signal,
          resolve: resolve as (value: unknown) => void,
          reject,
        };
        if (opts.signal) {
          task.onAbort = () => {
            if (task.slot) return kill(task.slot, task, 'abort');
            const at = queue.indexOf(task);
            if (at >= 0) queue.splice(at, 1);
            settle(task);
            counters.aborted++;
            reject(abortError());
          };
          opts.signal.addEventListener('abort', task.onAbort, { once: true });
        }
        queue.push(task);
        pump();
      }),
    stats: () => ({
      size,
      maxQueue,
      workers: slots.length,
      busy: slots.filter((s) => s.task).length,
      queued: queue.length,
      ...counters,
    }),
    close: async () => {
      closed = true;
      for (const t of queue.splice(0)) {
        settle(t);
        t.reject(new Error('Arbejdspuljen er lukket'));
      }
      const all = slots.splice(0);
      for (const s of all) {
        s.dead = true;
        if (s.task) {
          settle(s.task);
          s.task.reject(new Error('Arbejdspuljen er lukket'));
        }
      }
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}

/** The client went away; nobody reads this answer, but the job's promise must settle. */
function abortError(): HeavyError {
  return new HeavyError(
    503,
    'Forespørgslen blev afbrudt af klienten; beregningen er stoppet',
    'The client aborted the request; the computation was stopped',
  );
}

let shared: HeavyPool | undefined;

/** One pool for the whole process (every app shares the cores), started on first use. */
export function sharedPool(): HeavyPool {
  shared ??= createWorkerPool();
  return shared;
}
