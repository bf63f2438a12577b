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
    expect(formatMillionKr('en', -95178574.892)).toBe('DKK −95.2 m');
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
