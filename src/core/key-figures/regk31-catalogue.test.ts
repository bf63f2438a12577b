import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue.ts';
import {
  buildCatalogue,
  cost,
  PER_INHABITANT,
  poolsOverlap,
  poolWithin,
} from './catalogue/define.ts';
import type { KeyFigure, Theme } from './key-figure.ts';

const byId = new Map(CATALOGUE.map((k) => [k.id, k]));
const entry = (id: string): KeyFigure => {
  const k = byId.get(id);
  if (!k) throw new Error(`no catalogue entry ${id}`);
  return k;
};
const overlap = (a: string, b: string): boolean => entry(a).overlaps.includes(b);

/** The 25 functions of PROVENANCE.md §10: number, theme, nøgletal area, StatBank area. */
const FUNCTIONS: readonly (readonly [string, Theme, string, string | undefined])[] = [
  ['0.28.20', 'technical-environment', 'udg-byudvikling-bolig-miljoe-pr-indb', undefined],
  ['0.32.31', 'technical-environment', 'udg-sport-fritid-pr-indb', undefined],
  ['2.28.11', 'technical-environment', 'udg-transport-infrastruktur-pr-indb', undefined],
  ['2.32.31', 'technical-environment', 'udg-transport-infrastruktur-pr-indb', undefined],
  [
    '3.22.01',
    'children-young',
    'udg-folkeskoleomraadet-pr-indb',
    'statbank-folkeskole-pr-6-16-aarig',
  ],
  [
    '3.22.05',
    'children-young',
    'udg-folkeskoleomraadet-pr-indb',
    'statbank-folkeskole-pr-6-16-aarig',
  ],
  [
    '3.22.08',
    'children-young',
    'udg-folkeskoleomraadet-pr-indb',
    'statbank-folkeskole-pr-6-16-aarig',
  ],
  [
    '3.22.10',
    'children-young',
    'udg-folkeskoleomraadet-pr-indb',
    'statbank-folkeskole-pr-6-16-aarig',
  ],
  ['3.32.50', 'technical-environment', 'udg-bibliotek-kultur-folkeoplysning-pr-indb', undefined],
  ['4.62.81', 'elderly-health', 'udg-medfinansiering-sundhedsvaesen-pr-indb', undefined],
  ['4.62.85', 'elderly-health', 'udg-sundhedsydelser-pr-indb', undefined],
  ['5.25.14', 'children-young', 'udg-dagtilbud-netto-pr-indb', 'statbank-dagtilbud-pr-0-5-aarig'],
  [
    '5.28.21',
    'children-young',
    'udg-boern-unge-saerlige-behov-pr-0-17-aarig',
    'statbank-boern-unge-saerlige-behov-pr-0-17-aarig',
  ],
  [
    '5.28.22',
    'children-young',
    'udg-boern-unge-saerlige-behov-pr-0-17-aarig',
    'statbank-boern-unge-saerlige-behov-pr-0-17-aarig',
  ],
  ['5.30.26', 'elderly-health', 'udgifter-aeldre-pr-67-aarig', 'statbank-aeldre-pr-67-aarig'],
  ['5.30.27', 'elderly-health', 'udgifter-aeldre-pr-67-aarig', 'statbank-aeldre-pr-67-aarig'],
  ['5.30.28', 'elderly-health', 'udgifter-aeldre-pr-67-aarig', 'statbank-aeldre-pr-67-aarig'],
  [
    '5.38.45',
    'specialised-adults',
    'udg-voksne-saerlige-behov-pr-18-66-aarig',
    'statbank-voksne-saerlige-behov-pr-18-64-aarig',
  ],
  ['5.48.66', 'employment-social-family', 'udg-foertidspension-pr-17-64-aarig', undefined],
  [
    '5.57.73',
    'employment-social-family',
    'udg-kontanthjaelp-revalidering-pr-17-64-aarig',
    undefined,
  ],
  ['5.57.78', 'employment-social-family', 'udg-forsoergelse-pr-17-64-aarig', undefined],
  [
    '5.58.81',
    'employment-social-family',
    'udg-kontanthjaelp-revalidering-pr-17-64-aarig',
    undefined,
  ],
  ['5.68.90', 'employment-social-family', 'udg-aktivering-pr-17-64-aarig', undefined],
  ['6.42.41', 'administration', 'udg-central-ledelse-adm-pr-indb', undefined],
  [
    '6.45.51',
    'administration',
    'udg-central-ledelse-adm-pr-indb',
    'statbank-administration-pr-indb',
  ],
];
const idOf = (n: string): string => `regk31-${n.replaceAll('.', '-')}`;

