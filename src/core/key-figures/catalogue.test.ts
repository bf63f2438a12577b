import { describe, expect, it } from 'vitest';
import { CATALOGUE, CATALOGUE_SPECS, findCatalogueEntry } from './catalogue.ts';
import { isNoVolume, poolWithin } from './catalogue/define.ts';
import { THEMES, type KeyFigure } from './key-figure.ts';

const byId = new Map(CATALOGUE.map((k) => [k.id, k]));
const entry = (id: string): KeyFigure => {
  const k = byId.get(id);
  if (!k) throw new Error(`no catalogue entry ${id}`);
  return k;
};
const bySource = (sourceName: string): KeyFigure => {
  const k = CATALOGUE.find((c) => c.sourceName === sourceName);
  if (!k) throw new Error(`no catalogue entry for "${sourceName}"`);
  return k;
};
const overlap = (a: string, b: string): boolean => entry(a).overlaps.includes(b);

/** The age group a figure is "pr." (e.g. "67+", "0-13"), today's definition for 17-64/66. */
function perGroup(sourceName: string): string | undefined {
  const m = /pr\.? (\d+(?:\+|-\d+(?:\/\d+)?))-årig$/.exec(sourceName);
  return m?.[1]?.replace('17-64/66', '17-64');
}

// The figures the catalogue must cover (exact titles of full_noegletal.csv).
const REQUIRED = [
  'Udgifter til ældre pr. 67+-årig',
  'Udg. til ældre samt voksne m. særl. behov pr. 18+-årig',
  'Udg. til folkeskolen pr. 6-16-årig',
  'Udg. til folkeskolen pr. elev',
  'Undervisningsudgifter pr. 6-16-årig',
  'Udg. (brutto) til dagtilbud pr. 0-13-årig',
  'Udg. (netto) til dagtilbud pr. 0-13-årig',
  'Udg. til børn og unge med særlige behov pr. 0-17-årig',
  'Udg. til voksne med særlige behov pr. 18-66-årig',
  'Udg. til ledelse og adm. pr. indb.',
  'Udg. til central ledelse og adm. pr. indb.',
  'Udg. til decentral led. og adm. pr. indb.',
  'Biblioteksudgifter pr. indb.',
  'Udg. til kultur pr. indb.',
  'Udg. til sport og fritid pr. indb.',
  'Udg. til sundh.ydelser ekskl. medfin. pr. indb.',
  'Udg. til akt.bestemt medfinans. af sundh.v. pr. indb.',
  'Udg. til forsørgelse (netto) pr. 17-64/66-årig',
  'Udg. til sygedagpenge pr. 17-64/66-årig',
  'Udg. til førtidspension pr. 17-64/66-årig',
  'Udg. til kontanthjælp og revalidering pr 17-64/66-årig',
  'Udg. til aktivering pr. 17-64/66-årig',
  'Serviceudgifter pr. indb.',
  'Nettodriftsudgifter pr. indb.',
  'Udgifter i alt pr. indb.',
  'Udg. til transport og infrastruktur pr. indb.',
  'Udg. til byudvikling, bolig og miljø pr. indb.',
  'Udg. til folkeskoleområdet pr. indb.',
  'Indbyggertal 1. januar',
  'Areal (km2) (abs)',
  'Befolkningstæthed (indb/km2)',
  'Befolkningsandel i bymæssig bebyggelse',
  'Socioøkonomisk indeks',
  'Udgiftsbehov (landet) pr. indb.',
  'Udgiftsbehov (hovedstaden) pr. indb.',
  'Beskatningsgrundlag pr. indb.',
  'Fuldtidsledige pr. 100 17-64/66-årige',
  'Børn af enlige forsørgere pr. 100 0-17-årige',
  'Andel 25-64-årige uden erhvervsuddannelse',
  'Andel 25-64-årige med videregående uddannelse',
  'Andel ejerboliger',
  'Andel almennyttige boliger',
  'Udskrivningsprocent',
  'Grundskyldpromille',
  'Beskatningsniveau (pct.)',
  'Statsgaranteret udskrivningsgrundlag pr. indb.',
  'Budgetteret udskrivningsgrundlag pr. indb.',
  'Langfristet gæld pr. 1/1 pr. indb.',
  'Likviditet efter kassekreditreglen pr. indb.',
  'Pladser i plejehjem/pl.centre pr. 1.000 65+/67+-årige',
  'Plejeboliger pr. 1.000 65+/67+-årige',
  'Pladser i dagpasning i alt pr. 100 0-10-årige',
  'Månedlig takst for dagplejeplads for 0-2-årige',
  'Antal normalklasser',
  'Privatskoleelever pr. 100 elever',
  'Biblioteksudlån pr. indb.',
  'Personaleforbrug i alt pr. 1.000 indb.',
  'Tilskud til pasning af egne børn? (til 2017)',
];

