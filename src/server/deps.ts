import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Database } from '../db/index.ts';

/** What the routes need: the database and a clock. */
export interface ServerDeps {
  readonly db: Database;
  readonly now: () => Date;
}

export type App = OpenAPIHono;
