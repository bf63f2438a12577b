import {
  centreScores,
  compareWithParticipants,
  findingsOf,
  participantResult,
  weakestFields,
  type Assessment,
  type CentreScore,
  type Finding,
  type GroupAverage,
  type ItemSummaryFields,
  type ParticipantResult,
  type Questionnaire,
  type SteeringResponse,
  type StoredResponse,
  type WeakField,
} from '../core/index.ts';
import { listAssessments, responsesOf, steeringItems, type Queryable } from '../db/index.ts';
import type { Questionnaires } from './questionnaires.ts';

/** The whole result of an assessment: scores, findings, the comparison, history. */
export interface SteeringResult {
  readonly assessment: Assessment;
  readonly questionnaire: Questionnaire;
  readonly responses: readonly StoredResponse[];
  readonly scores: readonly CentreScore[];
  readonly findings: readonly Finding[];
  readonly comparison: { readonly peers: GroupAverage; readonly all: GroupAverage };
  readonly weakest: readonly WeakField[];
  /** Portal items on steering of the municipalities to call. */
  readonly items: ReadonlyMap<string, readonly ItemSummaryFields[]>;
  /** The municipality's assessments, oldest first, with their centre scores (this one too). */
  readonly history: readonly {
    readonly assessment: Assessment;
    readonly scores: readonly CentreScore[];
    readonly finished: number;
  }[];
}

const asResponses = (stored: readonly StoredResponse[]): SteeringResponse[] =>
  stored.map((r) => ({
    respondent: String(r.userId),
    centre: r.centre,
    answers: r.answers,
    finished: r.finishedAt !== null,
  }));

/** The centre scores of an assessment on its own questionnaire version. */
export function scoresOf(
  questionnaires: Questionnaires,
  assessment: Assessment,
  responses: readonly StoredResponse[],
): readonly CentreScore[] {
  const q = questionnaires.get(assessment.questionnaireVersion) ?? questionnaires.current;
  return centreScores(q, asResponses(responses.filter((r) => r.assessmentId === assessment.id)));
}

/**
 * The participants of the comparison: every municipality's newest shared assessment with at
 * least one finished response (the municipality asking is left out by the comparison itself).
 */
export async function sharedParticipants(
  db: Queryable,
  questionnaires: Questionnaires,
): Promise<ParticipantResult[]> {
  const shared = await listAssessments(db, { visibleTo: [] });
  const responses = await responsesOf(
    db,
    shared.map((a) => a.id),
  );
  const finished = new Set(
    responses.filter((r) => r.finishedAt !== null).map((r) => r.assessmentId),
  );
  const newest = new Map<string, Assessment>();
  for (const a of shared)
    if (finished.has(a.id) && !newest.has(a.municipality)) newest.set(a.municipality, a);
  return [...newest.values()].map((a) =>
    participantResult(a.municipality, a.id, scoresOf(questionnaires, a, responses)),
  );
}

/**
 * An assessment's result (issue 19): the centres' scores from the finished responses, the
 * findings (the data's score against the economic centre's self-score among them), the peer
 * group's and all participants' averages, the weakest fields with whom to call and their
 * portal items, and the municipality's assessments over time.
 */
export async function steeringResult(
  db: Queryable,
  questionnaires: Questionnaires,
  assessment: Assessment,
): Promise<SteeringResult> {
  const questionnaire =
    questionnaires.get(assessment.questionnaireVersion) ?? questionnaires.current;
  const own = await listAssessments(db, {
    municipality: assessment.municipality,
    visibleTo: [assessment.municipality],
  });
  const responses = await responsesOf(
    db,
    own.map((a) => a.id),
  );
  const scores = scoresOf(questionnaires, assessment, responses);
  const participants = await sharedParticipants(db, questionnaires);
  const { data } = assessment;
  const weakest = weakestFields(
    assessment.municipality,
    scores,
    data.peers.members,
    data.similarity,
    participants,
  );
  const items = await steeringItems(db, [
    ...new Set(weakest.flatMap((w) => w.calls.map((c) => c.municipality))),
  ]);
  const history = [...own]
    .filter((a) => a.createdAt <= assessment.createdAt || a.id === assessment.id)
    .reverse()
    .map((a) => ({
      assessment: a,
      scores: scoresOf(questionnaires, a, responses),
      finished: responses.filter((r) => r.assessmentId === a.id && r.finishedAt !== null).length,
    }));
  return {
    assessment,
    questionnaire,
    responses: responses.filter((r) => r.assessmentId === assessment.id),
    scores,
    findings: findingsOf(questionnaire, scores, data.score.score),
    comparison: compareWithParticipants(assessment.municipality, data.peers.members, participants),
    weakest,
    items,
    history,
  };
}