const AGE_GROUPS = ['0-2', '0-5', '0-9', '0-10', '0-13', '0-17', '3-5', '6-9', '6-13', '6-16'];
const ADULT_GROUPS = ['10-13', '17-64', '17-66', '18-66', '18+', '25-64', '65+', '67+'];

describe('CATALOGUE', () => {
  it('has at least 40 entries, with unique slug ids and unique source names', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CATALOGUE.map((k) => k.id)).size).toBe(CATALOGUE.length);
    expect(new Set(CATALOGUE.map((k) => k.sourceName)).size).toBe(CATALOGUE.length);
    for (const k of CATALOGUE) expect(k.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('covers every required figure', () => {
    for (const name of REQUIRED) expect(bySource(name).catalogued).toBe(true);
  });

  it('calls the population "indbyggertal" and every age share "andel-<group>-aarige"', () => {
    expect(entry('indbyggertal').sourceName).toBe('Indbyggertal 1. januar');
    for (const g of [...AGE_GROUPS, ...ADULT_GROUPS]) {
      const k = bySource(`Andel ${g}-årige`);
      expect(k.id).toBe(`andel-${g.replace('+', '')}-aarige`);
      expect(k).toMatchObject({ kind: 'structure', polarity: 'neutral', unit: 'pct.' });
    }
  });

  it('fills every field: a source with formulas exactly on statbank, catalogued, known themes, a kind, names and unit', () => {
    for (const k of CATALOGUE) {
      expect(['noegletal', 'statbank', 'regk31']).toContain(k.source);
      expect(k.formula !== undefined, k.id).toBe(k.source === 'statbank');
      expect(k.catalogued).toBe(true);
      expect(k.kind).not.toBeNull();
      expect(k.themes.length).toBeGreaterThan(0);
      for (const t of k.themes) expect(THEMES).toContain(t);
      expect(k.nameDa.trim()).not.toBe('');
      expect(k.nameEn.trim()).not.toBe('');
      expect(k.unit.trim()).not.toBe('');
      expect(k.sourceName).not.toMatch(/\(\d{1,3}\)$/);
    }
  });

  it('ranks costs lower-is-better and never ranks structure', () => {
    for (const k of CATALOGUE) {
      if (k.kind === 'cost') expect(k.polarity, k.id).toBe('lower-is-better');
      if (k.kind === 'structure') expect(k.polarity, k.id).toBe('neutral');
      if (k.kind === 'quality') expect(k.polarity, k.id).not.toBe('neutral');
    }
  });

  it('marks the JA/NEJ figure as boolean and nothing else', () => {
    const booleans = CATALOGUE.filter((k) => k.valueType === 'boolean').map((k) => k.sourceName);
    expect(booleans).toEqual(['Tilskud til pasning af egne børn? (til 2017)']);
  });

  it('sets discontinuedAfter exactly when the title says "(til YYYY)"', () => {
    for (const k of CATALOGUE) {
      const m = /\(til (\d{4})\)$/.exec(k.sourceName);
      expect(k.discontinuedAfter, k.id).toBe(m ? Number(m[1]) : undefined);
    }
    expect(bySource('Udg. til admininistration pr. indb. (til 2012)').discontinuedAfter).toBe(2012);
  });

  it('refers only to catalogue entries (volume, parent, overlaps, counterparts)', () => {
    for (const k of CATALOGUE) {
      const refs = [
        ...(k.volume ? [k.volume.population, ...(k.volume.share ? [k.volume.share] : [])] : []),
        ...(k.parent ? [k.parent] : []),
        ...k.overlaps,
        ...k.counterparts,
      ];
      for (const r of refs) expect(byId.has(r), `${k.id} → ${r}`).toBe(true);
      expect(k.overlaps).not.toContain(k.id);
      expect(k.counterparts).not.toContain(k.id);
    }
  });

  it('sets counterparts beside a figure, never structural conditions (those choose the peers)', () => {
    for (const k of CATALOGUE) {
      for (const c of k.counterparts) expect(entry(c).kind, `${k.id} → ${c}`).not.toBe('structure');
    }
  });
});