/** The functions with a figure per person of their age group: id, share, parent function. */
const PER_GROUP: readonly (readonly [string, string, string])[] = [
  ['regk31-3-22-01-pr-6-16-aarig', 'andel-6-16-aarige', 'regk31-3-22-01'],
  ['regk31-3-22-05-pr-6-9-aarig', 'andel-6-9-aarige', 'regk31-3-22-05'],
  ['regk31-5-25-14-pr-0-5-aarig', 'andel-0-5-aarige', 'regk31-5-25-14'],
  ['regk31-5-28-21-pr-0-17-aarig', 'andel-0-17-aarige', 'regk31-5-28-21'],
  ['regk31-5-28-22-pr-0-17-aarig', 'andel-0-17-aarige', 'regk31-5-28-22'],
  ['regk31-5-30-26-pr-67-aarig', 'andel-67-aarige', 'regk31-5-30-26'],
  ['regk31-5-30-27-pr-67-aarig', 'andel-67-aarige', 'regk31-5-30-27'],
  ['regk31-5-30-28-pr-67-aarig', 'andel-67-aarige', 'regk31-5-30-28'],
];

describe('poolsOverlap(a, b) and poolWithin(part, whole)', () => {
  it('lets a part of a pool overlap its whole and the parts inside it', () => {
    expect(poolsOverlap('aeldre', 'aeldre/5.30.27')).toBe(true);
    expect(poolsOverlap('aeldre/5.30.27', 'aeldre')).toBe(true);
    expect(poolsOverlap('aeldre/5.30.27', 'aeldre/5.30.27')).toBe(true);
    expect(poolsOverlap('adm-central/6.45', 'adm-central/6.45/6.45.51')).toBe(true);
    expect(poolWithin('adm-central/6.45/6.45.51', 'adm-central')).toBe(true);
  });

  it('keeps siblings, other pools and mere prefixes of a name apart', () => {
    expect(poolsOverlap('aeldre/5.30.26', 'aeldre/5.30.27')).toBe(false);
    expect(poolsOverlap('adm-central/6.42/6.42.41', 'adm-central/6.45')).toBe(false);
    expect(poolsOverlap('aeldre/5.30.27', 'voksne-saerlige-behov')).toBe(false);
    expect(poolsOverlap('aeldre/5.30.2', 'aeldre/5.30.27')).toBe(false);
    expect(poolWithin('aeldre', 'aeldre/5.30.27')).toBe(false);
  });
});

describe('buildCatalogue(specs) with parts of pools', () => {
  const spec = (id: string, covers: Parameters<typeof cost>[0]['covers']) =>
    cost({
      id,
      sourceName: id,
      nameDa: id,
      nameEn: id,
      unit: 'kr. pr. indb.',
      themes: ['elderly-health'],
      volume: PER_INHABITANT,
      covers,
    });
  const built = buildCatalogue([
    spec('area', ['aeldre']),
    spec('a', ['aeldre/5.30.26']),
    spec('b', ['aeldre/5.30.27']),
    spec('other', ['sundhed']),
  ]);
  const of = (id: string) => built.find((k) => k.id === id)?.overlaps;

  it('links each part with its whole, never two siblings or another pool', () => {
    expect(of('area')).toEqual(['a', 'b']);
    expect(of('a')).toEqual(['area']);
    expect(of('b')).toEqual(['area']);
    expect(of('other')).toEqual([]);
  });
});

describe('CATALOGUE: the REGK31 account functions', () => {
  it.each(FUNCTIONS)(
    'catalogues %s per inhabitant as a lower-is-better cost in %s',
    (number, theme) => {
      const k = entry(idOf(number));
      expect(k).toMatchObject({
        source: 'regk31',
        kind: 'cost',
        polarity: 'lower-is-better',
        unit: 'kr. pr. indb.',
        themes: [theme],
        volume: PER_INHABITANT,
        breaks: [],
        catalogued: true,
      });
      expect(k.sourceName).toMatch(
        new RegExp(
          `^REGK31 ${number.replaceAll('.', '\\.')} \\S.* \\(netto, kr\\. pr\\. indb\\.\\)$`,
        ),
      );
      expect(k.derived).toBeUndefined();
    },
  );

  it('has exactly the 25 functions and their 8 figures per age group', () => {
    const ids = CATALOGUE.filter((k) => k.source === 'regk31').map((k) => k.id);
    expect(ids.sort()).toEqual(
      [...FUNCTIONS.map(([n]) => idOf(n)), ...PER_GROUP.map(([id]) => id)].sort(),
    );
  });

  it.each(FUNCTIONS)(
    'lets %s overlap its nøgletal area, its StatBank area and the totals',
    (number, _theme, area, statbankArea) => {
      const id = idOf(number);
      expect(overlap(id, area), area).toBe(true);
      if (statbankArea) expect(overlap(id, statbankArea), statbankArea).toBe(true);
      expect(overlap(id, 'nettodriftsudgifter-pr-indb')).toBe(true);
      expect(overlap(id, 'udgifter-i-alt-pr-indb')).toBe(true);
    },
  );

  it('lets each elderly function overlap every elderly figure of the nøgletal and StatBank', () => {
    for (const n of ['5.30.26', '5.30.27', '5.30.28']) {
      for (const area of [
        'udgifter-aeldre-pr-67-aarig',
        'statbank-aeldre-pr-67-aarig',
        'udg-aeldre-voksne-saerlige-behov-pr-18-aarig',
        'udg-aeldre-voksne-saerlige-behov-pr-indb',
      ]) {
        expect(overlap(idOf(n), area), `${n} ∩ ${area}`).toBe(true);
      }
    }
  });

  it('never lets two functions overlap: they are disjoint money', () => {
    const ids = FUNCTIONS.map(([n]) => idOf(n));
    for (const a of ids)
      for (const b of ids) if (a !== b) expect(overlap(a, b), `${a} ∩ ${b}`).toBe(false);
  });

  it('keeps functions out of areas they are not part of', () => {
    expect(overlap('regk31-5-30-27', 'udg-voksne-saerlige-behov-pr-18-66-aarig')).toBe(false);
    expect(overlap('regk31-3-22-01', 'udg-privatskoler-efterskoler-pr-6-16-aarig')).toBe(false);
    expect(overlap('regk31-6-42-41', 'statbank-administration-pr-indb')).toBe(false);
    // Transfers are outside the service frame, services inside it.
    expect(overlap('regk31-5-57-73', 'serviceudgifter-pr-indb')).toBe(false);
    expect(overlap('regk31-5-30-27', 'serviceudgifter-pr-indb')).toBe(true);
  });

  it('puts each function under its nøgletal area', () => {
    expect(entry('regk31-5-30-27').parent).toBe('udgifter-aeldre-pr-67-aarig');
    expect(entry('regk31-3-22-01').parent).toBe('udg-folkeskolen-pr-6-16-aarig');
    expect(entry('regk31-3-22-10').parent).toBe('udg-privatskoler-efterskoler-pr-6-16-aarig');
    expect(entry('regk31-5-48-66').parent).toBe('udg-foertidspension-pr-17-64-aarig');
    expect(entry('regk31-6-45-51').parent).toBe('udg-central-ledelse-adm-pr-indb');
  });
});

