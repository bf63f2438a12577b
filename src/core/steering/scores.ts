import { mean } from '../stats/index.ts';
import type { Answers, SteeringResponse } from './answers.ts';
import type { Centre, CentreId, Questionnaire } from './questionnaire.ts';
import { gradeOf, MIN_ANSWERED_SHARE, type Grade } from './thresholds.ts';

/** One respondent's mean on a centre, when it answered enough of it. */
export interface RespondentMean {
  readonly respondent: string;
  /** The respondent's home centre. */
  readonly home: CentreId;
  readonly mean: number;
}

/** A statement's answers across the finished respondents. */
export interface StatementScore {
  readonly id: string;
  readonly mean: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** Numeric answers. */
  readonly n: number;
  readonly dontKnow: number;
}

export interface FieldScore {
  readonly id: string;
  readonly centre: CentreId;
  /** The mean of every numeric answer on the field's statements. */
  readonly mean: number | null;
  readonly n: number;
}

/** A centre's self-score: the respondents' means, their spread, and the grade. */
export interface CentreScore {
  readonly id: CentreId;
  /** The mean of the counting respondents' means; null when none counts. */
  readonly mean: number | null;
  /** Population standard deviation of those means. */
  readonly sd: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** Respondents counted. */
  readonly n: number;
  readonly grade: Grade | null;
  readonly respondents: readonly RespondentMean[];
  readonly fields: readonly FieldScore[];
  readonly statements: readonly StatementScore[];
}

function numbers(answers: Answers, ids: readonly string[]): number[] {
  const out: number[] = [];
  for (const id of ids) {
    const a = answers[id];
    if (typeof a === 'number') out.push(a);
  }
  return out;
}

/** The mean, or null for no values. @example meanOrNull([1, 2, 3]) // 2 */
export function meanOrNull(values: readonly number[]): number | null {
  return values.length === 0 ? null : mean(values);
}

/** Population standard deviation. @example populationSd([1, 3]) // 1 */
export function populationSd(values: readonly number[]): number | null {
  const m = meanOrNull(values);
  if (m === null) return null;
  return Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / values.length);
}

/**
 * A respondent's mean on a centre: the mean of its scores there, or null when fewer than
 * MIN_ANSWERED_SHARE of the centre's statements have a score ("ved ikke" is no score).
 */
export function respondentMean(centre: Centre, answers: Answers): number | null {
  const ids = centre.statements.map((s) => s.id);
  const scores = numbers(answers, ids);
  if (scores.length === 0 || scores.length < MIN_ANSWERED_SHARE * ids.length) return null;
  return meanOrNull(scores);
}

function statementScore(id: string, responses: readonly SteeringResponse[]): StatementScore {
  const scores: number[] = [];
  let dontKnow = 0;
  for (const r of responses) {
    const a = r.answers[id];
    if (typeof a === 'number') scores.push(a);
    else if (a === 'dont-know') dontKnow += 1;
  }
  return {
    id,
    mean: meanOrNull(scores),
    min: scores.length > 0 ? Math.min(...scores) : null,
    max: scores.length > 0 ? Math.max(...scores) : null,
    n: scores.length,
    dontKnow,
  };
}

/** One centre's score from the finished responses (unfinished ones are left out here). */
export function centreScore(centre: Centre, responses: readonly SteeringResponse[]): CentreScore {
  const finished = responses.filter((r) => r.finished);
  const respondents: RespondentMean[] = [];
  for (const r of finished) {
    const m = respondentMean(centre, r.answers);
    if (m !== null) respondents.push({ respondent: r.respondent, home: r.centre, mean: m });
  }
  const means = respondents.map((r) => r.mean);
  const m = meanOrNull(means);
  const fields = centre.fields.map((f): FieldScore => {
    const ids = centre.statements.filter((s) => s.field === f.id).map((s) => s.id);
    const scores = finished.flatMap((r) => numbers(r.answers, ids));
    return { id: f.id, centre: centre.id, mean: meanOrNull(scores), n: scores.length };
  });
  return {
    id: centre.id,
    mean: m,
    sd: populationSd(means),
    min: means.length > 0 ? Math.min(...means) : null,
    max: means.length > 0 ? Math.max(...means) : null,
    n: means.length,
    grade: gradeOf(m),
    respondents,
    fields,
    statements: centre.statements.map((s) => statementScore(s.id, finished)),
  };
}

/** Every centre's score, in the questionnaire's order. */
export function centreScores(
  q: Questionnaire,
  responses: readonly SteeringResponse[],
): readonly CentreScore[] {
  return q.centres.map((c) => centreScore(c, responses));
}
