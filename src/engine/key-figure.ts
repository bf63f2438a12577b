import { NotFoundError } from '../core/index.ts';
import { findKeyFigure, type Queryable, type StoredKeyFigure } from '../db/index.ts';

/** The key figure named by id or exact source name, or NotFoundError saying where to look. */
export async function requireKeyFigure(db: Queryable, raw: string): Promise<StoredKeyFigure> {
  const k = await findKeyFigure(db, raw);
  if (!k) {
    throw new NotFoundError(
      `Nøgletallet "${raw}" findes ikke. Brug et id eller det præcise navn fra kataloget ("potentiale keyfigures" eller /api/v1/key-figures).`,
    );
  }
  return k;
}
