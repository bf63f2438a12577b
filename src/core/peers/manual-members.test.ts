import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../diagnostics/index.ts';
import { buildPeerGroups, resolvePeerGroup, selectPeers, type PeerVariable } from './index.ts';

const x: PeerVariable = {
  name: 'x',
  nameDa: 'x',
  keyFigureId: 'x',
  transform: 'identity',
  weight: 1,
};
const codes = ['101', '147', '151', '153', '155', '157'];
// On one variable the distance is |x_a − x_b|/sd: from 101 (x = 1) the order is 147, 151, …
const input = { year: 2023, codes, values: { x: [1, 2, 3, 4, 5, null] } };
const variables = [x];

describe('selectPeers(code, input, { k, add, remove })', () => {
  it('takes the k nearest among those not removed', () => {
    const g = selectPeers('101', input, { k: 2, variables, remove: ['147'] });
    expect(g.members).toEqual(['151', '153']);
    expect(g.nearest?.removed).toEqual(['147']);
    expect(g.nameDa).toBe('2 nærmeste på rammevilkår (2023), 1 fravalgt');
    expect(g.nameEn).toBe('2 nearest on structural conditions (2023), 1 removed');
  });

  it('adds members after the nearest, explained with their distance', () => {
    const g = selectPeers('101', input, { k: 2, variables, add: ['155', '147'] });
    expect(g.members).toEqual(['147', '151', '155']);
    expect(g.nearest?.added).toEqual(['155']);
    expect(g.nameEn).toBe('2 nearest on structural conditions (2023), 1 added');
    const added = g.nearest?.matches[2];
    expect(added?.distance).toBeCloseTo(4 / Math.sqrt(2.5), 12);
    expect(added?.terms[0]?.share).toBe(1);
  });

  it('adds a municipality that lacks a variable with no distance, and no longer lists it as left out', () => {
    const g = selectPeers('101', input, { k: 1, variables, add: ['157'] });
    expect(g.members).toEqual(['147', '157']);
    expect(g.nearest?.matches[1]?.distance).toBeNaN();
    expect(g.leftOut.map((l) => l.code)).toEqual([]);
  });

  it('refuses the municipality itself, and an unknown code, naming it', () => {
    expect(() => selectPeers('101', input, { k: 2, variables, add: ['101'] })).toThrow(
      /101 kan ikke være med i sin egen gruppe/,
    );
    expect(() => selectPeers('101', input, { k: 2, variables, remove: ['999'] })).toThrow(
      InvalidInputError,
    );
  });

  it('gives the batch the same members as one municipality at a time', () => {
    const spec = { kind: 'nearest', k: 2, variables, add: ['155'], remove: ['151'] } as const;
    const context = { codes, year: 2023, structure: input.values };
    const batch = buildPeerGroups(spec, context);
    for (const [i, code] of codes.entries()) {
      if (code === '157' || code === '155') continue; // no structure; refuses itself
      const one = resolvePeerGroup(code, spec, context);
      expect(Array.from(batch.members[i] ?? [], (j) => codes[j])).toEqual(one.members);
    }
  });
});
