import { InvalidInputError } from '../diagnostics/index.ts';
import { allStatements, isCentre, type CentreId, type Questionnaire } from './questionnaire.ts';

/** A score 1–5, or "ved ikke" (the respondent does not know). */
export type Answer = 1 | 2 | 3 | 4 | 5 | 'dont-know';

/** A respondent's answers by statement id; a missing statement is not answered yet. */
export type Answers = Readonly<Record<string, Answer>>;

/** One respondent's response to an assessment. */
export interface SteeringResponse {
  readonly respondent: string;
  /** The centre the respondent works in (its "home" centre). */
  readonly centre: CentreId;
  readonly answers: Answers;
  /** Only finished responses count in a result. */
  readonly finished: boolean;
}

/** What a respondent sends: the version it answered, its centre and the answers so far. */
export interface ResponseInput {
  readonly version: string;
  readonly centre: string;
  readonly answers: Readonly<Record<string, number | string>>;
  readonly finish: boolean;
}

/**
 * Checks a response against the assessment's questionnaire: the same version, a known centre,
 * statements of this version only, scores 1–5 as whole numbers or "dont-know", and, to finish,
 * every statement answered. Throws InvalidInputError naming the field; returns the answers typed.
 * @example checkResponse(q, { version: q.version, centre: 'economic-financial', answers: { 'ef-01': 6 }, finish: false }) // throws: "answers.ef-01"
 */
export function checkResponse(q: Questionnaire, input: ResponseInput): Answers {
  if (input.version !== q.version)
    throw new InvalidInputError(
      `Vurderingen bruger spørgeskemaets version ${q.version}; svar på version ${input.version} kan ikke gemmes her`,
      'version',
    );
  if (!isCentre(input.centre))
    throw new InvalidInputError(`Ukendt styringscenter "${input.centre}"`, 'centre');
  const statements = allStatements(q);
  const known = new Set(statements.map((s) => s.id));
  const answers: Record<string, Answer> = {};
  for (const [id, value] of Object.entries(input.answers)) {
    if (!known.has(id))
      throw new InvalidInputError(
        `Udsagnet "${id}" findes ikke i spørgeskemaets version ${q.version}`,
        `answers.${id}`,
      );
    answers[id] = checkScore(value, id);
  }
  if (input.finish) {
    const missing = statements.filter((s) => answers[s.id] === undefined);
    const [first] = missing;
    if (first !== undefined)
      throw new InvalidInputError(
        `Besvarelsen kan først afsluttes, når alle udsagn har et svar (også "ved ikke"); ${missing.length} mangler, det første er ${first.id}`,
        `answers.${first.id}`,
      );
  }
  return answers;
}

function checkScore(value: number | string, id: string): Answer {
  if (value === 'dont-know') return value;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5)
    return value as Answer;
  throw new InvalidInputError(
    `Et svar er et helt tal fra 1 til 5 eller "dont-know" (ved ikke), ikke ${JSON.stringify(value)}`,
    `answers.${id}`,
  );
}

/** The number of statements answered (a score or "ved ikke"). */
export function answeredCount(answers: Answers): number {
  return Object.keys(answers).length;
}
