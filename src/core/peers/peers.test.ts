import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../diagnostics/index.ts';
import { MUNICIPALITIES } from '../municipalities/index.ts';
import {
  buildPeerGroups,
  DEFAULT_PEER_VARIABLES,
  peerVariablesFor,
  resolvePeerGroup,
  selectPeers,
  standardiseStructure,
  type PeerVariable,
} from './index.ts';

const xVariable: PeerVariable = {
  name: 'x',
  nameDa: 'x',
  keyFigureId: 'x',
  transform: 'identity',
  weight: 1,
};
const xy: readonly PeerVariable[] = [
  xVariable,
  { ...xVariable, name: 'y', nameDa: 'y', keyFigureId: 'y' },
];
const codes = ['101', '147', '151', '153', '155'];
// x and y both have mean 3 and Σ(v − 3)² = 10, so sd = √(10/4) = √2.5 and z = (v − 3)·u with
// u = 1/√2.5, u² = 0.4: z_x = (−2u, −u, 0, u, 2u), z_y = (2u, −2u, u, −u, 0).
const input = { year: 2023, codes, values: { x: [1, 2, 3, 4, 5], y: [5, 1, 4, 2, 3] } };

describe('standardiseStructure(input, variables)', () => {
  it('standardises with the sample standard deviation', () => {
    const s = standardiseStructure(input, xy);
    expect(s.scales[0]?.mean).toBe(3);
    expect(s.scales[0]?.sd).toBeCloseTo(Math.sqrt(2.5), 14);
    expect(s.z[0]).toBeCloseTo(-2 / Math.sqrt(2.5), 14); // z_x of 101
  });

  it('leaves out a municipality with a missing value, and the log of a value ≤ 0', () => {
    const log: PeerVariable = {
      name: 'log-population',
      nameDa: 'Indbyggertal (log)',
      keyFigureId: 'x',
      transform: 'log',
      weight: 1,
    };
    const s = standardiseStructure({ year: 2023, codes, values: { x: [1, 0, 3, null, 5] } }, [log]);
    expect(s.incomplete).toEqual([
      {
        code: '147',
        missing: [{ variable: 'log-population', keyFigureId: 'x', reason: 'not-positive' }],
      },
      {
        code: '153',
        missing: [{ variable: 'log-population', keyFigureId: 'x', reason: 'missing' }],
      },
    ]);
    // mean of log 1, log 3, log 5 over the three that have it
    expect(s.scales[0]?.count).toBe(3);
    expect(s.scales[0]?.mean).toBeCloseTo(Math.log(15) / 3, 14);
  });

  it('gives z = 0 to a variable without spread', () => {
    const s = standardiseStructure(
      { year: 2023, codes, values: { x: [0.1, 0.1, 0.1, 0.1, 0.1] } },
      [xVariable],
    );
    expect(Array.from(s.z)).toEqual([0, 0, 0, 0, 0]);
  });

  it('refuses an unknown variable, mismatched lengths and duplicate codes', () => {
    expect(() => standardiseStructure({ ...input, values: { x: [1, 2, 3, 4, 5] } }, xy)).toThrow(
      /Ukendt variabel "y"/,
    );
    expect(() =>
      standardiseStructure({ ...input, values: { ...input.values, y: [1, 2] } }, xy),
    ).toThrow(InvalidInputError);
    expect(() =>
      standardiseStructure({ ...input, codes: ['101', '101', '151', '153', '155'] }, xy),
    ).toThrow(/to gange/);
  });
});

