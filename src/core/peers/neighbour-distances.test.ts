import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../diagnostics/index.ts';
import {
  kthNeighbourDistances,
  selectNearest,
  standardiseStructure,
  type PeerVariable,
} from './index.ts';

const x: PeerVariable = {
  name: 'x',
  nameDa: 'x',
  keyFigureId: 'x',
  transform: 'identity',
  weight: 1,
};
const codes = ['101', '147', '151', '153', '155'];

describe('kthNeighbourDistances(structure, k)', () => {
  // x = 0, 1, 3, 6, 10: mean 4, Σ(x − 4)² = 66, sd = √16.5; d = |Δx| / sd.
  const s = standardiseStructure({ year: 2023, codes, values: { x: [0, 1, 3, 6, 10] } }, [x]);
  const sd = Math.sqrt(16.5);

  it('gives each municipality the distance to its k-th nearest neighbour', () => {
    const first = Array.from(kthNeighbourDistances(s, 1), (d) => d * sd);
    const second = Array.from(kthNeighbourDistances(s, 2), (d) => d * sd);
    [1, 1, 2, 3, 4].forEach((d, i) => expect(first[i]).toBeCloseTo(d, 12));
    [3, 2, 3, 4, 7].forEach((d, i) => expect(second[i]).toBeCloseTo(d, 12));
  });

  it('is NaN for a municipality without a value, which is no one’s neighbour either', () => {
    const gap = standardiseStructure({ year: 2023, codes, values: { x: [0, 1, null, 6, 10] } }, [
      x,
    ]);
    const d = kthNeighbourDistances(gap, 1);
    expect(d[2]).toBeNaN();
    // 1's nearest is 0 (3 is missing), and 6's nearest is 10 at 4, not 3 at 3.
    expect(d[3]).toBeCloseTo(4 / (gap.scales[0]?.sd ?? NaN), 12);
    expect(kthNeighbourDistances(gap, 4).every(Number.isNaN)).toBe(true); // only 3 others
  });

  it('refuses k < 1 or k ≥ n', () => {
    expect(() => kthNeighbourDistances(s, 0)).toThrow(InvalidInputError);
    expect(() => kthNeighbourDistances(s, 5)).toThrow(InvalidInputError);
  });

  it('equals the distance of the last member of the nearest group (fast-check, seed 42)', () => {
    const column = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(column, column, fc.integer({ min: 1, max: 4 }), (a, b, k) => {
        const xy = [x, { ...x, name: 'y', keyFigureId: 'y', weight: 2 }];
        const t = standardiseStructure({ year: 2023, codes, values: { x: a, y: b } }, xy);
        const d = kthNeighbourDistances(t, k);
        for (let i = 0; i < codes.length; i++) {
          const last = selectNearest(t, i, k).nearest?.matches.at(-1)?.distance;
          expect(d[i]).toBe(last);
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
