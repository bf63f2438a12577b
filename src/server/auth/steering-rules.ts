import type { Resource } from '../../core/index.ts';
import { mustFindAssessment, type Queryable } from '../../db/index.ts';
import { idParam, type GuardedRequest } from './route-params.ts';
import type { RouteRule } from './write-routes.ts';

// The steering self-assessment's guarded routes (issue 19): the municipality writes and
// answers its own assessments; a national editor (facilitator) opens rounds.

/** The municipality of the assessment a path names (404 when there is none). */
async function assessmentOwner(request: GuardedRequest, db: Queryable): Promise<Resource> {
  const a = await mustFindAssessment(db, idParam(request, 'id'));
  return { type: 'steering-assessment', municipality: a.municipality };
}

export function steeringRules(
  bodyMunicipality: (request: GuardedRequest) => Promise<string | undefined>,
): Readonly<Record<string, RouteRule>> {
  return {
    'POST /api/v1/steering/assessments': {
      kind: 'action',
      action: 'steering.assess',
      resource: async (request) => {
        const m = await bodyMunicipality(request);
        return m === undefined
          ? { type: 'steering-assessment' }
          : { type: 'steering-assessment', municipality: m };
      },
    },
    'PATCH /api/v1/steering/assessments/:id': {
      kind: 'action',
      action: 'steering.assess',
      resource: (request, { db }) => assessmentOwner(request, db),
    },
    // A respondent answers only an assessment of a municipality it is bound to.
    'PUT /api/v1/steering/assessments/:id/responses/me': {
      kind: 'action',
      action: 'steering.answer',
      resource: (request, { db }) => assessmentOwner(request, db),
    },
    'GET /api/v1/steering/assessments/:id/responses/me': {
      kind: 'action',
      action: 'steering.answer',
      resource: (request, { db }) => assessmentOwner(request, db),
    },
    'POST /api/v1/steering/rounds': {
      kind: 'action',
      action: 'steering.round',
      resource: () => Promise.resolve({ type: 'steering-round' }),
    },
  };
}