describe('CATALOGUE volumes', () => {
  it('gives every cost "pr. indb." the population, and every cost "pr. <age group>" its share', () => {
    for (const k of CATALOGUE.filter((c) => c.kind === 'cost')) {
      if (/pr\. indb\.$/.test(k.sourceName)) {
        expect(k.volume, k.id).toEqual({
          population: 'indbyggertal',
          description: 'Indbyggertal 1. januar',
          descriptionEn: 'Population on 1 January',
        });
      }
      const group = perGroup(k.sourceName);
      if (group !== undefined) {
        expect(k.volume?.population, k.id).toBe('indbyggertal');
        expect(entry(k.volume?.share ?? '').sourceName, k.id).toBe(`Andel ${group}-årige`);
        expect(k.volume?.description, k.id).toContain(
          `Antal ${group}-årige (indbyggertal 1. januar × andel ${group}-årige / 100)`,
        );
      }
    }
  });

  it('leaves a cost without a volume only with a written reason', () => {
    const missing = CATALOGUE_SPECS.filter((s) => s.kind === 'cost' && !s.volume);
    expect(missing.map((s) => s.id)).toEqual([]);
    const none = CATALOGUE_SPECS.filter((s) => isNoVolume(s.volume));
    expect(none.map((s) => s.id)).toEqual(['udg-folkeskolen-pr-elev']);
    for (const s of none) expect(byId.get(s.id)?.volume).toBeUndefined();
  });

  it('names the examples of the brief exactly', () => {
    expect(entry('udgifter-aeldre-pr-67-aarig').volume).toEqual({
      population: 'indbyggertal',
      share: 'andel-67-aarige',
      description: 'Antal 67+-årige (indbyggertal 1. januar × andel 67+-årige / 100)',
      descriptionEn: 'Number of persons aged 67+ (population on 1 January × share aged 67+ / 100)',
    });
    expect(entry('udg-aeldre-voksne-saerlige-behov-pr-18-aarig').volume?.share).toBe(
      'andel-18-aarige',
    );
    expect(entry('udg-voksne-saerlige-behov-pr-18-66-aarig').volume?.share).toBe(
      'andel-18-66-aarige',
    );
    // One share for all years: today's 17-64, with the 2004 change as a break and in the text.
    const forsoergelse = entry('udg-forsoergelse-pr-17-64-aarig');
    expect(forsoergelse.volume?.share).toBe('andel-17-64-aarige');
    expect(forsoergelse.volume?.description).toContain('17-66-årige');
  });
});

