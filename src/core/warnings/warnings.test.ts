import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../key-figures/index.ts';
import { CURRENT_PRICES, fixedPrices } from '../prices/index.ts';
import {
  WARNING_CODES,
  budgetYearWarning,
  definitionBreakWarnings,
  distantPeersWarning,
  lowCoverageWarning,
  outlierWarning,
  priceConversionWarning,
  robustDeviation,
  smallVolumeWarning,
  type Warning,
} from './index.ts';

const SEED = 42;
const TRANSPORT = 'udg-transport-infrastruktur-pr-indb';
const outlier = (value: number | null, peerValues: ArrayLike<number | null>) =>
  outlierWarning({ keyFigureId: TRANSPORT, code: '825', value, peerValues, unit: 'kr. pr. indb.' });

/** A warning's detail is plain JSON: it survives a round trip unchanged. */
function expectJson(w: Warning | undefined): void {
  expect(w).toBeDefined();
  expect(JSON.parse(JSON.stringify(w))).toEqual(w);
  expect(WARNING_CODES).toContain(w?.code);
  expect(w?.messageDa.length).toBeGreaterThan(20);
  expect(w?.messageEn.length).toBeGreaterThan(20);
}

describe('distantPeersWarning({ code, k, distance, distances })', () => {
  // 1, 2, …, 20: the 95th percentile (type 7) is 19 + 0.05 × (20 − 19) = 19.05.
  const distances = Array.from({ length: 20 }, (_, i) => i + 1);

  it('warns when the k-th distance is above the 95th percentile of all k-th distances', () => {
    const w = distantPeersWarning({ code: '825', k: 10, distance: 20, distances });
    expectJson(w);
    expect(w?.detail).toEqual({
      k: 10,
      distance: 20,
      percentile95: 19.05,
      municipalities: 20,
      nearerThan: 19,
    });
    expect(w?.keyFigureId).toBeNull();
    expect(w?.messageDa).toMatch(
      /^Sammenligningskommunerne ligger langt fra Læsø: den 10\. nærmeste er i afstand 20,0, mere end for 95 % af landets kommuner \(grænsen er 19,1\)/,
    );
    expect(w?.messageEn).toContain('the 10th nearest is at distance 20.0');
  });

  it('does not warn at or below the percentile', () => {
    expect(distantPeersWarning({ code: '825', k: 10, distance: 19, distances })).toBeUndefined();
    expect(distantPeersWarning({ code: '825', k: 10, distance: 19.05, distances })).toBeUndefined();
  });

  it('skips municipalities without a distance (NaN) and refuses a missing own distance', () => {
    const withGaps = [...distances, NaN, NaN];
    expect(
      distantPeersWarning({ code: '825', k: 10, distance: 20, distances: withGaps })?.detail
        .municipalities,
    ).toBe(20);
    expect(distantPeersWarning({ code: '825', k: 10, distance: NaN, distances })).toBeUndefined();
    expect(distantPeersWarning({ code: '825', k: 10, distance: 3, distances: [] })).toBeUndefined();
    expect(
      distantPeersWarning({ code: '825', k: 10, distance: 3, distances: [NaN] }),
    ).toBeUndefined();
  });

  it('shows enough decimals to tell the distance from the limit', () => {
    const w = distantPeersWarning({ code: '766', k: 5, distance: 19.06, distances });
    expect(w?.messageDa).toContain('afstand 19,06');
    expect(w?.messageDa).toContain('grænsen er 19,05');
    expect(w?.messageDa).toContain('den 5. nærmeste');
    expect(w?.messageEn).toContain('the 5th nearest');
  });
});

describe('robustDeviation(value, peerValues)', () => {
  it('measures in 1.4826 × MAD: 10 against 1…5 is 7 / 1.4826 away', () => {
    const r = robustDeviation(10, [1, 2, 3, 4, 5]);
    expect(r).toMatchObject({ median: 3, mad: 1, spreadKind: 'scaled-mad', peers: 5 });
    expect(r?.spread).toBeCloseTo(1.4826, 12);
    expect(r?.deviations).toBeCloseTo(7 / 1.4826, 12);
  });

  it('falls back to 1.2533 × the mean absolute deviation when MAD is 0', () => {
    // 5, 5, 5, 6, 9: median 5, |deviations| 0, 0, 0, 1, 4, MAD 0, mean 1.
    const r = robustDeviation(9, [5, 5, 5, 6, 9]);
    expect(r).toMatchObject({ median: 5, mad: 0, spreadKind: 'mean-absolute-deviation' });
    expect(r?.spread).toBeCloseTo(1.2533, 12);
    expect(r?.deviations).toBeCloseTo(4 / 1.2533, 12);
  });

  it('puts any other value infinitely far when all peers are equal, and an equal one at 0', () => {
    expect(robustDeviation(5.01, [5, 5, 5])).toMatchObject({ spreadKind: 'none', spread: 0 });
    expect(robustDeviation(5.01, [5, 5, 5])?.deviations).toBe(Infinity);
    expect(robustDeviation(5, [5, 5, 5])?.deviations).toBe(0);
  });

  it('leaves out missing peer values and needs 3 peers with a value', () => {
    expect(robustDeviation(10, [1, null, 2, NaN, 3, 4, 5])).toEqual(
      robustDeviation(10, [1, 2, 3, 4, 5]),
    );
    expect(robustDeviation(10, [])).toBeUndefined();
    expect(robustDeviation(10, [1, 2, null])).toBeUndefined();
    expect(robustDeviation(null, [1, 2, 3])).toBeUndefined();
    expect(robustDeviation(NaN, [1, 2, 3])).toBeUndefined();
  });
});

