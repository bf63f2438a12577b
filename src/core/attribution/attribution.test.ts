import { describe, expect, it } from 'vitest';
import { ATTRIBUTIONS, DATA_SOURCE_IDS, citationOf, sourcesLine } from './attribution.ts';

describe('ATTRIBUTIONS', () => {
  it('names every source in both languages with its home page', () => {
    expect(Object.keys(ATTRIBUTIONS).sort()).toEqual([...DATA_SOURCE_IDS].sort());
    for (const id of DATA_SOURCE_IDS) {
      const a = ATTRIBUTIONS[id];
      expect(a.id).toBe(id);
      for (const text of [a.publisherDa, a.publisherEn, a.productDa, a.productEn])
        expect(text.trim()).not.toBe('');
      expect(a.citationDa).toContain(a.publisherDa);
      expect(a.citationEn).toContain(a.publisherEn);
      expect(a.url).toMatch(/^https:\/\/[a-z.]+$/);
    }
  });
  it('gives the licence only where the source states one', () => {
    expect(ATTRIBUTIONS.statbank.licence).toBe('CC BY 4.0');
    expect(ATTRIBUTIONS.noegletal.licence).toBeNull();
    expect(ATTRIBUTIONS.dagi.licence).toBeNull();
  });
});

describe('citationOf(id, locale) and sourcesLine(locale, ids) (hand-checked)', () => {
  it('cites a source in each language', () => {
    expect(citationOf('noegletal', 'da')).toBe(
      'Indenrigs- og Sundhedsministeriet, De Kommunale Nøgletal',
    );
    expect(citationOf('statbank', 'en')).toBe('Statistics Denmark');
    expect(citationOf('dagi', 'da')).toBe('Geodatastyrelsen/SDFI, DAGI');
  });
  it('writes the credit line the footer, the API document and the docs page showed', () => {
    expect(sourcesLine('da')).toBe(
      'Kilder: Indenrigs- og Sundhedsministeriet, De Kommunale Nøgletal; Danmarks Statistik; Geodatastyrelsen/SDFI, DAGI.',
    );
    expect(sourcesLine('en')).toBe(
      'Sources: Ministry of the Interior and Health, De Kommunale Nøgletal; Statistics Denmark; Danish Agency for Data Supply and Infrastructure, DAGI.',
    );
    expect(sourcesLine('da', ['statbank'])).toBe('Kilder: Danmarks Statistik.');
  });
});
