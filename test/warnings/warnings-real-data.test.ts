// The warnings of DESIGN.md §3.4c on the real 1993-2019 export: Læsø (825) on transport is
// the island case the rules are for, Hedensted (766) the ordinary case they must leave alone.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  distantPeersWarning,
  kthNeighbourDistances,
  MUNICIPALITIES,
  outlierWarning,
  peerVariablesFor,
  robustDeviation,
  selectNearest,
  standardiseStructure,
  type StandardisedStructure,
} from '../../src/core/index.ts';
import { parseNoegletalCsv } from '../../src/sources/index.ts';
import { rawDataPath } from '../support/shared-data.ts';

const YEAR = 2019;
const K = 10;
const TRANSPORT = 'udg-transport-infrastruktur-pr-indb';
const codes = MUNICIPALITIES.map((m) => m.code);

describe(`the warnings on the real data (full_noegletal.csv, ${YEAR})`, () => {
  let column: (keyFigureId: string) => (number | null)[];
  let s: StandardisedStructure;
  let distances: Float64Array;

  beforeAll(() => {
    const parsed = parseNoegletalCsv(
      new Uint8Array(readFileSync(rawDataPath('noegletal-wdmdev', 'full_noegletal.csv'))),
      'full_noegletal.csv',
    );
    const byFigure = new Map<string, Map<string, number | null>>();
    for (const o of parsed.observations) {
      if (o.year !== YEAR) continue;
      let m = byFigure.get(o.keyFigureId);
      if (!m) byFigure.set(o.keyFigureId, (m = new Map()));
      m.set(o.municipalityCode, o.value);
    }
    column = (id) => codes.map((c) => byFigure.get(id)?.get(c) ?? null);
    // The transport figure's nearest groups use its theme's variables, as the engine does.
    const variables = peerVariablesFor('technical-environment');
    const values = Object.fromEntries(variables.map((v) => [v.keyFigureId, column(v.keyFigureId)]));
    s = standardiseStructure({ year: YEAR, codes, values }, variables);
    distances = kthNeighbourDistances(s, K);
  });

  const peersOf = (code: string) =>
    selectNearest(s, codes.indexOf(code), K, 'technical-environment');
  const distanceOf = (code: string) => distances[codes.indexOf(code)] ?? NaN;
  const transportOf = (code: string) => column(TRANSPORT)[codes.indexOf(code)] ?? null;

  it('forms the groups the engine forms (peers --theme technical-environment on /tmp/db1)', () => {
    expect(peersOf('825').members).toEqual([
      '492',
      '482',
      '741',
      '306',
      '665',
      '773',
      '563',
      '400',
      '390',
      '671',
    ]);
    expect(peersOf('766').members).toEqual([
      '810',
      '575',
      '760',
      '727',
      '840',
      '340',
      '573',
      '420',
      '756',
      '791',
    ]);
    expect(distanceOf('825')).toBeCloseTo(5.876, 3);
    expect(distanceOf('766')).toBeCloseTo(1.462, 3);
    expect(distances.every(Number.isFinite)).toBe(true);
  });

  it("puts Læsø's 10th neighbour above the 95th percentile of all 98, and Hedensted's not", () => {
    const laeso = distantPeersWarning({
      code: '825',
      k: K,
      distance: distanceOf('825'),
      distances,
    });
    expect(laeso?.detail.municipalities).toBe(98);
    // The 95th percentile of the 98 is 4.41; Læsø 5.88 is the farthest, Hedensted 1.46.
    expect(laeso?.detail.percentile95).toBeCloseTo(4.412, 3);
    expect(laeso?.detail.nearerThan).toBe(97);
    expect(laeso?.messageDa).toMatch(
      /^Sammenligningskommunerne ligger langt fra Læsø: den 10\. nærmeste er i afstand 5,9, mere end for 95 % af landets kommuner/,
    );
    expect(
      distantPeersWarning({ code: '766', k: K, distance: distanceOf('766'), distances }),
    ).toBeUndefined();
  });

  it("flags Læsø's transport as an outlier against its 10 peers, and not Hedensted's", () => {
    const peerValues = (code: string) => peersOf(code).members.map(transportOf);
    const laeso = outlierWarning({
      keyFigureId: TRANSPORT,
      code: '825',
      value: transportOf('825'),
      peerValues: peerValues('825'),
      unit: 'kr. pr. indb.',
    });
    expect(laeso?.detail).toMatchObject({ value: 17364, median: 1935.5, mad: 441, peers: 10 });
    expect(laeso?.detail.deviations).toBeCloseTo(23.6, 1);
    const hedensted = robustDeviation(transportOf('766'), peerValues('766'));
    expect(hedensted).toMatchObject({ median: 1499.5, mad: 159 });
    expect(hedensted?.deviations).toBeCloseTo(2.05, 2);
    expect(
      outlierWarning({
        keyFigureId: TRANSPORT,
        code: '766',
        value: transportOf('766'),
        peerValues: peerValues('766'),
      }),
    ).toBeUndefined();
  });
});
