import { describe, expect, it } from 'vitest';
import {
  formatAuto,
  formatDate,
  formatKr,
  formatMillionKr,
  formatNumber,
  formatPercent,
  formatVolume,
  formatWithUnit,
  isMoneyUnit,
  priceLevelText,
  unitWithPrices,
} from '../../src/web/format/index.ts';

describe('formatNumber(locale, value, decimals)', () => {
  it('writes Danish thousands with dots and decimals with a comma', () => {
    expect(formatNumber('da', 1234567.8)).toBe('1.234.568');
    expect(formatNumber('da', 12.345, 1)).toBe('12,3');
  });
  it('writes English with commas and a point', () => {
    expect(formatNumber('en', 1234567.8, 1)).toBe('1,234,567.8');
  });
  it('uses a true minus sign and an en dash for a missing value', () => {
    expect(formatNumber('da', -30500500.873)).toBe('−30.500.501');
    expect(formatNumber('da', null)).toBe('–');
    expect(formatNumber('da', Number.NaN)).toBe('–');
  });
});

describe('the unit formats', () => {
  it('writes kroner, millions and per cent the Danish way', () => {
    expect(formatKr('da', 88027686.302)).toBe('88.027.686 kr.');
    expect(formatMillionKr('da', -95178574.892)).toBe('−95,2 mio. kr.');
    expect(formatMillionKr('en', -95178574.892)).toBe('DKK −95.2m');
    expect(formatPercent('da', 12.34)).toBe('12,3 %');
  });
  it('writes a volume as whole persons, never with decimals', () => {
    expect(formatVolume('da', 8320.966)).toBe('8.321');
    expect(formatVolume('da', 62.4)).toBe('62');
    expect(formatVolume('en', 8320.966)).toBe('8,321');
    expect(formatVolume('da', null)).toBe('–');
  });
  it('gives as many decimals as the size of the value needs', () => {
    expect(formatAuto('da', 31767)).toBe('31.767');
    expect(formatAuto('da', 12.34)).toBe('12,3');
    expect(formatAuto('da', 0.456)).toBe('0,46');
  });
  it('writes a key figure with its unit, and pct. as %', () => {
    expect(formatWithUnit('da', 31767, 'kr. pr. 67+-årig')).toBe('31.767 kr. pr. 67+-årig');
    expect(formatWithUnit('da', 19.1, 'pct.')).toBe('19,1 %');
  });
  it('writes a date in Danish', () => {
    expect(formatDate('da', '2026-11-23T14:27:55.833Z')).toBe('23. november 2026');
  });
});

describe('priceLevelText(locale, prices, year) and unitWithPrices(locale, unit, prices, year)', () => {
  it('names fixed prices by their base year and current prices by the year', () => {
    expect(priceLevelText('da', { basis: 'fixed', year: 2010 })).toBe('2010-priser');
    expect(priceLevelText('da', { basis: 'current', year: null }, 2019)).toBe(
      '2019-priser (løbende)',
    );
    expect(priceLevelText('da', { basis: 'current', year: null }, 2019, { plain: true })).toBe(
      '2019-priser',
    );
    expect(priceLevelText('da', { basis: 'current', year: null })).toBe('løbende priser');
    expect(priceLevelText('en', { basis: 'fixed', year: 2010 })).toBe('2010 prices');
  });

  it('adds the level to a money unit only, as the API writes unitLabelDa', () => {
    expect(unitWithPrices('da', 'kr. pr. indb.', { basis: 'fixed', year: 2010 })).toBe(
      'kr. pr. indb., 2010-priser',
    );
    expect(unitWithPrices('da', 'pct.', { basis: 'fixed', year: 2010 })).toBe('pct.');
    expect(unitWithPrices('da', 'kr. pr. indb.', null)).toBe('kr. pr. indb.');
    expect(isMoneyUnit('1.000 kr.')).toBe(true);
    expect(isMoneyUnit('indb. pr. km²')).toBe(false);
  });

  it('writes the unit in English on an English page, with the level after it', () => {
    expect(unitWithPrices('en', 'kr. pr. indb.', { basis: 'fixed', year: 2010 })).toBe(
      'DKK per inhabitant, 2010 prices',
    );
    expect(unitWithPrices('en', 'kr. pr. 67+-årig', { basis: 'current', year: null }, 2023)).toBe(
      'DKK per person aged 67+, 2023 prices (current)',
    );
    expect(unitWithPrices('en', 'pct.', { basis: 'fixed', year: 2010 })).toBe('%');
    expect(unitWithPrices('en', 'indb.', null)).toBe('inhabitants');
  });
});
