// Starts the real server, as a user does (`potentiale import` then `potentiale serve`), on the
// real data in ../shared/data/raw with a fresh PGlite database, for the browser tests.
import { join } from 'node:path';
import type {} from 'vitest';
import { repoRoot } from '../support/shared-data.ts';
import type { TestProject } from 'vitest/node';
import { TEST_SECRET_KEY, TEST_USERS } from '../e2e/support/test-users.ts';
import { startWebServer, type WebServer } from '../e2e/support/web-server.ts';

let server: WebServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  // The accounts the browser tests log in as (issue 15), and the key TOTP needs.
  server = await startWebServer({
    importRealData: true,
    // Budget follow-up (issue 18) reads budgets: the project-made BUDK32 fixture (its README
    // says what is planted) beside the real REGK31 accounts.
    alsoImport: [join(repoRoot, 'test', 'fixtures', 'budk32')],
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
