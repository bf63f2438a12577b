import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../../src/core/index.ts';
import { matchMunicipalities } from '../../src/web/components/municipality-match.ts';

const codes = (query: string) => matchMunicipalities(query, MUNICIPALITIES).map((m) => m.code);
const names = (query: string) => matchMunicipalities(query, MUNICIPALITIES).map((m) => m.name);

describe('matchMunicipalities(query, municipalities)', () => {
  it('finds Aarhus under both spellings, Århus and Aarhus, in any case', () => {
    expect(codes('Århus')).toEqual(['751']);
    expect(codes('Aarhus')).toEqual(['751']);
    expect(codes('aarhus')).toEqual(['751']);
    expect(codes('ÅRHUS')).toEqual(['751']);
  });

  it('finds Høje-Taastrup with a space, a hyphen, or Tåstrup, and by a later word', () => {
    for (const q of ['Høje Taastrup', 'Høje-Taastrup', 'høje tåstrup', 'Hoeje Taastrup']) {
      expect(codes(q), q).toEqual(['169']);
    }
    expect(codes('Taastrup')).toEqual(['169']);
  });

  it('offers names that start with the text before names that only contain it', () => {
    const ho = names('ho');
    const starting = ho.filter((n) => n.toLowerCase().startsWith('ho'));
    expect(starting).toEqual(['Holbæk', 'Holstebro', 'Horsens']);
    expect(ho.slice(0, 3)).toEqual(starting);
    expect(ho).toContain('Bornholm');
  });

  it('sorts in Danish alphabetical order, where "Aa" is Å and comes last', () => {
    expect(names('Fa')).toEqual(['Fanø', 'Favrskov', 'Faxe', 'Faaborg-Midtfyn', 'Middelfart']);
  });

  it('already offers Aarhus, Aalborg and Aabenraa for a single "A", in Danish order', () => {
    const a = names('A');
    expect(a).toEqual(expect.arrayContaining(['Aarhus', 'Aalborg', 'Aabenraa', 'Albertslund']));
    // Danish collation puts "Aa" (= Å) last.
    expect(a.indexOf('Albertslund')).toBeLessThan(a.indexOf('Aarhus'));
    // One letter matches the start of names only, not every name that contains an "a".
    expect(a).not.toContain('Ballerup');
  });

  it('ignores "Kommune" and the genitive s of the official name', () => {
    expect(codes('Hedensted Kommune')).toEqual(['766']);
    expect(codes('Københavns Kommune')).toEqual(['101']);
    expect(codes('Bornholms Regionskommune')).toEqual(['400']);
  });

  it('matches a municipality code by its digits', () => {
    expect(codes('751')).toEqual(['751']);
    expect(codes('16')).toEqual(['161', '163', '165', '167', '169']);
  });

  it('forgives typos and common abbreviations (the table is in the core test)', () => {
    expect(codes('Hedenstedt')[0]).toBe('766');
    expect(codes('Kbh')).toEqual(['101']);
    expect(codes('Kbh.')).toEqual(['101']);
    expect(codes('Frb')).toEqual(['147']);
    expect(codes('Høje Taastrup')).toEqual(['169']);
    // A name as written is never followed by guesses: Køge offers Køge only.
    expect(names('Køge')).toEqual(['Køge']);
  });

  it('matches nothing for an empty query or a name that is not there', () => {
    expect(codes('')).toEqual([]);
    expect(codes('   ')).toEqual([]);
    expect(codes('Gotham')).toEqual([]);
  });
});
