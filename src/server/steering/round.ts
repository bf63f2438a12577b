import {
  CENTRES,
  mayReadRound,
  maySeeRoundComparison,
  meanOrNull,
  type Actor,
  type SteeringRound,
} from '../../core/index.ts';
import { listAssessments, responsesOf, type Queryable } from '../../db/index.ts';
import { scoresOf, type Questionnaires } from '../../engine/index.ts';
import { centreValues, ref, type Names } from './present.ts';

/** Whether the actor may read the round at all (participants' editors, national editors). */
export function roundVisible(actor: Actor, round: SteeringRound): boolean {
  return mayReadRound(
    actor,
    round.assessments.map((a) => a.municipality),
  );
}

/**
 * A round as the API answers it: the participants with their progress and consent, and the
 * comparison across them for the facilitators at once and for participants once all have shared.
 */
export async function presentRound(
  db: Queryable,
  questionnaires: Questionnaires,
  round: SteeringRound,
  actor: Actor,
  n: Names,
) {
  const ids = round.assessments.map((a) => a.id);
  const responses = await responsesOf(db, ids);
  const allShared = round.assessments.length > 0 && round.assessments.every((a) => a.shared);
  const visible = maySeeRoundComparison(actor, allShared);
  const participants = round.assessments.map((a) => {
    const own = responses.filter((r) => r.assessmentId === a.id);
    return {
      municipality: ref(n, a.municipality),
      assessment: a.id,
      shared: a.shared,
      started: own.length,
      finished: own.filter((r) => r.finishedAt !== null).length,
    };
  });
  let comparison = null;
  if (visible) {
    const byId = new Map((await listAssessments(db, { ids })).map((a) => [a.id, a]));
    const rows = round.assessments.flatMap((ra) => {
      const a = byId.get(ra.id);
      if (!a) return [];
      const scores = scoresOf(questionnaires, a, responses);
      return [
        {
          municipality: ref(n, a.municipality),
          assessment: a.id,
          centres: centreValues(scores),
          fields: scores.flatMap((s) => s.fields.map((f) => ({ id: f.id, mean: f.mean }))),
        },
      ];
    });
    comparison = {
      average: CENTRES.map((id) => ({
        id,
        mean: meanOrNull(rows.flatMap((r) => r.centres.find((c) => c.id === id)?.mean ?? [])),
      })),
      municipalities: rows,
    };
  }
  return {
    ...presentRoundSummary(round),
    participants,
    allShared,
    comparisonVisible: visible,
    waitingFor: round.assessments.filter((a) => !a.shared).map((a) => ref(n, a.municipality)),
    comparison,
  };
}

/** A line of the list of rounds. */
export function presentRoundSummary(round: SteeringRound) {
  return {
    id: round.id,
    name: round.name,
    questionnaireVersion: round.questionnaireVersion,
    deadline: round.deadline,
    createdAt: round.createdAt,
    participants: round.assessments.length,
    shared: round.assessments.filter((a) => a.shared).length,
  };
}