describe('outlierWarning({ keyFigureId, code, value, peerValues })', () => {
  it('warns beyond 3 robust standard deviations and not within', () => {
    expect(outlier(10, [1, 2, 3, 4, 5])?.detail.deviations).toBeCloseTo(4.7214, 4);
    expect(outlier(7.5, [1, 2, 3, 4, 5])).toBeDefined(); // 4.5 / 1.4826 = 3.04
    expect(outlier(7, [1, 2, 3, 4, 5])).toBeUndefined(); // 4 / 1.4826 = 2.70
    expect(outlier(-1.5, [1, 2, 3, 4, 5])).toBeDefined(); // below counts as well
  });

  it('says the numbers in words, with the unit, and keeps them in the detail', () => {
    const w = outlier(17364, [5302, 2394, 2543, 1186, 1885, 1714, 1512, 1986, 2002, 1471]);
    expectJson(w);
    expect(w?.keyFigureId).toBe(TRANSPORT);
    expect(w?.detail).toMatchObject({
      value: 17364,
      median: 1935.5,
      mad: 441,
      spreadKind: 'scaled-mad',
      threshold: 3,
      peers: 10,
    });
    expect(w?.messageDa).toBe(
      'Læsø skiller sig ud fra sammenligningskommunerne på dette nøgletal: 17.364 kr. pr. indb. ' +
        'mod sammenligningskommunernes median på 1.936 kr. pr. indb., 23,6 robuste ' +
        'standardafvigelser fra medianen (1,4826 × MAD, medianen af de absolutte afvigelser fra ' +
        'medianen; grænsen er 3). Potentialet kan afspejle særlige vilkår, som sammenligningen ' +
        'ikke fanger, mere end effektivitet.',
    );
    expect(w?.messageEn).toContain('DKK 17,364 per inhabitant against the peers');
  });

  it('with MAD = 0 uses the mean absolute deviation, and with equal peers any difference', () => {
    expect(outlier(8, [5, 5, 5, 6, 9])).toBeUndefined(); // 3 / 1.2533 = 2.39
    expect(outlier(9, [5, 5, 5, 6, 9])?.detail.spreadKind).toBe('mean-absolute-deviation');
    const w = outlier(6, [5, 5, 5, 5]);
    expectJson(w);
    expect(w?.detail).toMatchObject({ spreadKind: 'none', spread: 0, deviations: null });
    expect(w?.messageDa).toContain(
      'alle sammenligningskommunerne har 5 kr. pr. indb., Læsø har 6 kr. pr. indb. Potentialet',
    );
    expect(outlier(5, [5, 5, 5, 5])).toBeUndefined();
  });

  it('gives no warning without a value or with fewer than 3 peers with a value', () => {
    expect(outlier(null, [1, 2, 3])).toBeUndefined();
    expect(outlier(NaN, [1, 2, 3])).toBeUndefined();
    expect(outlier(100, [])).toBeUndefined();
    expect(outlier(100, [1, NaN, null, 2])).toBeUndefined();
  });

  // Integers in ±1000 keep every sum, half and product exact in floating point, and keep the
  // ratio off the threshold 3 × 1.4826 by more than rounding (MAD would need to be ≥ 2500).
  const values = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 15 });
  const flagged = (v: number, peers: readonly number[]) => outlier(v, peers) !== undefined;

  it('is unchanged when a constant is added to every value (fast-check, seed 42)', () => {
    fc.assert(
      fc.property(
        values,
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1e5, max: 1e5 }),
        (peers, v, shift) => {
          const moved = peers.map((x) => x + shift);
          expect(flagged(v + shift, moved)).toBe(flagged(v, peers));
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('is unchanged when every value is multiplied by a positive factor (fast-check, seed 42)', () => {
    fc.assert(
      fc.property(
        values,
        fc.integer({ min: -1000, max: 1000 }),
        fc.constantFrom(0.25, 0.5, 2, 3, 10, 1024),
        (peers, v, factor) => {
          const r = robustDeviation(v, peers);
          // Off the threshold by more than rounding; equality is measure zero but not impossible.
          fc.pre(r === undefined || Math.abs(r.deviations - 3) > 1e-9);
          const scaled = peers.map((x) => x * factor);
          expect(flagged(v * factor, scaled)).toBe(flagged(v, peers));
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('treats a value above and its mirror image below alike (fast-check, seed 42)', () => {
    fc.assert(
      fc.property(values, fc.integer({ min: -1000, max: 1000 }), (peers, v) => {
        expect(
          flagged(
            -v,
            peers.map((x) => -x),
          ),
        ).toBe(flagged(v, peers));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('smallVolumeWarning({ keyFigureId, code, volume, peerVolumes })', () => {
  const small = (volume: number | null, peerVolumes: ArrayLike<number | null>) =>
    smallVolumeWarning({
      keyFigureId: 'udgifter-aeldre-pr-67-aarig',
      code: '825',
      volume,
      peerVolumes,
    });

  it('names both reasons when the volume is under 100 and under 25 % of the peers’ median', () => {
    const w = small(62.4, [900, 1200, 1000]);
    expectJson(w);
    expect(w?.detail).toMatchObject({
      volume: 62.4,
      peerMedian: 1000,
      minimum: 100,
      minimumShare: 0.25,
      reasons: ['below-minimum', 'below-peer-share'],
    });
    expect(w?.detail.shareOfPeerMedian).toBeCloseTo(0.0624, 12);
    expect(w?.messageDa).toBe(
      'Målgruppen (volumen) i Læsø er lille: 62, under 100 og kun 6 % af ' +
        'sammenligningskommunernes median på 1.000. Få personer mere eller mindre flytter ' +
        'enhedsudgiften meget, og faste udgifter vejer tungere, så potentialet er usikkert.',
    );
  });

  it('names one reason when only one holds', () => {
    expect(small(150, [1000, 1000, 1000])?.detail.reasons).toEqual(['below-peer-share']);
    expect(small(99, [])?.detail.reasons).toEqual(['below-minimum']);
    expect(small(99, [])?.detail.peerMedian).toBeNull();
    expect(small(99, [100, 120])?.detail.reasons).toEqual(['below-minimum']);
  });

  it('gives no warning for a volume of 100 or more and at least 25 % of the peers’ median', () => {
    expect(small(100, [])).toBeUndefined();
    expect(small(250, [1000, 1000])).toBeUndefined();
    expect(small(8320.966, [9000, 11000])).toBeUndefined();
  });

  it('writes whole units, and gives none for a missing volume', () => {
    expect(small(8320.966, [40000, 40000, 40000])?.messageDa).toContain('lille: 8.321, kun 21 %');
    expect(small(null, [1000])).toBeUndefined();
    expect(small(NaN, [1000])).toBeUndefined();
  });
});

describe('definitionBreakWarnings(keyFigure, year)', () => {
  const figure = {
    id: 'test',
    breaks: [
      { year: 2004, description: 'Fra 67+ til 65+.', sourceNote: 26 },
      { year: 2018, description: 'Ny opgørelsesmetode.' },
    ],
  };
  const years = (year: number) =>
    definitionBreakWarnings(figure, year).map((w) => w.detail.breakYear);

  it('finds the breaks in (year − 4, year]', () => {
    expect(years(2018)).toEqual([2018]);
    expect(years(2021)).toEqual([2018]);
    expect(years(2022)).toEqual([]);
    expect(years(2017)).toEqual([]);
    expect(years(2007)).toEqual([2004]);
    expect(years(2008)).toEqual([]);
    expect(years(2003)).toEqual([]);
  });

  it('names the year and the description, and the note when there is one', () => {
    const [w] = definitionBreakWarnings(figure, 2005);
    expectJson(w);
    expect(w?.messageDa).toBe(
      'Opgørelsen af nøgletallet blev ændret i 2004 (note 26): Fra 67+ til 65+.',
    );
    expect(w?.detail).toEqual({
      year: 2005,
      breakYear: 2004,
      description: 'Fra 67+ til 65+.',
      sourceNote: 26,
      windowFrom: 2002,
      windowTo: 2005,
    });
    expect(definitionBreakWarnings(figure, 2019)[0]?.detail.sourceNote).toBeNull();
  });

  it('warns on the 2018 method of the elderly figure in 2019', () => {
    const elderly = CATALOGUE.find((k) => k.id === 'udgifter-aeldre-pr-67-aarig');
    const [w] = elderly ? definitionBreakWarnings(elderly, 2019) : [];
    expect(w?.messageDa).toMatch(/^Opgørelsen af nøgletallet blev ændret i 2018 \(note 27\): Ny/);
  });
});

describe('budgetYearWarning({ year, kind })', () => {
  it('says that a budget year is budget, not accounts', () => {
    const w = budgetYearWarning({ year: 2019, kind: 'budget', newestAccountsYear: 2018 });
    expectJson(w);
    expect(w?.messageDa).toMatch(/^2019 er budgettal, ikke regnskab: /);
    expect(w?.messageDa).toContain('Det nyeste regnskabsår er 2018.');
    expect(w?.messageEn).toMatch(/^2019 is budget, not accounts/);
    expect(w?.detail).toEqual({ year: 2019, kind: 'budget', newestAccountsYear: 2018 });
  });

  it('warns about an estimate too, and never about accounts', () => {
    expect(budgetYearWarning({ year: 2020, kind: 'estimate' })?.messageDa).toMatch(
      /^2020 er skønnede tal, ikke regnskab/,
    );
    expect(budgetYearWarning({ year: 2018, kind: 'accounts' })).toBeUndefined();
  });
});

describe('lowCoverageWarning({ year, coverage })', () => {
  it('warns below 50 %, and the year stays comparable from 25 %', () => {
    const w = lowCoverageWarning({ year: 2019, coverage: 0.42, figures: 12 });
    expectJson(w);
    expect(w?.detail).toMatchObject({ coverage: 0.42, comparable: true, figures: 12 });
    expect(w?.messageDa).toMatch(
      /^Pakken dækker kun 42 % af kommunens nettodriftsudgifter i 2019 \(12 nøgletal indgår\): /,
    );
    expect(lowCoverageWarning({ year: 2019, coverage: 0.25 })?.detail.comparable).toBe(true);
  });

  it('says below 25 % that the year is not comparable as a whole, and why', () => {
    const w = lowCoverageWarning({ year: 2022, coverage: 0.12 });
    expect(w?.detail.comparable).toBe(false);
    expect(w?.messageDa).toContain('så året kan ikke sammenlignes med andre år som helhed');
    expect(w?.messageDa).toContain('afhænger mere af, hvilke nøgletal der findes');
    expect(w?.messageEn).toContain('not comparable with other years as a whole');
  });

  it('gives none at 50 % or more, or without a coverage', () => {
    expect(lowCoverageWarning({ year: 2019, coverage: 0.5 })).toBeUndefined();
    expect(lowCoverageWarning({ year: 2019, coverage: 0.9 })).toBeUndefined();
    expect(lowCoverageWarning({ year: 2019, coverage: null })).toBeUndefined();
    expect(lowCoverageWarning({ year: 2019, coverage: NaN })).toBeUndefined();
  });
});

describe('priceConversionWarning({ keyFigureId, year, conversion })', () => {
  it('names both levels and the missing index year when amounts could not be converted', () => {
    const w = priceConversionWarning({
      keyFigureId: TRANSPORT,
      year: 2019,
      conversion: {
        kind: 'not-converted',
        published: fixedPrices(2010),
        asked: CURRENT_PRICES,
        missingYears: [2019],
      },
    });
    expectJson(w);
    expect(w?.messageDa).toBe(
      'Beløbene for 2019 kunne ikke omregnes til 2019-priser (løbende): pris- og lønindekset ' +
        'mangler året 2019. De vises i 2010-priser, som de er offentliggjort, og kan ikke ' +
        'lægges sammen med beløb i et andet prisniveau.',
    );
    expect(w?.detail).toMatchObject({ converted: false, missingYears: [2019] });
  });

  it('names the index source and years when amounts were converted', () => {
    const w = priceConversionWarning({
      keyFigureId: null,
      year: 2018,
      conversion: {
        kind: 'converted',
        from: fixedPrices(2010),
        to: CURRENT_PRICES,
        source: 'derived',
        indexYears: [2010, 2018],
        factor: 1 / 0.8904,
      },
    });
    expectJson(w);
    expect(w?.messageDa).toBe(
      'Beløbene for 2018 er omregnet fra 2010-priser til 2018-priser (løbende) med et pris- og ' +
        'lønindeks (afledt af overlappende eksporter), årene 2010 og 2018.',
    );
    expect(w?.detail).toMatchObject({ converted: true, indexSource: 'derived' });
  });

  it('gives none when the levels are the same', () => {
    const conversion = {
      kind: 'converted',
      from: fixedPrices(2019),
      to: fixedPrices(2019),
      source: 'imported',
      indexYears: [],
    } as const;
    expect(priceConversionWarning({ keyFigureId: null, year: 2019, conversion })).toBeUndefined();
  });
});
