/**
 * The documented thresholds of the steering self-assessment (issue 19, /metode#styring). One
 * place, so the method page, the tests and the result say the same.
 */

/** Grades per centre on the 1–5 scale: A from 4.0, B from 3.0, C below. */
export const GRADE_THRESHOLDS = { A: 4, B: 3 } as const;
export type Grade = 'A' | 'B' | 'C';

/** A respondent counts in a centre when at least this share of its statements has a score. */
export const MIN_ANSWERED_SHARE = 0.5;

/** Findings. */
export const FINDING_THRESHOLDS = {
  /** |economic-financial self-score − the data's score|. */
  dataGap: 1,
  /** A centre's respondents disagree: the population SD of their means, or their range. */
  respondentSd: 0.8,
  respondentRange: 2,
  /** One statement's answers range at least this far (1 against 4). */
  statementRange: 3,
  /** The highest centre self-score minus the lowest. */
  centreGap: 1,
  /** A centre's own respondents against the others, on that centre. */
  homeView: 1,
} as const;

/** The data score's bands: each component is scored 1–5 by where its value falls. */
export const DATA_BANDS = {
  /** own / peer median − 1, per cent: ≤ −10 → 5, ≤ −3 → 4, < 3 → 3, < 10 → 2, else 1. */
  level: [-10, -3, 3, 10],
  /** own growth factor / peers' median growth factor − 1, per cent. */
  development: [-5, -2, 2, 5],
  /** mean |accounts − budget| / |budget|, per cent: ≤ 2 → 5, ≤ 5 → 4, ≤ 10 → 3, ≤ 15 → 2. */
  budget: [2, 5, 10, 15],
} as const;

/** The data score needs at least this many components. */
export const MIN_DATA_COMPONENTS = 2;

/** The development window: at most this many years back from the newest. */
export const DEVELOPMENT_YEARS = 4;

/** The weakest fields named, and at most this many municipalities to call for each. */
export const WEAKEST_FIELDS = 3;
export const CALL_PER_FIELD = 5;
/** A municipality to call scores at least this on the field. */
export const CALL_MIN_SCORE = 4;

/**
 * The grade of a mean on the 1–5 scale, or null without one.
 * @example gradeOf(4) // 'A'
 * @example gradeOf(2.99) // 'C'
 */
export function gradeOf(mean: number | null): Grade | null {
  if (mean === null || !Number.isFinite(mean)) return null;
  if (mean >= GRADE_THRESHOLDS.A) return 'A';
  if (mean >= GRADE_THRESHOLDS.B) return 'B';
  return 'C';
}
