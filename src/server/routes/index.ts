import type { OpenAPIHono } from '@hono/zod-openapi';
import type { HeavyOptions } from '../heavy/index.ts';
import { accountRoutes } from './account.ts';
import { auditRoutes } from './audit.ts';
import { compareRoutes } from './compare.ts';
import { deaRoutes } from './dea.ts';
import { developmentRoutes } from './development.ts';
import { freshnessRoutes } from './freshness.ts';
import { geoRoutes } from './geo.ts';
import { groupRoutes } from './groups.ts';
import { healthRoutes } from './health.ts';
import { importRoutes } from './imports.ts';
import { initiativeFileRoutes } from './initiative-files.ts';
import { keyFigureRoutes } from './key-figures.ts';
import { municipalityRoutes } from './municipalities.ts';
import { oneTimeRoutes } from './one-time.ts';
import { packageRoutes } from './package.ts';
import { barrierRoutes } from './barriers.ts';
import { budgetRoutes } from './budget.ts';
import { ReportService } from '../reports/index.ts';
import { reportFileRoutes } from './report-files.ts';
import { reportDraftRoutes } from './reports.ts';
import { steeringRoutes } from './steering.ts';
import { peerGroupRoutes } from './peer-groups.ts';
import { peersRoutes } from './peers.ts';
import { initiativeRoutes } from './initiatives.ts';
import { portalRoutes } from './portal.ts';
import { portalMoreRoutes } from './portal-more.ts';
import { potentialRoutes } from './potential.ts';
import { seriesRoutes } from './series.ts';
import { sessionRoutes } from './session.ts';
import { talkToRoutes } from './talk-to.ts';
import { valuesRoutes } from './values.ts';
import { type AuthDeps } from '../auth/index.ts';

/**
 * Every route of /api/v1, one module per use case, mounted on `app` (after its middleware,
 * before the OpenAPI document). Each module builds its own OpenAPIHono; `route` merges its
 * routes and their OpenAPI definitions into `app`, and the validation hook is `app`'s.
 */
export function registerRoutes(
  app: OpenAPIHono,
  deps: AuthDeps,
  heavy?: HeavyOptions,
  reports?: ReportService,
) {
  return (
    app
      .route('/', healthRoutes(deps))
      .route('/', municipalityRoutes(deps))
      .route('/', keyFigureRoutes(deps))
      .route('/', peerGroupRoutes(deps))
      .route('/', importRoutes(deps))
      .route('/', freshnessRoutes(deps))
      .route('/', valuesRoutes(deps))
      .route('/', seriesRoutes(deps))
      .route('/', peersRoutes(deps))
      .route('/', potentialRoutes(deps))
      .route('/', packageRoutes(deps))
      .route('/', compareRoutes(deps))
      .route('/', developmentRoutes(deps))
      .route('/', talkToRoutes(deps))
      .route('/', geoRoutes(deps))
      .route('/', deaRoutes(deps, heavy))
      .route('/', sessionRoutes(deps))
      .route('/', accountRoutes(deps))
      .route('/', oneTimeRoutes(deps))
      .route('/', groupRoutes(deps))
      .route('/', auditRoutes(deps))
      .route('/', portalRoutes(deps))
      .route('/', portalMoreRoutes(deps))
      // Before initiativeRoutes: its /initiatives/{id} would take "template.xlsx" for an id.
      .route('/', initiativeFileRoutes(deps))
      .route('/', initiativeRoutes(deps))
      .route('/', barrierRoutes(deps))
      .route('/', budgetRoutes(deps))
      .route('/', steeringRoutes(deps))
      .route('/', reportDraftRoutes(deps))
      .route(
        '/',
        reportFileRoutes(
          deps,
          reports ?? new ReportService(heavy?.pool ? { pool: heavy.pool } : {}),
        ),
      )
  );
}
