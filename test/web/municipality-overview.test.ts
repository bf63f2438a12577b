import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildPackage,
  CATALOGUE,
  planPackage,
  type Potential,
  type PotentialPackage,
} from '../../src/core/index.ts';
import {
  formatOpenThemes,
  parseOpenThemes,
  rowAnchor,
  splitRows,
} from '../../src/web/pages/municipality/open-themes.ts';
import {
  positivePotentials,
  shortFigureName,
  shownAmounts,
  waterfall,
  type RankedFigure,
  type RankedPackage,
} from '../../src/web/pages/municipality/top-potentials.ts';

const SEED = 20261206;
const PLAN = planPackage(CATALOGUE);
/** The catalogue's figures a package may sum, some of them in more than one theme. */
const SUMMABLE = PLAN.order;

/** A potential as the engine computes it: (c − c*) × Q, for a made-up municipality. */
function potential(keyFigureId: string, c: number, cStar: number, q: number): Potential {
  const signed = (c - cStar) * q;
  return {
    code: '766',
    keyFigureId,
    year: 2019,
    levelKey: 'median',
    unitCost: c,
    benchmark: cStar,
    volume: q,
    signed,
    positive: Math.max(0, signed),
    basis: {
      code: '766',
      keyFigureId,
      year: 2019,
      polarity: 'lower-is-better',
      level: { kind: 'median' },
      levelKey: 'median',
      levelNameDa: 'Median',
      value: cStar,
      ownValue: c,
      ownVolume: q,
      group: { kind: 'all', nameDa: 'Alle kommuner', members: [] },
      used: [],
      leftOut: [],
    },
  };
}

/** The package as the API answers it (engine/present.ts): the fields the overview reads. */
function asDocument(p: PotentialPackage): RankedPackage {
  return {
    total: p.total,
    themes: p.themes.map((t) => ({
      theme: t.theme,
      figures: t.figures.map((f) => ({
        keyFigureId: f.keyFigureId,
        status: f.status,
        countedIn: f.countedIn ?? null,
        potential: f.potential.signed,
      })),
    })),
  };
}

const figure = (
  keyFigureId: string,
  potential: number | null,
  extra: Partial<RankedFigure> = {},
): RankedFigure => ({ keyFigureId, status: 'included', countedIn: null, potential, ...extra });

/** A hand-made package: a figure in two themes, an overlapping one, a negative and a missing. */
const SMALL: RankedPackage = {
  total: { positive: 60e6 + 25e6 + 10e6, included: ['a', 'b', 'c', 'neg'] },
  themes: [
    {
      theme: 'elderly-health',
      figures: [
        figure('neg', -40e6),
        figure('b', 25e6),
        figure('overlapping', 500e6, { status: 'overlaps' }),
      ],
    },
    { theme: 'children-young', figures: [figure('a', 60e6), figure('none', null)] },
    {
      theme: 'administration',
      figures: [figure('c', 10e6), figure('b', 25e6, { countedIn: 'elderly-health' })],
    },
  ],
};

describe('positivePotentials(pkg)', () => {
  it('ranks the counted figures with a positive potential, largest first, each once under the theme that counts it', () => {
    const ranked = positivePotentials(SMALL);
    expect(ranked.map((r) => [r.row.keyFigureId, r.theme, r.potential])).toEqual([
      ['a', 'children-young', 60e6],
      ['b', 'elderly-health', 25e6],
      ['c', 'administration', 10e6],
    ]);
  });

  it('leaves out figures the total does not count, however large their potential', () => {
    expect(positivePotentials(SMALL).map((r) => r.row.keyFigureId)).not.toContain('overlapping');
  });

  it('breaks ties by id', () => {
    const tied: RankedPackage = {
      total: { positive: 2, included: ['y', 'x'] },
      themes: [{ theme: 'finance', figures: [figure('y', 1), figure('x', 1)] }],
    };
    expect(positivePotentials(tied).map((r) => r.row.keyFigureId)).toEqual(['x', 'y']);
  });
});

