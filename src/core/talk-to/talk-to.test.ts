import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../diagnostics/index.ts';
import type { KeyFigure, Polarity } from '../key-figures/index.ts';
import { resolvePeerGroup, standardiseStructure, type PeerVariable } from '../peers/index.ts';
import { compareByPolarity, rankWhomToTalkTo, type WhomToTalkToInput } from './index.ts';

function figure(id: string, polarity: Polarity, counterparts: readonly string[] = []): KeyFigure {
  return {
    id,
    sourceName: id,
    source: 'noegletal',
    nameDa: id,
    nameEn: id,
    unit: 'kr. pr. indb.',
    themes: ['elderly-health'],
    kind: polarity === 'lower-is-better' ? 'cost' : 'quality',
    polarity,
    valueType: 'number',
    overlaps: [],
    counterparts,
    breaks: [],
    catalogued: true,
  };
}

const cost = figure('udg', 'lower-is-better', ['q', 'n']);
const catalogue = [cost, figure('q', 'higher-is-better'), figure('n', 'neutral')];
const codes = ['101', '147', '151', '153', '155', '157'];
const x: PeerVariable = {
  name: 'x',
  nameDa: 'x',
  keyFigureId: 'x',
  transform: 'identity',
  weight: 1,
};
// x = 1…6: mean 3.5, sd √(17.5/5) = √3.5, so d(101, j) = |x_j − 1| / √3.5
const structure = standardiseStructure({ year: 2023, codes, values: { x: [1, 2, 3, 4, 5, 6] } }, [
  x,
]);
const peers = resolvePeerGroup(
  '101',
  { kind: 'list', codes: ['147', '151', '153', '155'] },
  { codes },
);
const input: WhomToTalkToInput = {
  code: '101',
  keyFigure: cost,
  catalogue,
  year: 2023,
  codes,
  values: {
    udg: [100, 90, 80, 95, 110, null],
    q: [50, 50, 40, null, 60, 70],
    n: [1, 2, 3, 4, 5, 6],
  },
  structure,
  peers,
};

describe('compareByPolarity(ours, theirs, polarity)', () => {
  it('respects the direction', () => {
    expect(compareByPolarity(100, 90, 'lower-is-better')).toBe('better');
    expect(compareByPolarity(100, 90, 'higher-is-better')).toBe('worse');
    expect(compareByPolarity(100, 100, 'higher-is-better')).toBe('equal');
    expect(compareByPolarity(100, 90, 'neutral')).toBe('not-judged');
  });
});

describe('rankWhomToTalkTo(input, options)', () => {
  it('keeps peers that do better and are not worse on counterparts, and says why the others are not', () => {
    // 147: 90 < 100, q 50 = 50 → kept; 151: 80 but q 40 < 50 → worse on q;
    // 153: 95, q missing → unknown, kept; 155: 110 → not better
    const r = rankWhomToTalkTo(input);
    expect(r.entries.map((e) => e.code)).toEqual(['147', '153']);
    expect(r.rejected).toEqual([
      { code: '151', reason: 'worse-on-counterpart', counterpart: 'q' },
      { code: '155', reason: 'not-better' },
    ]);
    expect(r.entries[1]?.counterparts.map((c) => c.verdict)).toEqual(['unknown', 'not-judged']);
  });

  it('scores the advantage in standard deviations, discounted by distance', () => {
    // sd of udg over 100, 90, 80, 95, 110: mean 95, Σ dev² = 25+25+225+0+225 = 500, sd = √125
    // 147: (10/√125) / (1 + 1/√3.5) ≈ 0.58287; 153: (5/√125) / (1 + 3/√3.5) ≈ 0.17177
    const [first, second] = rankWhomToTalkTo(input).entries;
    expect(first?.advantageSd).toBeCloseTo(10 / Math.sqrt(125), 12);
    expect(first?.distance).toBeCloseTo(1 / Math.sqrt(3.5), 12);
    expect(first?.score).toBeCloseTo(10 / Math.sqrt(125) / (1 + 1 / Math.sqrt(3.5)), 12);
    expect(second?.score).toBeCloseTo(5 / Math.sqrt(125) / (1 + 3 / Math.sqrt(3.5)), 12);
    expect(first?.relativeAdvantage).toBeCloseTo(0.1, 12);
    expect(first?.reasonDa).toBe(
      'Frederiksberg har 90 kr. pr. indb. mod jeres 100 (10,0 % lavere). Kommunen hører til ' +
        'jeres sammenligningsgruppe (Egen liste), strukturel afstand 0,53. Ikke dårligere på: ' +
        'q (50,00 mod jeres 50,00). Vist, men ikke vurderet: n.',
    );
  });

  it('widens to the nearest on structure and limits the list', () => {
    // the 5 nearest add 157, which has no value
    const r = rankWhomToTalkTo(input, { widenTo: 5, limit: 1 });
    expect(r.entries.map((e) => e.code)).toEqual(['147']);
    expect(r.rejected).toContainEqual({ code: '157', reason: 'missing-value' });
  });

  it('ranks nobody when our own value is missing', () => {
    const r = rankWhomToTalkTo({
      ...input,
      values: { ...input.values, udg: [null, 90, 80, 95, 110, null] },
    });
    expect([r.ownValue, r.entries, r.unavailableDa]).toEqual([
      null,
      [],
      'Kommunens egen værdi mangler',
    ]);
  });

  it('refuses a neutral figure, missing values, a bad widening and another municipality’s group', () => {
    expect(() => rankWhomToTalkTo({ ...input, keyFigure: figure('n', 'neutral') })).toThrow(
      /neutralt/,
    );
    expect(() => rankWhomToTalkTo({ ...input, values: { q: input.values.q ?? [] } })).toThrow(
      /ingen værdier/,
    );
    expect(() => rankWhomToTalkTo(input, { widenTo: 6 })).toThrow(InvalidInputError);
    expect(() => rankWhomToTalkTo({ ...input, code: '147' })).toThrow(/Gruppen/);
    expect(() => rankWhomToTalkTo({ ...input, values: { ...input.values, q: [1, 2] } })).toThrow(
      /2 værdier/,
    );
  });
});
