import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from './municipality-list.ts';
import { editDistance, foldName, searchMunicipalities, suggestMunicipalities } from './search.ts';

const first = (query: string) => searchMunicipalities(query, MUNICIPALITIES)[0]?.municipality.name;
const names = (query: string) =>
  searchMunicipalities(query, MUNICIPALITIES).map((m) => m.municipality.name);

/** What people type (misspelt, abbreviated, without æ/ø/å) and what must come first. */
const TYPED: readonly (readonly [string, string])[] = [
  ['Hedenstedt', 'Hedensted'],
  ['hedensteed', 'Hedensted'],
  ['Kbh', 'København'],
  ['Kbh.', 'København'],
  ['KBH', 'København'],
  ['Cph', 'København'],
  ['Kobenhavn', 'København'],
  ['Koebenhavn', 'København'],
  ['Københvn', 'København'],
  ['Copenhagen', 'København'],
  ['Frb', 'Frederiksberg'],
  ['Frb.', 'Frederiksberg'],
  ['Fr.berg', 'Frederiksberg'],
  ['Fredriksberg', 'Frederiksberg'],
  ['Fr.havn', 'Frederikshavn'],
  ['Frederikshaven', 'Frederikshavn'],
  ['Fr.sund', 'Frederikssund'],
  ['Høje Taastrup', 'Høje-Taastrup'],
  ['Hoje Tastrup', 'Høje-Taastrup'],
  ['Tastrup', 'Høje-Taastrup'],
  ['HTK', 'Høje-Taastrup'],
  ['LTK', 'Lyngby-Taarbæk'],
  ['Lyngby Tårbæk', 'Lyngby-Taarbæk'],
  ['RKSK', 'Ringkøbing-Skjern'],
  ['Ringkobing', 'Ringkøbing-Skjern'],
  ['Arhus', 'Aarhus'],
  ['Århus', 'Aarhus'],
  ['Aahrus', 'Aarhus'],
  ['Alborg', 'Aalborg'],
  ['Åbenrå', 'Aabenraa'],
  ['Randres', 'Randers'],
  ['Silkborg', 'Silkeborg'],
  ['Roskille', 'Roskilde'],
  ['Helsingor', 'Helsingør'],
  ['Elsinore', 'Helsingør'],
  ['Sonderborg', 'Sønderborg'],
  ['Sønderbog', 'Sønderborg'],
  ['Nestved', 'Næstved'],
  ['Holbek', 'Holbæk'],
  ['Hjörring', 'Hjørring'],
  ['Tonder', 'Tønder'],
  ['Koge', 'Køge'],
  ['Køge', 'Køge'],
  ['Aero', 'Ærø'],
  ['Arø', 'Ærø'],
  ['Laeso', 'Læsø'],
  ['Midelfart', 'Middelfart'],
  ['Guldborgssund', 'Guldborgsund'],
  ['Vordingbog', 'Vordingborg'],
  ['Skanderbrg', 'Skanderborg'],
  ['Esbjærg', 'Esbjerg'],
  ['Odence', 'Odense'],
  ['Veile', 'Vejle'],
  ['Brønderslev-Dronninglund', 'Brønderslev'],
  ['Nordfyn', 'Nordfyns'],
  ['Vesthimmerland', 'Vesthimmerlands'],
  ['Faaborg', 'Faaborg-Midtfyn'],
  ['Fåborg Midtfyn', 'Faaborg-Midtfyn'],
  ['Ikast Brande', 'Ikast-Brande'],
  ['Bornholms Regionskommune', 'Bornholm'],
  ['Lejre', 'Lejre'],
  ['Rødovre', 'Rødovre'],
  ['Rodovre', 'Rødovre'],
  ['Brøndby', 'Brøndby'],
  ['Gladsakse', 'Gladsaxe'],
];

describe('searchMunicipalities(query, municipalities)', () => {
  it.each(TYPED)('"%s" finds %s first', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  it('has a table of at least 30 misspellings and abbreviations', () => {
    expect(TYPED.length).toBeGreaterThanOrEqual(30);
  });

  it('gives every one of the 98 names itself first, also without æ, ø, å', () => {
    for (const m of MUNICIPALITIES) {
      expect(first(m.name), m.name).toBe(m.name);
      expect(first(foldName(m.name)), foldName(m.name)).toBe(m.name);
    }
  });

  it('finds nearly every name with one letter left out or two swapped, that name first', () => {
    // Leaving out æ, ø or å is two edits from ae, oe, aa, so a few such slips miss (Trnby).
    let tried = 0;
    const missed: string[] = [];
    for (const { name } of MUNICIPALITIES) {
      if (foldName(name).length < 6) continue;
      const slips = new Set<string>();
      for (let i = 1; i < name.length; i++) {
        slips.add(name.slice(0, i) + name.slice(i + 1));
        if (i < name.length - 1)
          slips.add(
            name.slice(0, i) + name.slice(i + 1, i + 2) + name.slice(i, i + 1) + name.slice(i + 2),
          );
      }
      for (const slip of slips) {
        tried++;
        if (first(slip) !== name) missed.push(`${slip} (${name})`);
      }
    }
    expect(tried).toBeGreaterThan(1000);
    expect(missed.length, missed.join(', ')).toBeLessThanOrEqual(tried / 100);
  });

  it('does not offer a typo match for a short text or a name that is not there', () => {
    expect(names('Køge')).toEqual(['Køge']);
    expect(names('Kbx')).toEqual([]);
    expect(names('Gotham')).toEqual([]);
    expect(names('London')).toEqual([]);
    expect(names('')).toEqual([]);
  });

  it('offers exact names, then starts, then contains, then typos', () => {
    const kinds = searchMunicipalities('Lyngby', MUNICIPALITIES).map((m) => m.kind);
    expect(kinds[0]).toBe('prefix');
    const hedensted = searchMunicipalities('Hedensted', MUNICIPALITIES);
    expect(hedensted[0]).toMatchObject({ kind: 'exact', edits: 0 });
    const typo = searchMunicipalities('Hedenstedt', MUNICIPALITIES);
    expect(typo[0]).toMatchObject({ kind: 'typo', edits: 1 });
  });

  it('matches a code by its digits', () => {
    expect(names('766')).toEqual(['Hedensted']);
    expect(searchMunicipalities('16', MUNICIPALITIES).map((m) => m.municipality.code)).toEqual([
      '161',
      '163',
      '165',
      '167',
      '169',
    ]);
  });
});

describe('editDistance(a, b, prefix)', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions', () => {
    expect(editDistance('hedenstedt', 'hedensted')).toBe(1);
    expect(editDistance('randres', 'randers')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  it('measures to the closest beginning of the name when asked', () => {
    expect(editDistance('kobenh', 'koebenhavn', true)).toBe(1);
    expect(editDistance('kobenh', 'koebenhavn')).toBe(5 - 1);
  });
});

describe('suggestMunicipalities(name, municipalities)', () => {
  it('suggests the one clear match of a typo', () => {
    expect(suggestMunicipalities('Hedenstedt', MUNICIPALITIES).map((m) => m.code)).toEqual(['766']);
    expect(suggestMunicipalities('Kbh', MUNICIPALITIES).map((m) => m.code)).toEqual(['101']);
  });

  it('suggests nothing for a name far from every municipality', () => {
    expect(suggestMunicipalities('Gotham', MUNICIPALITIES)).toEqual([]);
  });
});
