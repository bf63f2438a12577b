import type { Queryable } from './database.ts';

export interface StoredMunicipality {
  readonly code: string;
  readonly name: string;
  readonly regionCode: string;
  readonly regionName: string;
  readonly landsdelCode: string | null;
  readonly landsdelName: string | null;
}

/** The 98 municipalities with region and landsdel, in code order. */
export async function listMunicipalities(db: Queryable): Promise<StoredMunicipality[]> {
  const rows = await db.query<{
    code: string;
    name: string;
    region_code: string;
    region_name: string;
    landsdel_code: string | null;
    landsdel_name: string | null;
  }>(
    `SELECT m.code, m.name, m.region_code, r.name AS region_name, m.landsdel_code,
       l.name AS landsdel_name
     FROM municipalities m JOIN regions r ON r.code = m.region_code
     LEFT JOIN landsdele l ON l.code = m.landsdel_code
     ORDER BY m.code::int`,
  );
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    regionCode: r.region_code,
    regionName: r.region_name,
    landsdelCode: r.landsdel_code,
    landsdelName: r.landsdel_name,
  }));
}