describe('CATALOGUE: the REGK31 figures per person of an age group', () => {
  it.each(PER_GROUP)(
    'derives %s from its function and %s, under that function, with the age group as volume',
    (id, share, fn) => {
      const k = entry(id);
      const group = k.unit.replace(/^kr\. pr\. (.*)-årig$/, '$1');
      expect(k).toMatchObject({
        source: 'regk31',
        kind: 'cost',
        polarity: 'lower-is-better',
        themes: entry(fn).themes,
        parent: fn,
        derived: { perInhabitant: fn, share },
        volume: {
          population: 'indbyggertal',
          share,
          description: `Antal ${group}-årige (indbyggertal 1. januar × andel ${group}-årige / 100)`,
        },
      });
      expect(entry(share).sourceName).toBe(`Andel ${group}-årige`);
      expect(overlap(id, fn)).toBe(true);
    },
  );

  it('keeps the elderly functions per 67+-årig apart from each other, as per inhabitant', () => {
    const ids = PER_GROUP.filter(([, share]) => share === 'andel-67-aarige').map(([id]) => id);
    for (const a of ids) for (const b of ids) if (a !== b) expect(overlap(a, b)).toBe(false);
    expect(overlap('regk31-5-30-27-pr-67-aarig', 'regk31-5-30-26')).toBe(false);
    expect(overlap('regk31-5-30-27-pr-67-aarig', 'udgifter-aeldre-pr-67-aarig')).toBe(true);
  });

  it('marks only these figures as derived, each from a stored figure and a share', () => {
    const derived = CATALOGUE.filter((k) => k.derived !== undefined);
    expect(derived.map((k) => k.id).sort()).toEqual(PER_GROUP.map(([id]) => id).sort());
    for (const k of derived) {
      expect(entry(k.derived?.perInhabitant ?? '').derived).toBeUndefined();
      expect(entry(k.derived?.share ?? '').kind).toBe('structure');
    }
  });
});

describe('CATALOGUE: the StatBank area figures under the nøgletal areas', () => {
  it.each([
    ['statbank-aeldre-pr-67-aarig', 'udg-aeldre-voksne-saerlige-behov-pr-18-aarig'],
    ['statbank-dagtilbud-pr-0-5-aarig', 'udg-dagtilbud-netto-pr-indb'],
    ['statbank-folkeskole-pr-6-16-aarig', 'udg-folkeskoleomraadet-pr-indb'],
    [
      'statbank-boern-unge-saerlige-behov-pr-0-17-aarig',
      'udg-boern-unge-saerlige-behov-pr-0-17-aarig',
    ],
    ['statbank-voksne-saerlige-behov-pr-18-64-aarig', 'udg-voksne-saerlige-behov-pr-18-66-aarig'],
  ])('puts %s under %s', (id, parent) => {
    expect(entry(id).parent).toBe(parent);
    expect(overlap(id, parent)).toBe(true);
  });

  it('lets StatBank day care (all of 5.25) overlap private pasning and fripladser', () => {
    expect(
      overlap('statbank-dagtilbud-pr-0-5-aarig', 'udg-private-pasningsordninger-pr-0-10-aarig'),
    ).toBe(true);
    expect(
      overlap('statbank-dagtilbud-pr-0-5-aarig', 'udg-soeskenderabat-fripladser-pr-0-10-aarig'),
    ).toBe(true);
  });
});
