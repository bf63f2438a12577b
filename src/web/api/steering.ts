import type { QueryClient, UseQueryResult } from '@tanstack/react-query';
import type { z } from 'zod';
import type * as S from '../../server/schemas/index.ts';
import type { Params } from './client.ts';
import { useViewerGet } from './session.ts';

/**
 * The steering self-assessment's answers (issue 19), read from the server's zod schemas
 * (src/server/schemas/steering.ts) with `import type`: nothing of the server reaches the browser.
 */
export type QuestionnaireDocument = z.output<typeof S.QuestionnaireDocument>;
export type AssessmentListDocument = z.output<typeof S.AssessmentListDocument>;
export type AssessmentSummary = z.output<typeof S.AssessmentSummary>;
export type AssessmentDocument = z.output<typeof S.AssessmentDocument>;
export type SteeringIndicator = z.output<typeof S.DataIndicator>;
export type CentreResult = z.output<typeof S.CentreResult>;
export type SteeringFinding = z.output<typeof S.Finding>;
export type ResponseDocument = z.output<typeof S.ResponseDocument>;
export type RoundListDocument = z.output<typeof S.RoundListDocument>;
export type RoundDocument = z.output<typeof S.RoundDocument>;
/** What the forms send. */
export type NewAssessmentBody = z.input<typeof S.NewAssessmentBody>;
export type AssessmentPatchBody = z.input<typeof S.AssessmentPatchBody>;
export type ResponseBody = z.input<typeof S.ResponseBody>;
export type RoundBody = z.input<typeof S.RoundBody>;
export type CreatedAssessment = z.output<typeof S.CreatedAssessment>;
export type CreatedRound = z.output<typeof S.CreatedRound>;

/** Every steering query sits under this key: a save or a login drops them at once. */
export const STEERING_KEY = 'steering';

/** A steering GET as the logged-in user sees it (never cached by the browser: sendJson). */
function useSteeringGet<T>(
  path: string,
  params: Params | null,
  staleTime = 30_000,
): UseQueryResult<T, Error> {
  return useViewerGet<T>(STEERING_KEY, path, params, { staleTime, retry: false });
}

/** `GET /steering/questionnaire`: the newest version, or the one asked for. */
export function useQuestionnaire(version?: string): UseQueryResult<QuestionnaireDocument, Error> {
  return useSteeringGet(
    'steering/questionnaire',
    version === undefined ? {} : { version },
    5 * 60_000,
  );
}

/** `GET /steering/assessments`: the viewer's own and every shared assessment. */
export function useAssessments(
  municipality?: string,
): UseQueryResult<AssessmentListDocument, Error> {
  return useSteeringGet('steering/assessments', municipality === undefined ? {} : { municipality });
}

/** `GET /steering/assessments/{id}`: the whole result. */
export function useAssessment(id: string): UseQueryResult<AssessmentDocument, Error> {
  return useSteeringGet(`steering/assessments/${encodeURIComponent(id)}`, id === '' ? null : {}, 0);
}

/** `GET /steering/assessments/{id}/responses/me`: the viewer's response, to resume (404: none yet). */
export function useMyResponse(
  id: string,
  enabled: boolean,
): UseQueryResult<ResponseDocument, Error> {
  return useSteeringGet(
    `steering/assessments/${encodeURIComponent(id)}/responses/me`,
    enabled && id !== '' ? {} : null,
    0,
  );
}

/** `GET /steering/rounds`: the rounds the viewer takes part in or facilitates. */
export function useRounds(enabled: boolean): UseQueryResult<RoundListDocument, Error> {
  return useSteeringGet('steering/rounds', enabled ? {} : null);
}

/** `GET /steering/rounds/{id}`. */
export function useRound(id: string): UseQueryResult<RoundDocument, Error> {
  return useSteeringGet(`steering/rounds/${encodeURIComponent(id)}`, id === '' ? null : {}, 0);
}

/** Drops every steering answer (after a write). */
export function invalidateSteering(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: [STEERING_KEY] });
}
