import { NotFoundError, type Resource } from '../../core/index.ts';
import { listMunicipalities } from '../../db/index.ts';
import type { GuardedRequest } from './route-params.ts';
import type { ResourceDeps, RouteRule } from './write-routes.ts';

// The report's narrative drafts (issue 20): private to who may edit them, so the reads are
// guarded as the write is (`report.edit`: the municipality's editors and the national editors).

/** The municipality a path's `:code` names (404 when there is none). */
async function draftOf(request: GuardedRequest, { db }: ResourceDeps): Promise<Resource> {
  const code = request.params['code'] ?? '';
  const known = (await listMunicipalities(db)).some((m) => m.code === code);
  if (!known) throw new NotFoundError(`Der er ingen kommune med koden ${code.slice(0, 20)}`);
  return { type: 'report-draft', municipality: code };
}

const edit: RouteRule = { kind: 'action', action: 'report.edit', resource: draftOf };

export const REPORT_RULES: Readonly<Record<string, RouteRule>> = {
  'GET /api/v1/reports/:code/draft': edit,
  'PUT /api/v1/reports/:code/draft': edit,
  'GET /api/v1/reports/:code/drafts': edit,
  'GET /api/v1/reports/:code/drafts/:version': edit,
};
