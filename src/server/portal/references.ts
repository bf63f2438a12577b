import { CATALOGUE, InvalidInputError, type ItemFields } from '../../core/index.ts';
import type { Queryable } from '../../db/index.ts';

const KNOWN_FIGURES = new Set(CATALOGUE.map((k) => k.id));

/**
 * Refuses (400, naming the field and the value) key figures that are not in the catalogue,
 * municipality codes that are not municipalities, and an example without sources, before
 * anything is written.
 */
export async function checkReferences(db: Queryable, fields: ItemFields): Promise<void> {
  if (fields.example && fields.sources.length === 0)
    throw new InvalidInputError(
      'sources: et eksempel skal nævne sine offentlige kilder (mindst én)',
      'sources',
    );
  const figure = fields.keyFigures.find((k) => !KNOWN_FIGURES.has(k));
  if (figure !== undefined)
    throw new InvalidInputError(
      `keyFigures: "${figure}" er ikke et nøgletal i kataloget (se /api/v1/key-figures)`,
      'keyFigures',
    );
  const codes = [
    ...new Set([
      ...fields.municipalities,
      ...(fields.municipality === null ? [] : [fields.municipality]),
    ]),
  ];
  if (codes.length === 0) return;
  const rows = await db.query<{ code: string }>(
    'SELECT code FROM municipalities WHERE code = ANY($1::text[])',
    [codes],
  );
  const known = new Set(rows.map((r) => r.code));
  const unknown = codes.find((code) => !known.has(code));
  if (unknown !== undefined)
    throw new InvalidInputError(
      `${fields.municipalities.includes(unknown) ? 'municipalities' : 'municipality'}: ${unknown} er ikke en kommunekode (se /api/v1/municipalities)`,
      fields.municipalities.includes(unknown) ? 'municipalities' : 'municipality',
    );
}
