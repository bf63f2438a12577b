import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE, isSummable, type KeyFigure } from '../../src/core/index.ts';
import type { Database } from '../../src/db/index.ts';
import { computePackageFor, computePotentialFor, findPeers } from '../../src/engine/index.ts';
import { ENGINES } from '../support/engines.ts';
import { realDataDatabase } from '../support/real-data.ts';

/**
 * The same benchmarks computed directly in SQL on the same observations, for a figure, a
 * year and a group of codes: mean, median (percentile_cont), the 25th percentile, best,
 * ratio of sums with Q = population × share / 100, and the municipality's own c and Q.
 */
const REFERENCE_SQL = `
  WITH q AS (
    SELECT o.municipality_code AS code, o.value::float8 AS c,
      p.value::float8 * coalesce(s.value::float8 / 100, 1) AS q
    FROM observations o
    JOIN observations p ON p.key_figure_id = $3 AND p.year = o.year AND p.municipality_code = o.municipality_code
    LEFT JOIN observations s ON s.key_figure_id = $4 AND s.year = o.year AND s.municipality_code = o.municipality_code
    WHERE o.key_figure_id = $1 AND o.year = $2 AND o.status = 'value'
  )
  SELECT
    (SELECT avg(c) FROM q WHERE code = ANY($5)) AS mean,
    (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY c) FROM q WHERE code = ANY($5)) AS median,
    (SELECT percentile_cont(0.25) WITHIN GROUP (ORDER BY c) FROM q WHERE code = ANY($5)) AS p25,
    (SELECT min(c) FROM q WHERE code = ANY($5)) AS best,
    (SELECT sum(c * q) / sum(q) FROM q WHERE code = ANY($5) AND q IS NOT NULL) AS ratio_of_sums,
    (SELECT c FROM q WHERE code = $6) AS own_c,
    (SELECT q FROM q WHERE code = $6) AS own_q`;

interface Reference {
  mean: number;
  median: number;
  p25: number;
  best: number;
  ratio_of_sums: number;
  own_c: number;
  own_q: number;
}

const close = (a: number | null, b: number, rel = 1e-9) =>
  a !== null && Math.abs(a - b) <= rel * Math.max(1, Math.abs(b));

describe.each(ENGINES)('the benchmark engine on the real data, %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await realDataDatabase(engine, 'noegletal');
  });
  afterAll(async () => {
    await db?.close();
  });

  async function reference(
    k: KeyFigure,
    year: number,
    code: string,
    group: readonly string[],
  ): Promise<Reference> {
    const [r] = await db.query<Reference>(REFERENCE_SQL, [
      k.id,
      year,
      k.volume?.population ?? 'indbyggertal',
      k.volume?.share ?? null,
      [...group],
      code,
    ]);
    return r as Reference;
  }

  it.each(['766', '706'])(
    'computes the 2019 package of %s for every cost figure with data, equal to SQL',
    async (code) => {
      const answer = await computePackageFor(db, {
        code,
        year: 2019,
        level: { kind: 'median' },
        peers: { kind: 'nearest', k: 10 },
      });
      const figures = answer.package.figures;
      const withData = CATALOGUE.filter(isSummable).filter(
        (k) => !answer.withoutData.some((w) => w.keyFigureId === k.id),
      );
      expect(figures.map((f) => f.keyFigureId).sort()).toEqual(withData.map((k) => k.id).sort());
      expect(figures.length).toBeGreaterThan(20);
      for (const f of figures) {
        const k = CATALOGUE.find((x) => x.id === f.keyFigureId) as KeyFigure;
        const ref = await reference(k, 2019, code, f.potential.basis.group.members);
        expect(close(f.potential.unitCost, ref.own_c), `${k.id} c`).toBe(true);
        expect(close(f.potential.volume, ref.own_q), `${k.id} Q`).toBe(true);
        expect(close(f.potential.benchmark, ref.median), `${k.id} median`).toBe(true);
        expect(
          close(f.potential.signed, (ref.own_c - ref.median) * ref.own_q, 1e-9),
          `${k.id} potential`,
        ).toBe(true);
      }
      // The package total is the sum of the included figures' positive potentials.
      const included = figures.filter((f) => f.status === 'included');
      expect(answer.package.total.positive).toBeCloseTo(
        included.reduce((s, f) => s + Math.max(0, f.potential.signed ?? 0), 0),
        6,
      );
    },
  );

  it("computes every level of Hedensted's elderly potential like SQL does", async () => {
    const k = CATALOGUE.find((x) => x.id === 'udgifter-aeldre-pr-67-aarig') as KeyFigure;
    const a = await computePotentialFor(db, {
      code: '766',
      keyFigure: k,
      year: 2019,
      level: { kind: 'median' },
      peers: { kind: 'nearest', k: 10 },
    });
    const ref = await reference(k, 2019, '766', a.group);
    const at = (level: string) =>
      a.corridor.potentials.find((p) => p.levelKey === level)?.benchmark ?? null;
    expect(a.value).toBe(31_767);
    expect(close(at('mean'), ref.mean)).toBe(true);
    expect(close(at('median'), ref.median)).toBe(true);
    expect(close(at('p25'), ref.p25)).toBe(true);
    expect(close(at('best'), ref.best)).toBe(true);
    expect(close(at('ratio-of-sums'), ref.ratio_of_sums)).toBe(true);
    expect(a.group).toHaveLength(10);
    expect(a.group).not.toContain('766');
  });

  it('finds the nearest peers on z-scores like SQL does (standardised over the 98)', async () => {
    const answer = await findPeers(db, {
      code: '766',
      year: 2019,
      spec: { kind: 'nearest', k: 10 },
    });
    const rows = await db.query<{ code: string; d: number }>(
      `WITH v AS (
         SELECT municipality_code AS code, key_figure_id AS k,
           CASE WHEN key_figure_id IN ('indbyggertal', 'befolkningstaethed') THEN ln(value::float8) ELSE value::float8 END AS x
         FROM observations WHERE year = 2019 AND status = 'value' AND key_figure_id = ANY($1)
       ), z AS (
         SELECT code, k, (x - avg(x) OVER (PARTITION BY k)) / stddev_samp(x) OVER (PARTITION BY k) AS z FROM v
       )
       SELECT b.code, sqrt(sum((a.z - b.z) ^ 2)) AS d
       FROM z a JOIN z b ON a.k = b.k AND a.code = '766' AND b.code <> '766'
       GROUP BY b.code ORDER BY d, b.code::int LIMIT 10`,
      [
        [
          'indbyggertal',
          'befolkningstaethed',
          'andel-0-17-aarige',
          'andel-67-aarige',
          'sociooekonomisk-indeks',
          'udgiftsbehov-landet',
          'beskatningsgrundlag',
          'andel-bymaessig-bebyggelse',
        ],
      ],
    );
    expect(answer.group.members).toEqual(rows.map((r) => r.code));
    answer.group.nearest?.matches.forEach((m, i) =>
      expect(m.distance).toBeCloseTo(rows[i]?.d ?? NaN, 9),
    );
  });
});