describe('CATALOGUE overlaps and parents', () => {
  it('makes overlaps symmetric', () => {
    for (const k of CATALOGUE) {
      for (const o of k.overlaps) expect(overlap(o, k.id), `${o} ↔ ${k.id}`).toBe(true);
    }
  });

  it('has acyclic parents, and every ancestor overlaps its descendants', () => {
    for (const k of CATALOGUE) {
      const seen = new Set([k.id]);
      for (let p = k.parent; p !== undefined; p = byId.get(p)?.parent) {
        expect(seen.has(p), `cycle through ${k.id}`).toBe(false);
        seen.add(p);
        expect(overlap(k.id, p), `${k.id} ⊂ ${p}`).toBe(true);
      }
    }
  });

  it('keeps a parent and its child on the same money: each pool of the child lies within one of the parent', () => {
    const specs = new Map(CATALOGUE_SPECS.map((s) => [s.id, s]));
    for (const s of CATALOGUE_SPECS) {
      const p = s.parent === undefined ? undefined : specs.get(s.parent);
      if (!p || p.covers.length === 0) continue;
      for (const pool of s.covers) {
        expect(
          p.covers.some((whole) => poolWithin(pool, whole)),
          `${s.id} ⊂ ${p.id}: ${pool}`,
        ).toBe(true);
      }
    }
  });

  it('gives overlaps only to figures of money', () => {
    for (const k of CATALOGUE.filter((c) => c.overlaps.length > 0)) {
      expect(['cost', 'finance'], k.id).toContain(k.kind);
    }
  });

  it('splits ledelse og administration into central and decentral', () => {
    expect(entry('udg-central-ledelse-adm-pr-indb').parent).toBe('udg-ledelse-adm-pr-indb');
    expect(entry('udg-decentral-ledelse-adm-pr-indb').parent).toBe('udg-ledelse-adm-pr-indb');
    // Central and decentral are different money, but decentral (and the sum) lies inside every
    // service area: a cross-area aggregate, so a package counts central with the areas.
    expect(overlap('udg-central-ledelse-adm-pr-indb', 'udg-decentral-ledelse-adm-pr-indb')).toBe(
      false,
    );
    expect(entry('udg-decentral-ledelse-adm-pr-indb').aggregate).toBe(true);
    expect(entry('udg-ledelse-adm-pr-indb').aggregate).toBe(true);
    expect(entry('udg-central-ledelse-adm-pr-indb').aggregate).toBeUndefined();
  });

  it('marks exactly the cross-area totals as aggregates (DESIGN.md §3.4a)', () => {
    expect(
      CATALOGUE.filter((k) => k.aggregate)
        .map((k) => k.id)
        .sort(),
    ).toEqual([
      'nettodriftsudgifter-pr-indb',
      'serviceudgifter-pr-indb',
      'udg-decentral-ledelse-adm-pr-indb',
      'udg-ledelse-adm-pr-indb',
      'udgifter-i-alt-pr-indb',
    ]);
    for (const k of CATALOGUE.filter((c) => c.aggregate)) expect(k.kind, k.id).toBe('cost');
  });

  it('leaves no figure that spans the areas of several themes unmarked', () => {
    // An area figure overlaps figures of at most two themes (e.g. ældre og voksne, or
    // overførsler with integration); one that reaches more spans areas and is an aggregate.
    const summable = CATALOGUE.filter(
      (k) => k.kind === 'cost' && k.volume !== undefined && !k.aggregate,
    );
    const summableIds = new Set(summable.map((k) => k.id));
    for (const k of summable) {
      const themes = new Set(
        [k, ...k.overlaps.filter((o) => summableIds.has(o)).map(entry)].map((x) => x.themes[0]),
      );
      expect(themes.size, `${k.id}: ${[...themes].join(', ')}`).toBeLessThanOrEqual(2);
    }
    // Without the mark, serviceudgifter would reach every theme.
    const service = entry('serviceudgifter-pr-indb');
    expect(
      new Set(service.overlaps.filter((o) => summableIds.has(o)).map((o) => entry(o).themes[0]))
        .size,
    ).toBeGreaterThan(2);
  });

  it('puts elderly and adults with special needs under their sum per 18+-årig', () => {
    const sum = 'udg-aeldre-voksne-saerlige-behov-pr-18-aarig';
    for (const part of [
      'udgifter-aeldre-pr-67-aarig',
      'udg-voksne-saerlige-behov-pr-18-66-aarig',
    ]) {
      expect(entry(part).parent).toBe(sum);
      expect(overlap(part, 'udg-aeldre-voksne-saerlige-behov-pr-indb')).toBe(true);
    }
    expect(overlap('udgifter-aeldre-pr-67-aarig', 'udg-voksne-saerlige-behov-pr-18-66-aarig')).toBe(
      false,
    );
  });

  it('lets the folkeskole figures, gross and net dagtilbud, and each area and its unit costs overlap', () => {
    const groups = [
      [
        'udg-folkeskolen-pr-6-16-aarig',
        'udg-folkeskolen-pr-elev',
        'undervisningsudgifter-pr-6-16-aarig',
        'udg-folkeskoleomraadet-pr-indb',
      ],
      [
        'udg-dagtilbud-brutto-pr-0-13-aarig',
        'udg-dagtilbud-netto-pr-0-13-aarig',
        'udg-dagtilbud-brutto-pr-indb',
        'udg-dagtilbud-netto-pr-indb',
      ],
      ['udg-aeldre-voksne-saerlige-behov-pr-indb', 'udg-aeldre-voksne-saerlige-behov-pr-18-aarig'],
      ['udg-bibliotek-kultur-folkeoplysning-pr-indb', 'biblioteksudgifter-pr-indb'],
      ['udg-bibliotek-kultur-folkeoplysning-pr-indb', 'udg-kultur-pr-indb'],
      ['udg-overfoersler-pr-indb', 'udg-forsoergelse-pr-17-64-aarig'],
      ['udg-forsoergelse-pr-17-64-aarig', 'udg-sygedagpenge-pr-17-64-aarig'],
      ['udg-forsoergelse-pr-17-64-aarig', 'udg-foertidspension-pr-17-64-aarig'],
      ['udg-forsoergelse-pr-17-64-aarig', 'udg-kontanthjaelp-revalidering-pr-17-64-aarig'],
    ];
    for (const group of groups) {
      for (const a of group) for (const b of group) if (a !== b) expect(overlap(a, b)).toBe(true);
    }
  });

  it('lets the totals overlap every operating cost, and service overlap no transfer', () => {
    const operating = CATALOGUE.filter((k) => k.kind === 'cost' && !k.id.startsWith('udgifter-i'));
    for (const k of operating) {
      if (k.id !== 'udgifter-i-alt-pr-indb') {
        expect(overlap(k.id, 'udgifter-i-alt-pr-indb'), k.id).toBe(true);
      }
      if (k.id !== 'nettodriftsudgifter-pr-indb') {
        expect(overlap(k.id, 'nettodriftsudgifter-pr-indb'), k.id).toBe(true);
      }
    }
    for (const transfer of ['udg-forsoergelse-pr-17-64-aarig', 'udg-sygedagpenge-pr-17-64-aarig']) {
      expect(overlap(transfer, 'serviceudgifter-pr-indb')).toBe(false);
    }
  });

  it('leaves the main unit costs of different areas free to be summed in a package', () => {
    const separate = [
      'udgifter-aeldre-pr-67-aarig',
      'udg-voksne-saerlige-behov-pr-18-66-aarig',
      'udg-boern-unge-saerlige-behov-pr-0-17-aarig',
      'udg-folkeskolen-pr-6-16-aarig',
      'udg-dagtilbud-netto-pr-0-13-aarig',
      'udg-central-ledelse-adm-pr-indb',
      'biblioteksudgifter-pr-indb',
      'udg-sygedagpenge-pr-17-64-aarig',
      'udg-sundhedsydelser-pr-indb',
      'udg-medfinansiering-sundhedsvaesen-pr-indb',
      'udg-transport-infrastruktur-pr-indb',
    ];
    for (const a of separate)
      for (const b of separate) if (a !== b) expect(overlap(a, b)).toBe(false);
  });
});