describe('waterfall(pkg, n)', () => {
  it('steps through the top figures, names the rest and ends at the total', () => {
    const steps = waterfall(SMALL, 2);
    expect(steps).toEqual([
      { kind: 'figure', keyFigureId: 'a', rank: 1, value: 60e6, start: 0, end: 60e6 },
      { kind: 'figure', keyFigureId: 'b', rank: 2, value: 25e6, start: 60e6, end: 85e6 },
      { kind: 'rest', count: 1, value: 10e6, start: 85e6, end: 95e6 },
      { kind: 'total', value: 95e6, start: 0, end: 95e6 },
    ]);
  });

  it('has no rest when the top holds every figure, and ends at the total all the same', () => {
    const steps = waterfall(SMALL, 10);
    expect(steps.map((s) => s.kind)).toEqual(['figure', 'figure', 'figure', 'total']);
    expect(steps[2]?.end).toBe(SMALL.total.positive);
  });

  it('is only the total (zero) when nothing has a positive potential', () => {
    const none: RankedPackage = {
      total: { positive: 0, included: ['neg'] },
      themes: [{ theme: 'finance', figures: [figure('neg', -5)] }],
    };
    expect(waterfall(none)).toEqual([{ kind: 'total', value: 0, start: 0, end: 0 }]);
  });

  it("adds up to the core's package total for any potentials on the real catalogue, overlaps and shared figures included", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            c: fc.integer({ min: 0, max: 40_000 }),
            cStar: fc.integer({ min: 0, max: 40_000 }),
            q: fc.integer({ min: 1, max: 700_000 }),
          }),
          { minLength: SUMMABLE.length, maxLength: SUMMABLE.length },
        ),
        fc.integer({ min: 1, max: 15 }),
        (values, n) => {
          const potentials = SUMMABLE.map((id, i) => {
            const v = values[i] ?? { c: 0, cStar: 0, q: 1 };
            return potential(id, v.c, v.cStar, v.q);
          });
          const pkg = asDocument(buildPackage(PLAN, potentials));
          const steps = waterfall(pkg, n);
          const total = pkg.total.positive;
          const last = steps.at(-1);
          expect(last).toEqual({ kind: 'total', value: total, start: 0, end: total });
          const parts = steps.slice(0, -1);
          // Each step starts where the one before ended; the last ends exactly at the total.
          parts.forEach((s, i) => expect(s.start).toBe(i === 0 ? 0 : parts[i - 1]?.end));
          if (parts.length > 0) expect(parts.at(-1)?.end).toBe(total);
          const sum = parts.reduce((a, s) => a + s.value, 0);
          expect(Math.abs(sum - total)).toBeLessThanOrEqual(1e-6 * Math.max(1, total));
          // The figures are the counted ones, each once, largest first.
          const ids = parts.flatMap((s) => (s.keyFigureId ? [s.keyFigureId] : []));
          expect(new Set(ids).size).toBe(ids.length);
          for (const id of ids) expect(pkg.total.included).toContain(id);
          const values_ = parts.filter((s) => s.kind === 'figure').map((s) => s.value);
          expect([...values_].sort((a, b) => b - a)).toEqual(values_);
          expect(values_.every((v) => v > 0)).toBe(true);
          // The rest counts the other positive figures.
          const positives = positivePotentials(pkg).length;
          const rest = parts.find((s) => s.kind === 'rest');
          expect(rest?.count ?? 0).toBe(Math.max(0, positives - n));
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });
});

