import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  CENTRES,
  InvalidInputError,
  NotFoundError,
  checkQuestionnaire,
  type Questionnaire,
} from '../core/index.ts';
import { packageRoot } from './package-root.ts';

const text = z.string().trim().min(1).max(1000);
const Scale = z.strictObject({
  '1': text,
  '2': text,
  '3': text,
  '4': text,
  '5': text,
  dontKnow: text,
});
const QuestionnaireFile = z.strictObject({
  version: z.string(),
  published: z.iso.date(),
  scale: z.strictObject({ da: Scale, en: Scale }),
  centres: z.array(
    z.strictObject({
      id: z.enum(CENTRES),
      nameDa: text,
      nameEn: text,
      descriptionDa: text,
      descriptionEn: text,
      fields: z.array(
        z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/), nameDa: text, nameEn: text }),
      ),
      statements: z.array(
        z.strictObject({
          id: z.string().regex(/^[a-z]{2}-\d{2}$/),
          field: z.string(),
          textDa: text,
          textEn: text,
          lowDa: text,
          lowEn: text,
          highDa: text,
          highEn: text,
        }),
      ),
    }),
  ),
});

/**
 * Reads and checks a questionnaire file: the shape, then checkQuestionnaire. Throws
 * InvalidInputError naming the file and the place.
 */
export function parseQuestionnaire(source: string, name: string): Questionnaire {
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (e) {
    throw new InvalidInputError(`${name} er ikke gyldig JSON: ${(e as Error).message}`, name);
  }
  const parsed = QuestionnaireFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue?.path.join('.') ?? '';
    throw new InvalidInputError(
      `${name}: ${at === '' ? 'filen' : at}: ${issue?.message ?? 'ugyldig'}`,
      at === '' ? name : at,
    );
  }
  try {
    checkQuestionnaire(parsed.data);
  } catch (e) {
    if (e instanceof InvalidInputError)
      throw new InvalidInputError(`${name}: ${e.message}`, e.parameter);
    throw e;
  }
  return parsed.data;
}

/** The folder the package's questionnaires are in. */
export const QUESTIONNAIRE_DIR = join(packageRoot(), 'content', 'steering');

/** The questionnaires by version, in the order they were published (the newest last). */
export interface Questionnaires {
  readonly current: Questionnaire;
  get(version: string): Questionnaire | undefined;
  readonly all: readonly Questionnaire[];
}

let cached: Questionnaires | undefined;

/**
 * Every questionnaire-<version>.json in the folder, checked; the newest by version is the
 * current one. Read once per process (the files ship with the package).
 */
export function loadQuestionnaires(dir = QUESTIONNAIRE_DIR): Questionnaires {
  if (dir === QUESTIONNAIRE_DIR && cached) return cached;
  const files = readdirSync(dir).filter((f) => /^questionnaire-.+\.json$/.test(f));
  const all = files
    .map((f) => parseQuestionnaire(readFileSync(join(dir, f), 'utf8'), f))
    .sort((a, b) => versionOrder(a.version) - versionOrder(b.version));
  const current = all[all.length - 1];
  if (!current) throw new NotFoundError(`Der er intet spørgeskema i ${dir}`);
  const byVersion = new Map(all.map((q) => [q.version, q]));
  const result: Questionnaires = { current, all, get: (v) => byVersion.get(v) };
  if (dir === QUESTIONNAIRE_DIR) cached = result;
  return result;
}

/** "2026.1" → 2026001, so versions sort as numbers. */
function versionOrder(version: string): number {
  const [year = '0', n = '0'] = version.split('.');
  return Number(year) * 1000 + Number(n);
}