describe('CATALOGUE breaks', () => {
  const noted = (note: number) =>
    CATALOGUE.filter((k) => k.breaks.some((b) => b.sourceNote === note))
      .map((k) => k.id)
      .sort();

  it('keeps break years within the export (1993-2019), at most one per figure and year', () => {
    for (const k of CATALOGUE) {
      const years = k.breaks.map((b) => b.year);
      expect(new Set(years).size, k.id).toBe(years.length);
      for (const b of k.breaks) {
        expect(b.year).toBeGreaterThanOrEqual(1993);
        expect(b.year).toBeLessThanOrEqual(2019);
        expect(b.description.length).toBeGreaterThan(20);
      }
    }
  });

  it('records note 25 (17-66 → 17-64 in 2004) on the five transfer and activation figures', () => {
    expect(noted(25)).toEqual([
      'udg-aktivering-pr-17-64-aarig',
      'udg-foertidspension-pr-17-64-aarig',
      'udg-forsoergelse-pr-17-64-aarig',
      'udg-kontanthjaelp-revalidering-pr-17-64-aarig',
      'udg-sygedagpenge-pr-17-64-aarig',
    ]);
    for (const id of noted(25))
      expect(entry(id).breaks.find((b) => b.sourceNote === 25)?.year).toBe(2004);
  });

  it('records note 26 (67+ → 65+ in 2004) on the places for the elderly', () => {
    expect(noted(26)).toEqual([
      'aeldreboliger-pr-1000-65-aarige',
      'pladser-beskyttede-boliger-pr-1000-65-aarige',
      'pladser-plejehjem-pr-1000-65-aarige',
      'plejeboliger-pr-1000-65-aarige',
    ]);
  });

  it('records note 27 (new method 2018) on elderly and adults with special needs', () => {
    expect(noted(27)).toEqual([
      'udg-voksne-saerlige-behov-pr-18-66-aarig',
      'udgifter-aeldre-pr-67-aarig',
    ]);
    expect(entry('udgifter-aeldre-pr-67-aarig').breaks).toEqual([
      expect.objectContaining({ year: 2018, sourceNote: 27 }),
    ]);
  });
});

