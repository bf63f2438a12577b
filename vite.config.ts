import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The web app: built from src/web into dist/web, served by `potentiale serve` on the API's port. */
export default defineConfig({
  root: fileURLToPath(new URL('src/web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    // Read by the server (src/server/web.ts) to preload each page's chunks; not served.
    manifest: true,
  },
  server: {
    // Only the API's own paths: /api/index.ts is a source file of the app in dev mode.
    proxy: Object.fromEntries(
      ['/api/v1', '/api/docs'].map((p) => [
        p,
        process.env.POTENTIALE_API ?? 'http://127.0.0.1:3000',
      ]),
    ),
  },
});
