import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE, type KeyFigure } from '../../src/core/index.ts';
import type { Database } from '../../src/db/index.ts';
import {
  computePackageFor,
  computePotentialFor,
  presentPackage,
  presentPotential,
} from '../../src/engine/index.ts';
// rankInGroup is the package's own helper, not part of the engine's door.
import { rankInGroup } from '../../src/engine/package.ts';
import { ENGINES } from '../support/engines.ts';
import { realDataDatabase } from '../support/real-data.ts';

describe('rankInGroup (hand-checked)', () => {
  // Own 766 = 5; members 101 = 3, 461 = 5 (a tie), 751 = 8, 851 = missing.
  const codes = ['101', '461', '751', '766', '851'];
  const positions = new Map(codes.map((c, i) => [c, i]));
  const values = Float64Array.of(3, 5, 8, 5, Number.NaN);
  const members = ['101', '461', '751', '851'];

  it('ranks lowest first for lower-is-better; a tie shares the better rank', () => {
    // 3 < 5 = 5 < 8: only 101 is better, so 766 (and 461) are 2nd of 4 (851 has no value).
    expect(rankInGroup('766', members, values, positions, 'lower-is-better')).toEqual({
      rank: 2,
      of: 4,
    });
    expect(rankInGroup('101', ['461', '751', '766'], values, positions, 'lower-is-better')).toEqual(
      { rank: 1, of: 4 },
    );
    expect(rankInGroup('751', ['101', '461', '766'], values, positions, 'lower-is-better')).toEqual(
      { rank: 4, of: 4 },
    );
  });

  it('ranks highest first for higher-is-better', () => {
    // 8 > 5 = 5 > 3: only 751 is better.
    expect(rankInGroup('766', members, values, positions, 'higher-is-better')).toEqual({
      rank: 2,
      of: 4,
    });
    expect(
      rankInGroup('101', ['461', '751', '766'], values, positions, 'higher-is-better'),
    ).toEqual({ rank: 4, of: 4 });
    expect(
      rankInGroup('751', ['101', '461', '766'], values, positions, 'higher-is-better'),
    ).toEqual({ rank: 1, of: 4 });
  });

  it('ranks a neutral figure highest first', () => {
    expect(rankInGroup('751', ['101', '461', '766'], values, positions, 'neutral')).toEqual({
      rank: 1,
      of: 4,
    });
  });

  it('gives no rank when the own value is missing, and counts only the members with values', () => {
    expect(rankInGroup('851', ['101', '461', '751'], values, positions, 'lower-is-better')).toEqual(
      { rank: null, of: 3 },
    );
  });

  it('counts a repeated member, the municipality itself or an unknown code at most once', () => {
    expect(
      rankInGroup('766', ['101', '101', '766', '999'], values, positions, 'lower-is-better'),
    ).toEqual({ rank: 2, of: 2 });
    expect(rankInGroup('766', [], values, positions, 'lower-is-better')).toEqual({
      rank: 1,
      of: 1,
    });
  });
});

describe.each(ENGINES)('the package with ranks and corridors on the real data, %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await realDataDatabase(engine, 'noegletal');
  });
  afterAll(async () => {
    await db?.close();
  });

  const level = { kind: 'median' } as const;
  const peers = { kind: 'nearest', k: 10 } as const;

  it('gives each figure the corridor the potential answer gives (766, elderly, 2019)', async () => {
    const answer = await computePackageFor(db, { code: '766', year: 2019, level, peers });
    const doc = presentPackage(answer);
    expect(doc.levelNameDa).toBe('Median');
    const keyFigure = CATALOGUE.find((k) => k.id === 'udgifter-aeldre-pr-67-aarig') as KeyFigure;
    const potential = presentPotential(
      await computePotentialFor(db, { code: '766', keyFigure, year: 2019, level, peers }),
    );
    const row = doc.themes.flatMap((t) => t.figures).find((f) => f.keyFigureId === keyFigure.id);
    expect(row).toBeDefined();
    expect(row?.group).toEqual(potential.group);
    expect(row?.potential).toBe(potential.potential);
    expect(row?.corridor).toEqual({ min: potential.corridor.min, max: potential.corridor.max });
    expect(row?.corridor.min?.levelKey).toEqual(expect.any(String));
    expect(row?.corridor.max?.signed).toBeGreaterThanOrEqual(row?.corridor.min?.signed ?? 0);
    // The regression level is in the corridor, as in the potential answer.
    expect(potential.corridor.levels.map((l) => l.level)).toContain('regression-adjusted');
  });

  it('ranks every figure like counting the group values that are better', async () => {
    const answer = await computePackageFor(db, { code: '766', year: 2019, level, peers });
    const doc = presentPackage(answer);
    const rows = doc.themes.flatMap((t) => t.figures);
    expect(rows.length).toBeGreaterThan(20);
    for (const f of answer.package.figures) {
      const k = CATALOGUE.find((x) => x.id === f.keyFigureId) as KeyFigure;
      const own = f.potential.unitCost;
      // For the median, `used` is every member with a value.
      const used = f.potential.basis.used.map((u) => u.unitCost);
      const better = used.filter((v) =>
        own === null ? false : k.polarity === 'lower-is-better' ? v < own : v > own,
      ).length;
      const row = rows.find((r) => r.keyFigureId === f.keyFigureId);
      expect(row?.rank, k.id).toBe(own === null ? null : better + 1);
      expect(row?.rankOf, k.id).toBe(used.length + (own === null ? 0 : 1));
      expect(row?.corridor.min?.signed ?? null, k.id).toBe(
        answer.figures[f.keyFigureId]?.corridor.min?.signed ?? null,
      );
    }
  });
});
