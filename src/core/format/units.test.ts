import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../key-figures/index.ts';
import {
  formatAuto,
  formatKr,
  formatMillionKr,
  formatMillionKrRange,
  formatPercent,
  formatVolume,
  formatWithUnit,
  withUnit,
} from './number.ts';
import { unitEn, unitText } from './units.ts';

/** Words and marks that give away a Danish unit. */
const DANISH = /(^|[\s(])(kr\.|pr\.|mio\.|indb\.|pct\.)|årig|æ|ø|å|Æ|Ø|Å|pladser|elever|skoler/;

describe('unitEn(unit) (hand-checked)', () => {
  it('translates the catalogue’s units word by word, with age groups and numbers', () => {
    expect(unitEn('kr. pr. indb.')).toBe('DKK per inhabitant');
    expect(unitEn('kr. pr. 67+-årig')).toBe('DKK per person aged 67+');
    expect(unitEn('kr. pr. 0-13-årig')).toBe('DKK per person aged 0-13');
    expect(unitEn('indb.')).toBe('inhabitants');
    expect(unitEn('indb. pr. km²')).toBe('inhabitants per km²');
    expect(unitEn('pladser pr. 100 0-2-årige')).toBe('places per 100 persons aged 0-2');
    expect(unitEn('boliger pr. 1.000 65+-årige')).toBe('dwellings per 1,000 persons aged 65+');
    expect(unitEn('pr. 10.000 indb.')).toBe('per 10,000 inhabitants');
    expect(unitEn('årsværk pr. 1.000 indb.')).toBe('full-time equivalents per 1,000 inhabitants');
    expect(unitEn('kr. pr. måned')).toBe('DKK per month');
    expect(unitEn('elever pr. klasse')).toBe('pupils per class');
    expect(unitEn('1.000 kr.')).toBe('DKK thousand');
    expect(unitEn('pct.')).toBe('%');
    expect(unitEn('promille')).toBe('‰');
    expect(unitEn('ja/nej')).toBe('yes/no');
    expect(unitEn('indeks (land = 1)')).toBe('index (country = 1)');
    expect(unitEn('')).toBe('');
  });
  it('keeps the Danish unit in Danish', () => {
    expect(unitText('da', 'kr. pr. indb.')).toBe('kr. pr. indb.');
    expect(unitText('en', 'kr. pr. indb.')).toBe('DKK per inhabitant');
  });
  it('leaves no Danish word in the English of any catalogued unit', () => {
    const units = [...new Set(CATALOGUE.map((k) => k.unit))];
    expect(units.length).toBeGreaterThan(30);
    for (const unit of units) expect(unitEn(unit), unit).not.toMatch(DANISH);
  });
});

describe('one convention per language for amounts with units (hand-checked)', () => {
  it('writes kroner with "kr." after the number in Danish and "DKK" before it in English', () => {
    expect(formatKr('da', 43000)).toBe('43.000 kr.');
    expect(formatKr('en', 43000)).toBe('DKK 43,000');
    expect(formatMillionKr('da', -8.8e6)).toBe('−8,8 mio. kr.');
    expect(formatMillionKr('en', -8.8e6)).toBe('DKK −8.8m');
    expect(formatMillionKrRange('da', -39.5e6, 13.9e6)).toBe('−39,5 til 13,9 mio. kr.');
    expect(formatMillionKrRange('en', -39.5e6, 13.9e6)).toBe('DKK −39.5m to 13.9m');
    expect(formatMillionKrRange('en', null, 1)).toBe('–');
  });
  it('writes a figure’s value with its unit in the words and order of the language', () => {
    expect(formatWithUnit('da', 46747, 'indb.')).toBe('46.747 indb.');
    expect(formatWithUnit('en', 46747, 'indb.')).toBe('46,747 inhabitants');
    expect(formatWithUnit('en', 31767, 'kr. pr. 67+-årig')).toBe('DKK 31,767 per person aged 67+');
    expect(formatWithUnit('en', 5432, '1.000 kr.')).toBe('DKK 5,432 thousand');
    expect(formatWithUnit('en', 19.1, 'pct.')).toBe('19.1%');
    expect(formatWithUnit('da', 19.1, 'pct.')).toBe('19,1 %');
    expect(formatWithUnit('en', 3.25, 'promille')).toBe('3.25‰');
    expect(formatWithUnit('en', 86, 'indb. pr. km²')).toBe('86 inhabitants per km²');
    expect(withUnit('12.3', 'pct.', 'en')).toBe('12.3%');
    expect(withUnit('–', 'kr. pr. indb.', 'en')).toBe('–');
    expect(formatPercent('en', 57)).toBe('57.0%');
  });
  it('never mixes the marks of the two languages in one text', () => {
    const values = [-95178574.892, -8.8e6, 46747, 12.34, 0.456, 1234567.8];
    for (const v of values) {
      const en = [
        formatKr('en', v),
        formatMillionKr('en', v),
        formatPercent('en', v),
        formatVolume('en', v),
        formatAuto('en', v),
        formatWithUnit('en', v, 'kr. pr. indb.'),
        formatWithUnit('en', v, 'indb.'),
      ];
      for (const text of en) {
        expect(text).not.toMatch(DANISH);
        expect(text).not.toMatch(/\d\.\d{3}(\D|$)|\d,\d{1,2}(\D|$)/);
      }
      const da = [formatKr('da', v), formatMillionKr('da', v), formatWithUnit('da', v, 'indb.')];
      for (const text of da) {
        expect(text).not.toMatch(/DKK|\d,\d{3}(\D|$)/);
      }
    }
  });
});
