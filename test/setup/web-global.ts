// Starts the real server, as a user does (`potentiale import` then `potentiale serve`), on the
// real data in ../shared/data/raw with a fresh PGlite database, for the browser tests.
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { TEST_SECRET_KEY, TEST_USERS } from '../e2e/support/test-users.ts';
import { startWebServer, type WebServer } from '../e2e/support/web-server.ts';

let server: WebServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  // The accounts the browser tests log in as (issue 15), and the key TOTP needs.
  server = await startWebServer({
    importRealData: true,
    users: Object.values(TEST_USERS),
    env: { POTENTIALE_SECRET_KEY: TEST_SECRET_KEY },
  });
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