describe('shownAmounts(steps)', () => {
  it('shows the rest as the shown total less the shown figures, so the labels add up', () => {
    // 10,04 + 10,04 + 5,04 = 25,12 → shown 10,0 + 10,0 + 5,0 and total 25,1: the rest says 5,1.
    const pkg: RankedPackage = {
      total: { positive: 25.12e6, included: ['a', 'b', 'c'] },
      themes: [
        {
          theme: 'finance',
          figures: [figure('a', 10.04e6), figure('b', 10.04e6), figure('c', 5.04e6)],
        },
      ],
    };
    const steps = waterfall(pkg, 2);
    const { amounts, addsUp } = shownAmounts(steps);
    expect(amounts).toEqual([10.04e6, 10.04e6, 5.1e6, 25.12e6]);
    expect(addsUp).toBe(true);
  });

  it('says when the rounded figures cannot add up (no rest to take the rounding)', () => {
    const pkg: RankedPackage = {
      total: { positive: 20.08e6, included: ['a', 'b'] },
      themes: [{ theme: 'finance', figures: [figure('a', 10.04e6), figure('b', 10.04e6)] }],
    };
    const { amounts, addsUp } = shownAmounts(waterfall(pkg));
    expect(amounts).toEqual([10.04e6, 10.04e6, 20.08e6]);
    expect(addsUp).toBe(false);
  });

  it('never shows a negative rest: it then shows its own value', () => {
    // Shown 10,1 + 10,1 = 20,2 against a total shown as 20,1: a rest of −0,1 is not drawn.
    const pkg: RankedPackage = {
      total: { positive: 20.11e6, included: ['a', 'b', 'c'] },
      themes: [
        {
          theme: 'finance',
          figures: [figure('a', 10.05e6), figure('b', 10.05e6), figure('c', 0.01e6)],
        },
      ],
    };
    const { amounts, addsUp } = shownAmounts(waterfall(pkg, 2));
    expect(amounts[2]).toBeCloseTo(0.01e6, 3);
    expect(addsUp).toBe(false);
  });
});

describe('shortFigureName(name, max)', () => {
  it('drops the function number and what follows it', () => {
    expect(shortFigureName('Folkeskoler (funktion 3.22.01), netto pr. indbygger')).toBe(
      'Folkeskoler',
    );
  });
  it('cuts a long name at a word, with an ellipsis', () => {
    expect(
      shortFigureName(
        'Pleje og omsorg m.v. af primært ældre undtaget frit valg af leverandør (funktion 5.30.27)',
      ),
    ).toBe('Pleje og omsorg m.v. af primært…');
    expect(shortFigureName('Udgifter til ældre pr. 67+-årig')).toBe(
      'Udgifter til ældre pr. 67+-årig',
    );
  });
});

describe('parseOpenThemes(value, themes) and formatOpenThemes(open, themes)', () => {
  const THEMES = ['elderly-health', 'children-young', 'finance'];
  it('reads theme ids and "all", leaving out unknown ids', () => {
    expect([...parseOpenThemes('finance,nope', THEMES)]).toEqual(['finance']);
    expect([...parseOpenThemes('all', THEMES)]).toEqual(THEMES);
    expect(parseOpenThemes(null, THEMES).size).toBe(0);
    expect(parseOpenThemes('', THEMES).size).toBe(0);
  });
  it('writes one value per view: none, all, or the ids in the package order', () => {
    expect(formatOpenThemes(new Set(), THEMES)).toBe('');
    expect(formatOpenThemes(new Set(['finance', 'elderly-health']), THEMES)).toBe(
      'elderly-health,finance',
    );
    expect(formatOpenThemes(new Set(THEMES), THEMES)).toBe('all');
  });
  it('reads back what it writes', () => {
    fc.assert(
      fc.property(fc.subarray(THEMES), (open) => {
        const value = formatOpenThemes(new Set(open), THEMES);
        expect([...parseOpenThemes(value, THEMES)].sort()).toEqual([...open].sort());
      }),
      { seed: SEED },
    );
  });
});

describe('splitRows(rows, top)', () => {
  const rows = (...ps: (number | null)[]) => ps.map((potential, i) => ({ id: i, potential }));
  it('shows the largest potentials first, those without one last, the rest behind', () => {
    const { top, rest } = splitRows(rows(-5, 20, null, 7, 3, -1));
    expect(top.map((r) => r.potential)).toEqual([20, 7, 3]);
    expect(rest.map((r) => r.potential)).toEqual([-1, -5, null]);
  });
  it('shows every row of a theme with at most one more than the top lines', () => {
    expect(splitRows(rows(1, 2, 3, 4)).rest).toEqual([]);
    expect(splitRows(rows(1, 2, 3, 4, 5)).rest).toHaveLength(2);
  });
  it('keeps the package order among equal potentials', () => {
    expect(splitRows(rows(null, 1, null, 1)).top.map((r) => r.id)).toEqual([1, 3, 0, 2]);
  });
});

describe('rowAnchor(theme, id)', () => {
  it("is the theme's anchor followed by the figure's id", () => {
    expect(rowAnchor('children-young', 'regk31-3-22-01')).toBe(
      'tema-children-young-regk31-3-22-01',
    );
  });
});