describe('findCatalogueEntry(idOrSourceName)', () => {
  it('finds an entry by id', () => {
    expect(findCatalogueEntry('indbyggertal')?.sourceName).toBe('Indbyggertal 1. januar');
  });

  it('finds an entry by its exact source name', () => {
    expect(findCatalogueEntry('Udgifter til ældre pr. 67+-årig')?.id).toBe(
      'udgifter-aeldre-pr-67-aarig',
    );
  });

  it('finds an entry by its source name in another case, spacing or Unicode form', () => {
    expect(findCatalogueEntry('UDGIFTER TIL ÆLDRE PR. 67+-ÅRIG')?.id).toBe(
      'udgifter-aeldre-pr-67-aarig',
    );
    expect(findCatalogueEntry('  Socioøkonomisk   indeks ')?.id).toBe('sociooekonomisk-indeks');
    expect(findCatalogueEntry('Udgifter til ældre pr. 67+-årig'.normalize('NFD'))?.id).toBe(
      'udgifter-aeldre-pr-67-aarig',
    );
  });

  it('ignores trailing note markers but keeps "(til YYYY)", which is part of the title', () => {
    expect(findCatalogueEntry('Udgifter til ældre pr. 67+-årig (15) (27)')?.id).toBe(
      'udgifter-aeldre-pr-67-aarig',
    );
    expect(findCatalogueEntry('Udg. til admininistration pr. indb. (til 2012)')?.id).toBe(
      'udg-administration-pr-indb',
    );
    expect(findCatalogueEntry('Udg. til admininistration pr. indb.')).toBeUndefined();
  });

  it('returns undefined for an unknown or partial name', () => {
    expect(findCatalogueEntry('Udgifter til ældre')).toBeUndefined();
    expect(findCatalogueEntry('')).toBeUndefined();
    expect(findCatalogueEntry('Gennemsnit')).toBeUndefined();
  });

  it('finds every catalogue entry by its id and by its source name', () => {
    for (const k of CATALOGUE) {
      expect(findCatalogueEntry(k.id)).toBe(k);
      expect(findCatalogueEntry(k.sourceName)).toBe(k);
    }
  });
});
