// Starts the real server, as a user does (`potentiale import` then `potentiale serve`), on the
// real data in ../shared/data/raw with a fresh PGlite database, for the browser tests.
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startWebServer, type WebServer } from '../e2e/support/web-server.ts';

let server: WebServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  server = await startWebServer({ importRealData: true });
  project.provide('webUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string;
  }
}
