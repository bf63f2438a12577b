// A worker thread starts without the TypeScript loader that runs the server (bin/potentiale.js,
// vitest): register tsx here, then load the TypeScript worker. Plain JavaScript on purpose.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
