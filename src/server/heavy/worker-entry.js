// A worker thread starts without the TypeScript loader that runs the server from its sources
// (vitest, bin/potentiale.js in a checkout whose build is stale): register tsx here, then load the
// TypeScript worker. Plain JavaScript on purpose. The compiled server (dist/node) starts
// worker.js directly and never loads this file or tsx.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
