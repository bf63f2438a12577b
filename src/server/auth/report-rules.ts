import { NotFoundError, decide, findMunicipality, type Resource } from '../../core/index.ts';
import { ProblemError } from '../problem.ts';
import { authOf, type RequestAuth } from './request-auth.ts';
import type { GuardedRequest } from './route-params.ts';
import type { ResourceDeps, RouteRule } from './write-routes.ts';

// The report's narrative drafts (issue 20): private to who may edit them, so the reads are
// guarded as the write is (`report.edit`: the municipality's editors and the national editors).

/**
 * The municipality a path's `:code` names, from the core's list (no query): 404 when there is
 * none, except to an anonymous caller, who is refused first (401) whatever the code.
 */
async function draftOf(request: GuardedRequest, _deps: ResourceDeps): Promise<Resource> {
  const code = request.params['code'] ?? '';
  if (!findMunicipality(code) && authOf(request.c).actor.kind !== 'anonymous')
    throw new NotFoundError(`Der er ingen kommune med koden ${code.slice(0, 20)}`);
  return { type: 'report-draft', municipality: code };
}

const edit: RouteRule = { kind: 'action', action: 'report.edit', resource: draftOf };

export const REPORT_RULES: Readonly<Record<string, RouteRule>> = {
  'GET /api/v1/reports/:code/draft': edit,
  'PUT /api/v1/reports/:code/draft': edit,
  'GET /api/v1/reports/:code/drafts': edit,
  'GET /api/v1/reports/:code/drafts/:version': edit,
};

/**
 * Refuses (401 not logged in, 403 otherwise, with the policy's words) a reader who may not
 * edit the municipality's report: for a route that is public but shows the draft on request
 * (the report files with `narrative=draft`).
 */
export function mustEditReport(auth: RequestAuth, code: string): void {
  const decision = decide(auth.actor, 'report.edit', { type: 'report-draft', municipality: code });
  if (decision.allow) return;
  throw new ProblemError(
    decision.status,
    decision.messageDa,
    decision.messageEn,
    'narrative',
    decision.status === 401 ? { 'WWW-Authenticate': 'Bearer realm="potentiale"' } : {},
  );
}