describe('selectPeers(code, input, options)', () => {
  it('picks the nearest and breaks ties by the lower code', () => {
    // From 151 at (0, u): d² to 101 = 4u² + u² = 2, to 147 = u² + 9u² = 4,
    // to 153 = u² + 4u² = 2, to 155 = 4u² + u² = 2: a three-way tie at √2.
    const g = selectPeers('151', input, { k: 2, variables: xy });
    expect(g.members).toEqual(['101', '153']);
    expect(g.nearest?.matches[0]?.distance).toBeCloseTo(Math.SQRT2, 14);
  });

  it('explains each variable’s share of d²', () => {
    // 151 to 101: x term 4u² = 1.6, y term u² = 0.4, d² = 2: shares 0.8 and 0.2.
    const g = selectPeers('151', input, { k: 1, variables: xy });
    const terms = g.nearest?.matches[0]?.terms ?? [];
    expect(terms.map((t) => t.term)).toEqual([expect.closeTo(1.6, 12), expect.closeTo(0.4, 12)]);
    expect(terms.map((t) => t.share)).toEqual([expect.closeTo(0.8, 12), expect.closeTo(0.2, 12)]);
  });

  it('applies weights', () => {
    // Weight 2 on y: d² to 101 = 4u² + 2u² = 2.4, to 153 = u² + 8u² = 3.6, to 155 = 2.4.
    const g = selectPeers('151', input, { k: 2, variables: xy, weights: { y: 2 } });
    expect(g.members).toEqual(['101', '155']);
    expect(g.nearest?.matches[1]?.distance).toBeCloseTo(Math.sqrt(2.4), 14);
  });

  it('leaves out and reports municipalities with a missing variable', () => {
    const values = { x: [1, 2, 3, 4, 5], y: [5, null, 4, 2, 3] };
    const g = selectPeers('151', { year: 2023, codes, values }, { k: 4, variables: xy });
    expect(g.members).not.toContain('147');
    expect(g.members).toHaveLength(3);
    expect(g.leftOut).toEqual([
      {
        code: '147',
        reason: 'incomplete-structure',
        missing: [{ variable: 'y', keyFigureId: 'y', reason: 'missing' }],
      },
    ]);
    expect(() =>
      selectPeers('147', { year: 2023, codes, values }, { k: 2, variables: xy }),
    ).toThrow(/147 mangler y/);
  });

  it('refuses k < 1, k ≥ n, an unknown code and an unknown weight', () => {
    expect(() => selectPeers('151', input, { k: 0, variables: xy })).toThrow(InvalidInputError);
    expect(() => selectPeers('151', input, { k: 5, variables: xy })).toThrow(/k skal/);
    expect(() => selectPeers('999', input, { k: 1, variables: xy })).toThrow(/Ukendt kommunekode/);
    expect(() => selectPeers('151', input, { k: 1, variables: xy, weights: { z: 1 } })).toThrow(
      /Ukendt variabel/,
    );
    expect(() => selectPeers('151', input, { k: 1, variables: xy, weights: { x: -1 } })).toThrow(
      InvalidInputError,
    );
  });

  it('uses the theme’s variable set', () => {
    expect(peerVariablesFor('elderly-health').find((v) => v.name === 'share-67-plus')?.weight).toBe(
      2,
    );
    expect(peerVariablesFor('structure')).toBe(DEFAULT_PEER_VARIABLES);
  });
});

/** n municipalities with three integer variables (the last one logged), a target and k. */
const structureCase = fc.integer({ min: 4, max: 14 }).chain((n) =>
  fc.record({
    rows: fc.array(
      fc.tuple(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 1000 }),
      ),
      {
        minLength: n,
        maxLength: n,
      },
    ),
    target: fc.integer({ min: 0, max: n - 1 }),
    k: fc.integer({ min: 1, max: n - 1 }),
    permutation: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: n,
      maxLength: n,
    }),
    factor: fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
    which: fc.integer({ min: 0, max: 2 }),
  }),
);
const threeVariables: readonly PeerVariable[] = [
  ...xy,
  { name: 'size', nameDa: 'size', keyFigureId: 'size', transform: 'log', weight: 1.5 },
];
const realCodes = MUNICIPALITIES.map((m) => m.code);
const asInput = (
  rows: readonly (readonly [number, number, number])[],
  order: readonly number[],
) => ({
  year: 2023,
  codes: order.map((i) => realCodes[i] ?? ''),
  values: {
    x: order.map((i) => rows[i]?.[0] ?? NaN),
    y: order.map((i) => rows[i]?.[1] ?? NaN),
    size: order.map((i) => rows[i]?.[2] ?? NaN),
  },
});

