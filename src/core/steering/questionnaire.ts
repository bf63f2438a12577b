import { InvalidInputError } from '../diagnostics/index.ts';

/**
 * The steering self-assessment's questionnaire (issue 19, DESIGN.md §3.9): statements per
 * steering centre, each scored 1–5 or "ved ikke". The text lives in a versioned, reviewed data
 * file (content/steering/questionnaire-<version>.json); an assessment keeps the version it was
 * answered on, so a new version never changes an old result.
 */

/** The three steering centres, in the order the model names them. */
export const CENTRES = [
  'strategic-political',
  'economic-financial',
  'social-professional',
] as const;
export type CentreId = (typeof CENTRES)[number];

/** @example isCentre('economic-financial') // true */
export function isCentre(value: string): value is CentreId {
  return (CENTRES as readonly string[]).includes(value);
}

/** A field of a centre: what the weakest-field and whom-to-call lists name. */
export interface SteeringField {
  readonly id: string;
  readonly nameDa: string;
  readonly nameEn: string;
}

/** A statement, scored 1 (does not hold at all) to 5 (holds fully). */
export interface Statement {
  readonly id: string;
  readonly field: string;
  readonly textDa: string;
  readonly textEn: string;
  /** What 1 looks like in practice. */
  readonly lowDa: string;
  readonly lowEn: string;
  /** What 5 looks like in practice. */
  readonly highDa: string;
  readonly highEn: string;
}

export interface Centre {
  readonly id: CentreId;
  readonly nameDa: string;
  readonly nameEn: string;
  readonly descriptionDa: string;
  readonly descriptionEn: string;
  readonly fields: readonly SteeringField[];
  readonly statements: readonly Statement[];
}

export interface ScaleLabels {
  readonly '1': string;
  readonly '2': string;
  readonly '3': string;
  readonly '4': string;
  readonly '5': string;
  readonly dontKnow: string;
}

export interface Questionnaire {
  readonly version: string;
  /** ISO date the version was published. */
  readonly published: string;
  readonly scale: { readonly da: ScaleLabels; readonly en: ScaleLabels };
  readonly centres: readonly Centre[];
}

/** How many statements a centre has, at least and at most (the 8–12). */
export const STATEMENTS_PER_CENTRE = { min: 8, max: 12 } as const;

const VERSION = /^\d{4}\.\d{1,3}$/;

/**
 * The checks a questionnaire file must pass beyond its shape: a version like "2026.1", the three
 * centres once each in order, 8–12 statements per centre, unique statement ids, every statement
 * in a field of its centre, and every field with at least two statements. Throws
 * InvalidInputError naming the place.
 * @example checkQuestionnaire({ ...q, version: 'x' }) // throws: "version"
 */
export function checkQuestionnaire(q: Questionnaire): void {
  if (!VERSION.test(q.version))
    throw new InvalidInputError(
      `Versionen skal skrives som "2026.1", ikke "${q.version}"`,
      'version',
    );
  const ids = q.centres.map((c) => c.id).join(',');
  if (ids !== CENTRES.join(','))
    throw new InvalidInputError(
      `Centrene skal være ${CENTRES.join(', ')} i den orden, ikke ${ids}`,
      'centres',
    );
  const seen = new Set<string>();
  q.centres.forEach((centre, c) => {
    const n = centre.statements.length;
    if (n < STATEMENTS_PER_CENTRE.min || n > STATEMENTS_PER_CENTRE.max)
      throw new InvalidInputError(
        `${centre.nameDa} har ${n} udsagn; der skal være ${STATEMENTS_PER_CENTRE.min}-${STATEMENTS_PER_CENTRE.max}`,
        `centres[${c}].statements`,
      );
    const fields = new Set(centre.fields.map((f) => f.id));
    centre.statements.forEach((s, k) => {
      if (seen.has(s.id))
        throw new InvalidInputError(
          `Udsagnet "${s.id}" findes to gange`,
          `centres[${c}].statements[${k}].id`,
        );
      seen.add(s.id);
      if (!fields.has(s.field))
        throw new InvalidInputError(
          `Udsagnet "${s.id}" hører til feltet "${s.field}", som ${centre.nameDa} ikke har`,
          `centres[${c}].statements[${k}].field`,
        );
    });
    centre.fields.forEach((f, k) => {
      const count = centre.statements.filter((s) => s.field === f.id).length;
      if (count < 2)
        throw new InvalidInputError(
          `Feltet "${f.id}" har ${count} udsagn; hvert felt skal have mindst to`,
          `centres[${c}].fields[${k}]`,
        );
    });
  });
}

/** The centre a statement belongs to, or undefined. */
export function centreOfStatement(q: Questionnaire, statementId: string): Centre | undefined {
  return q.centres.find((c) => c.statements.some((s) => s.id === statementId));
}

/** Every statement of the questionnaire, in order. */
export function allStatements(q: Questionnaire): readonly Statement[] {
  return q.centres.flatMap((c) => c.statements);
}

/** A field by id with its centre, or undefined. */
export function fieldById(
  q: Questionnaire,
  fieldId: string,
): { readonly centre: Centre; readonly field: SteeringField } | undefined {
  for (const centre of q.centres) {
    const field = centre.fields.find((f) => f.id === fieldId);
    if (field !== undefined) return { centre, field };
  }
  return undefined;
}
