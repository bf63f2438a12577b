import { findKeyFigure, type Queryable, type StoredKeyFigure } from '../db/index.ts';
import { UnknownValueError } from './params.ts';

/**
 * The key figure named by id or exact source name, or a not-found error naming `parameter` and
 * saying where to look.
 */
export async function requireKeyFigure(
  db: Queryable,
  raw: string,
  parameter = 'keyFigure',
): Promise<StoredKeyFigure> {
  const k = await findKeyFigure(db, raw);
  if (!k) {
    throw new UnknownValueError(
      `Nøgletallet "${raw}" findes ikke. Brug et id eller det præcise navn fra kataloget ("potentiale keyfigures" eller /api/v1/key-figures).`,
      parameter,
    );
  }
  return k;
}