describe('selectPeers properties', () => {
  it('is invariant to the order of the input', () => {
    fc.assert(
      fc.property(structureCase, ({ rows, target, k, permutation }) => {
        const identity = rows.map((_, i) => i);
        const shuffled = [...identity].sort(
          (a, b) => (permutation[a] ?? 0) - (permutation[b] ?? 0) || a - b,
        );
        const code = realCodes[target] ?? '';
        const a = selectPeers(code, asInput(rows, identity), { k, variables: threeVariables });
        const b = selectPeers(code, asInput(rows, shuffled), { k, variables: threeVariables });
        expect(b.members).toEqual(a.members);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('does not change when a variable is scaled by a positive factor', () => {
    fc.assert(
      fc.property(structureCase, ({ rows, target, k, factor, which }) => {
        const identity = rows.map((_, i) => i);
        const scaled = rows.map(
          (r) =>
            r.map((v, j) => (j === which ? v * factor : v)) as unknown as readonly [
              number,
              number,
              number,
            ],
        );
        const code = realCodes[target] ?? '';
        const a = selectPeers(code, asInput(rows, identity), { k, variables: threeVariables });
        const b = selectPeers(code, asInput(scaled, identity), { k, variables: threeVariables });
        expect(b.members).toEqual(a.members);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('resolvePeerGroup(code, spec, context) and buildPeerGroups(spec, context)', () => {
  const all = { codes: realCodes };
  // Two of DST's 11 landsdele (Kommuneinddeling), passed in as the engine does from the database.
  const inLandsdel = (landsdelCode: string, landsdelName: string, codes: string) =>
    codes.split(' ').map((code) => ({ code, landsdelCode, landsdelName }));
  const landsdele = [
    ...inLandsdel('09', 'Landsdel Østjylland', '615 706 707 710 727 730 740 741 746 751 766'),
    ...inLandsdel('10', 'Landsdel Vestjylland', '657 661 665 671 756 760 779 791'),
  ];
  it('forms the other groups', () => {
    expect(resolvePeerGroup('766', { kind: 'all' }, all).members).toHaveLength(97);
    expect(resolvePeerGroup('766', { kind: 'all' }, all).nameEn).toBe('All municipalities');
    expect(resolvePeerGroup('766', { kind: 'list', codes: ['751'] }, all).nameEn).toBe('Own list');
    const region = resolvePeerGroup('766', { kind: 'region' }, all);
    expect(region.nameDa).toBe('Region Midtjylland');
    // Proper names stay Danish in English.
    expect(region.nameEn).toBe('Region Midtjylland');
    expect(region.members).toHaveLength(18);
    expect(region.members).not.toContain('766');
    const list = resolvePeerGroup(
      '766',
      { kind: 'saved', name: 'Østjylland', codes: ['751', '766', '615'] },
      all,
    );
    expect(list.members).toEqual(['615', '751']);
    expect(list.leftOut).toEqual([{ code: '766', reason: 'self' }]);
  });

  it('forms the landsdel group: the other municipalities of the landsdel, named by it', () => {
    const group = resolvePeerGroup('766', { kind: 'landsdel' }, { ...all, landsdele });
    expect(group).toMatchObject({ kind: 'landsdel', nameDa: 'Landsdel Østjylland', leftOut: [] });
    expect(group.members).toEqual([
      '615', // Horsens
      '706', // Syddjurs
      '707', // Norddjurs
      '710', // Favrskov
      '727', // Odder
      '730', // Randers
      '740', // Silkeborg
      '741', // Samsø
      '746', // Skanderborg
      '751', // Aarhus
    ]);
    // Herning is in Region Midtjylland with Hedensted, but in another landsdel.
    expect(resolvePeerGroup('766', { kind: 'region' }, all).members).toContain('657');
  });

  it('refuses a landsdel group for a municipality without a landsdel', () => {
    expect(() => resolvePeerGroup('101', { kind: 'landsdel' }, { ...all, landsdele })).toThrow(
      InvalidInputError,
    );
    expect(() => resolvePeerGroup('766', { kind: 'landsdel' }, all)).toThrow(
      /Kommune 766 har ingen landsdel/,
    );
  });

  it('refuses unknown and repeated codes in a list, and a nearest group without structure', () => {
    expect(() => resolvePeerGroup('766', { kind: 'list', codes: ['999'] }, all)).toThrow(/999/);
    expect(() => resolvePeerGroup('766', { kind: 'list', codes: ['751', '751'] }, all)).toThrow(
      /to gange/,
    );
    expect(() => resolvePeerGroup('766', { kind: 'nearest' }, all)).toThrow(InvalidInputError);
  });

  it('gives every municipality the same group in the batch as one by one', () => {
    const context = { codes, year: 2023, structure: input.values };
    const spec = { kind: 'nearest', k: 2, variables: xy } as const;
    const groups = buildPeerGroups(spec, context);
    for (const [i, code] of codes.entries()) {
      const one = resolvePeerGroup(code, spec, context).members;
      expect(Array.from(groups.members[i] ?? [], (j) => codes[j])).toEqual(one);
    }
    const regions = buildPeerGroups({ kind: 'region' }, all);
    expect(regions.members[realCodes.indexOf('766')]).toHaveLength(18);
    const byLandsdel = buildPeerGroups({ kind: 'landsdel' }, { ...all, landsdele });
    for (const { code } of landsdele) {
      const one = resolvePeerGroup(code, { kind: 'landsdel' }, { ...all, landsdele }).members;
      const i = realCodes.indexOf(code);
      expect(Array.from(byLandsdel.members[i] ?? [], (j) => realCodes[j])).toEqual(one);
    }
    // Without a landsdel the group is empty, as without a region.
    expect(byLandsdel.members[realCodes.indexOf('101')]).toHaveLength(0);
    expect(byLandsdel.pools?.of[realCodes.indexOf('101')]).toBe(-1);
  });
});
