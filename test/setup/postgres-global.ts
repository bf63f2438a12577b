// Starts a throwaway PostgreSQL 15 cluster for the test run (DESIGN.md §5: every database test
// runs on PGlite and on a real server). Uses POTENTIALE_TEST_DATABASE_URL when given instead.
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../support/throwaway-postgres.ts';

let server: ThrowawayPostgres | undefined;

export async function setup(project: TestProject): Promise<void> {
  const given = process.env['POTENTIALE_TEST_DATABASE_URL'];
  if (given) {
    project.provide('postgresUrl', given);
    return;
  }
  server = await startThrowawayPostgres();
  project.provide('postgresUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}
