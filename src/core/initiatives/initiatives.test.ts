import { describe, expect, it } from 'vitest';
import type { KeyFigure } from '../key-figures/index.ts';
import { checkAgainstData, checkGains, type InitiativeDataContext } from './checks.ts';
import { initiativeChanges } from './history.ts';
import type { Initiative, InitiativeFields } from './initiative.ts';
import { initiativeOverview } from './overview.ts';

const fields: InitiativeFields = {
  municipality: '766',
  title: 'Hverdagsrehabilitering',
  description: '',
  theme: 'elderly-health',
  type: 'rehabilitation-prevention',
  owner: null,
  keyFigures: ['udgifter'],
  startYear: 2014,
  expected: [{ year: 2015, amount: 2_000_000 }],
  realised: [],
  prices: { basis: 'current', year: null },
  status: 'running',
  money: { use: 'saved', area: null },
  portalItems: [],
  visibility: 'public',
  example: false,
};
const figure = (id: string, kind: KeyFigure['kind']) =>
  ({ id, kind, nameDa: id === 'udgifter' ? 'Udgifter' : 'Pladser' }) as KeyFigure;
const context: InitiativeDataContext = {
  keyFigures: new Map([
    ['udgifter', figure('udgifter', 'cost')],
    ['pladser', figure('pladser', 'activity')],
  ]),
  firstYear: 2007,
  lastYear: 2019,
  newestAccountsYear: 2018,
  netOperatingExpenditure: { year: 2018, amount: 3_000_000_000 },
};

describe('the checks of an initiative', () => {
  const refusal = (change: Partial<InitiativeFields>) => {
    try {
      checkAgainstData({ ...fields, ...change }, context);
      return undefined;
    } catch (e) {
      return e as { parameter: string; message: string };
    }
  };

  it('accepts the issue’s example', () => {
    expect(refusal({})).toBeUndefined();
  });

  it.each([
    [{ realised: [{ year: 2019, amount: 1 }] }, 'realised[0].year', /nyeste regnskabsår er 2018/],
    [{ expected: [{ year: 2015, amount: -1 }] }, 'expected[0].amount', /negativ/],
    [
      { expected: [{ year: 2015, amount: 3e9 + 1 }] },
      'expected[0].amount',
      /3\.000\.000\.000 kr\./,
    ],
    [{ expected: [{ year: 2013, amount: 1 }] }, 'expected[0].year', /før startåret 2014/],
    [
      {
        expected: [
          { year: 2015, amount: 1 },
          { year: 2015, amount: 2 },
        ],
      },
      'expected[1].year',
      /to gange/,
    ],
    [{ startYear: 2007 }, 'startYear', /2008-2023/],
    [{ startYear: 2024, expected: [] }, 'startYear', /uden for data/],
    [{ keyFigures: ['pladser'] }, 'keyFigures[0]', /ikke et udgiftsnøgletal/],
    [{ keyFigures: ['findes-ikke'] }, 'keyFigures[0]', /findes ikke/],
    [{ money: { use: 'reprioritised' as const, area: ' ' } }, 'money.area', /hvilket område/],
  ])('refuses %j, naming %s', (change, field, message) => {
    const e = refusal(change);
    expect(e?.parameter).toBe(field);
    expect(e?.message).toMatch(message);
  });

  it('checks gains without data too', () => {
    expect(() => checkGains({ ...fields, realised: [{ year: 2016, amount: Number.NaN }] })).toThrow(
      /negativ/,
    );
  });
});

describe('the history of an initiative', () => {
  it('shows a rewritten expected gain, with the words of a changed title', () => {
    const changes = initiativeChanges(fields, {
      ...fields,
      title: 'Hverdagsrehabilitering i hjemmeplejen',
      expected: [{ year: 2015, amount: 3_000_000 }],
    });
    expect(changes.map((c) => c.field)).toEqual(['title', 'expected']);
    expect(changes[1]).toEqual({
      field: 'expected',
      before: [{ year: 2015, amount: 2_000_000 }],
      after: [{ year: 2015, amount: 3_000_000 }],
    });
    expect(changes[0]?.parts?.map((p) => p.change)).toEqual(['same', 'added']);
  });
});

describe('the sector overview', () => {
  const stored = (id: number, over: Partial<Initiative>): Initiative => ({
    ...fields,
    id,
    version: 1,
    baselines: [],
    authorId: null,
    createdAt: '',
    updatedAt: '',
    ...over,
  });
  const initiatives = [
    stored(1, {
      expected: [
        { year: 2015, amount: 100 },
        { year: 2020, amount: 100 },
      ],
      realised: [{ year: 2015, amount: 80 }],
      baselines: [
        {
          keyFigure: 'udgifter',
          year: 2013,
          value: 1,
          unit: 'kr.',
          yearKind: 'accounts',
          prices: null,
        },
      ],
    }),
    stored(2, {
      theme: 'children-young',
      municipality: '101',
      expected: [{ year: 2016, amount: 50 }],
      realised: [{ year: 2016, amount: 60 }],
      prices: { basis: 'fixed', year: 2010 },
    }),
  ];
  // Current prices × 1 for every year; 2010-prices × 1.5 to the target; 2020 has no index.
  const convert = (amount: number, year: number, from: Initiative['prices']) =>
    year === 2020 ? undefined : from.basis === 'fixed' ? amount * 1.5 : amount;
  const overview = (groupBy: 'theme' | 'region' | 'year') =>
    initiativeOverview(
      {
        initiatives,
        regionOf: (m) => (m === '101' ? '084' : '082'),
        convert,
        confirmed: new Set([2]),
        newestAccountsYear: 2018,
      },
      groupBy,
    );

  it('adds up in one price level, rate to date, baselines and confirmations', () => {
    const o = overview('theme');
    expect(o.total).toEqual({
      count: 2,
      expected: 175,
      realised: 170,
      expectedToDate: 175,
      realisationRate: 170 / 175,
      withBaseline: 1,
      confirmed: 1,
    });
    expect(o.unconverted).toEqual([{ id: 1, year: 2020 }]);
    expect(o.groups.map((g) => [g.key, g.expected])).toEqual([
      ['elderly-health', 100],
      ['children-young', 75],
    ]);
    expect(o.largest.map((l) => [l.initiative.id, l.realised])).toEqual([
      [2, 90],
      [1, 80],
    ]);
  });

  it('groups by region and by year (each year its own gains)', () => {
    expect(overview('region').groups.map((g) => g.key)).toEqual(['082', '084']);
    const years = overview('year').groups;
    expect(years.map((g) => [g.key, g.expected, g.realised])).toEqual([
      ['2015', 100, 80],
      ['2016', 75, 90],
    ]);
  });
});
