import type { QuestionnaireDocument, ResponseBody } from '../../api/index.ts';

/** An answer: a score 1–5 or "ved ikke". A statement without a key is unanswered. */
export type AnswerValue = 1 | 2 | 3 | 4 | 5 | 'dont-know';

/** The respondent's draft as the form holds it ('' = no centre chosen yet). */
export interface Draft {
  readonly label: string;
  readonly centre: string;
  readonly answers: Readonly<Record<string, AnswerValue>>;
}

export const EMPTY_DRAFT: Draft = { label: '', centre: '', answers: {} };

/** The scores a radio group offers, then "ved ikke". */
export const SCORES = [1, 2, 3, 4, 5] as const;

/** Every statement's id in the questionnaire's order (centre by centre). */
export function statementIds(q: QuestionnaireDocument): readonly string[] {
  return q.centres.flatMap((c) => c.statements.map((s) => s.id));
}

/**
 * How many of the questionnaire's statements the draft answers (a score or "ved ikke").
 * @example answeredOf(q, { 'sp-01': 3, 'xx-99': 1 }) // 1
 */
export function answeredOf(
  q: QuestionnaireDocument,
  answers: Readonly<Record<string, AnswerValue>>,
): number {
  return statementIds(q).filter((id) => answers[id] !== undefined).length;
}

/** The draft as PUT /responses/me takes it. */
export function responseBody(draft: Draft, version: string, finish: boolean): ResponseBody {
  return { version, centre: draft.centre, label: draft.label, answers: draft.answers, finish };
}

/**
 * The statement a refusal names (`parameter` "answers.sp-04"), else undefined.
 * @example statementOf('answers.sp-04') // 'sp-04'
 */
export function statementOf(parameter: string | undefined): string | undefined {
  return parameter === undefined ? undefined : /^answers\.(.+)$/.exec(parameter)?.[1];
}

/** A saved answer read back (the server stores integers or "dont-know"). */
export function answersOf(saved: Readonly<Record<string, number | string>>): Draft['answers'] {
  const out: Record<string, AnswerValue> = {};
  for (const [id, v] of Object.entries(saved)) {
    if (v === 'dont-know' || v === 1 || v === 2 || v === 3 || v === 4 || v === 5) out[id] = v;
  }
  return out;
}
