// The catalogue's figures on competition and private suppliers (issue 16, part 7): the
// competitive-tendering indicator (IKU) in total and per hovedkonto, and the private-supplier
// indicator (PLI) in its new and old definition. Context beside a package, never in its sum.
import { describe, expect, it } from 'vitest';
import { isSummable, planPackage } from '../potential/index.ts';
import { CATALOGUE, findCatalogueEntry } from './catalogue.ts';
import type { KeyFigure } from './key-figure.ts';

const entry = (id: string): KeyFigure => {
  const k = CATALOGUE.find((c) => c.id === id);
  if (!k) throw new Error(`no catalogue entry ${id}`);
  return k;
};

const HKT = [0, 2, 3, 4, 5, 6] as const;
const hktId = (hkt: number) => `indikator-konkurrenceudsaettelse-hkt-${hkt}`;
const COMPETITION = [
  'indikator-konkurrenceudsaettelse',
  ...HKT.map(hktId),
  'privat-leverandoer-indikator',
  'privat-leverandoer-indikator-gl-def',
];

describe('CATALOGUE: competition and private suppliers', () => {
  it.each(HKT)('finds IKU on hovedkonto %i by its exact title in the export', (hkt) => {
    const k = findCatalogueEntry(`Indikator for konkurrenceudsættelse på hkt ${hkt} (pct.)`);
    expect(k?.id).toBe(hktId(hkt));
    expect(k?.source).toBe('noegletal');
  });

  it('names each hovedkonto as the kontoplan does, in Danish and English', () => {
    expect(entry(hktId(0)).nameDa).toContain('hovedkonto 0 Byudvikling, bolig- og miljø');
    expect(entry(hktId(2)).nameDa).toContain('hovedkonto 2 Transport og infrastruktur');
    expect(entry(hktId(3)).nameDa).toContain('hovedkonto 3 Undervisning og kultur');
    expect(entry(hktId(4)).nameDa).toContain('hovedkonto 4 Sundhedsområdet');
    expect(entry(hktId(5)).nameDa).toContain('hovedkonto 5 Sociale opgaver og beskæftigelse');
    expect(entry(hktId(6)).nameDa).toContain('hovedkonto 6 Fællesudgifter og administration');
    for (const hkt of HKT) expect(entry(hktId(hkt)).nameEn).toContain(`main account ${hkt} `);
  });

  it('makes every figure neutral activity in pct. under administration, with no volume or money', () => {
    for (const id of COMPETITION) {
      const k = entry(id);
      expect(k, id).toMatchObject({
        kind: 'activity',
        polarity: 'neutral',
        unit: 'pct.',
        themes: ['administration'],
        valueType: 'number',
        overlaps: [],
      });
      expect(k.volume, id).toBeUndefined();
      expect(isSummable(k), id).toBe(false);
    }
  });

  it('keeps them all out of a package: the plan sums none of them', () => {
    const plan = planPackage(CATALOGUE);
    for (const id of COMPETITION) expect(plan.order, id).not.toContain(id);
  });

  it('breaks IKU per hovedkonto in 2007 (new kontoplan), except hovedkonto 4, which begins then', () => {
    for (const hkt of HKT) {
      const years = entry(hktId(hkt)).breaks.map((b) => b.year);
      expect(years, `hkt ${hkt}`).toEqual(hkt === 4 ? [] : [2007]);
    }
    expect(entry(hktId(0)).breaks[0]?.description).toMatch(/ny kontoplan/);
  });

  it('keeps the old PLI as its own figure to 2010, with the new definition as a break in 2011', () => {
    const old = entry('privat-leverandoer-indikator-gl-def');
    expect(old.sourceName).toBe('Privat-leverandør-indik. (pct.) (gl. def.) (til 2010)');
    expect(old.discontinuedAfter).toBe(2010);
    expect(old.breaks.map((b) => b.year)).toEqual([2007, 2011]);
    const change = old.breaks.find((b) => b.year === 2011);
    expect(change?.description).toMatch(/til og med 2010/);
    expect(change?.description).toMatch(/den serie, der skal\s+bruges/);
    expect(change?.descriptionEn).toMatch(/is the series to\s+use/);
    // The new definition is one series from 1993: no break of its own for the change.
    expect(entry('privat-leverandoer-indikator').breaks.map((b) => b.year)).toEqual([2007]);
  });
});
