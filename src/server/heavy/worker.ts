import { parentPort } from 'node:worker_threads';
import { toWire } from './errors.ts';
import { runHeavyJob, type HeavyJob } from './jobs.ts';

/**
 * A heavy worker thread (compiled: worker.js itself; from the sources: through worker-entry.js,
 * which loads TypeScript): says `ready` once its modules are loaded, then runs one job per
 * message and answers with its id.
 */
if (!parentPort) throw new Error('worker.ts runs only as a worker thread');
const port = parentPort;
port.on('message', (message: { readonly id: number; readonly job: HeavyJob }) => {
  runHeavyJob(message.job).then(
    (value) => port.postMessage({ id: message.id, ok: true, value }),
    (e: unknown) => port.postMessage({ id: message.id, ok: false, error: toWire(e) }),
  );
});
port.postMessage({ ready: true });
