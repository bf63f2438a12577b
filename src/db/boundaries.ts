import type { Boundary } from '../core/index.ts';
import type { Queryable } from './database.ts';

/** The stored outlines of one level (municipalities or regions), in code order. */
export async function listBoundaries(db: Queryable, level: Boundary['level']): Promise<Boundary[]> {
  const rows = await db.query<{ code: string; name: string; geometry: unknown }>(
    `SELECT code, name, geometry FROM boundaries WHERE level = $1 ORDER BY code`,
    [level],
  );
  return rows.map((r) => ({
    level,
    code: r.code,
    name: r.name,
    // jsonb arrives parsed from both engines; text is parsed in case a driver leaves it as text.
    geometry: (typeof r.geometry === 'string'
      ? JSON.parse(r.geometry)
      : r.geometry) as Boundary['geometry'],
  }));
}
