import { describe, expect, it } from 'vitest';
import { CATALOGUE, findCatalogueEntry, type KeyFigure } from '../../core/index.ts';
import { catalogueAgeGroups, OLDEST_AGE } from './age-groups.ts';

describe('catalogueAgeGroups(catalogue)', () => {
  it('finds the 18 age-group shares of the catalogue and the single years each sums', () => {
    expect(catalogueAgeGroups().map((g) => [g.keyFigureId, g.from, g.to])).toEqual([
      ['andel-0-2-aarige', 0, 2],
      ['andel-0-5-aarige', 0, 5],
      ['andel-0-9-aarige', 0, 9],
      ['andel-0-10-aarige', 0, 10],
      ['andel-0-13-aarige', 0, 13],
      ['andel-0-17-aarige', 0, 17],
      ['andel-3-5-aarige', 3, 5],
      ['andel-6-9-aarige', 6, 9],
      ['andel-6-13-aarige', 6, 13],
      ['andel-6-16-aarige', 6, 16],
      ['andel-10-13-aarige', 10, 13],
      ['andel-17-64-aarige', 17, 64],
      ['andel-17-66-aarige', 17, 66],
      ['andel-18-66-aarige', 18, 66],
      ['andel-18-aarige', 18, OLDEST_AGE],
      ['andel-25-64-aarige', 25, 64],
      ['andel-65-aarige', 65, OLDEST_AGE],
      ['andel-67-aarige', 67, OLDEST_AGE],
    ]);
  });

  it('covers every share that a volume of the catalogue names, except StatBank’s own', () => {
    const emitted = new Set(catalogueAgeGroups().map((g) => g.keyFigureId));
    const named = CATALOGUE.flatMap((k) => (k.volume?.share ? [k.volume.share] : [])).filter(
      (id) => !id.startsWith('statbank-'),
    );
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((id) => !emitted.has(id))).toEqual([]);
  });

  it('sights each figure as the catalogue defines it, so the stored entry is kept', () => {
    for (const g of catalogueAgeGroups()) {
      const entry = findCatalogueEntry(g.keyFigureId);
      expect(g.sighting).toEqual({
        id: entry?.id,
        sourceName: entry?.sourceName,
        source: entry?.source,
        valueType: 'number',
        noteNumbers: [],
        unit: 'pct.',
      });
    }
  });

  it('leaves out titles that are not an age range of single years', () => {
    const base = findCatalogueEntry('andel-67-aarige');
    if (!base) throw new Error('the catalogue has no andel-67-aarige');
    const entry = (id: string, sourceName: string, unit = 'pct.'): KeyFigure => ({
      ...base,
      id,
      sourceName,
      unit,
    });
    const groups = catalogueAgeGroups([
      entry('a', 'Andel 80+-årige'),
      entry('b', 'Andel 25-64-årige uden erhvervsuddannelse'),
      entry('c', 'Andel 64-17-årige'),
      entry('d', 'Andel 0-130-årige'),
      entry('e', 'Andel 0-5-årige', 'indb.'),
    ]);
    expect(groups.map((g) => [g.keyFigureId, g.from, g.to])).toEqual([['a', 80, OLDEST_AGE]]);
  });
});
