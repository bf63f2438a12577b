import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { catchRefusal, mutatedBytes, parsesOrRefuses } from '../testing/index.ts';
import { parseTidyCsv } from './parse.ts';

const HEADER = 'municipality_code;year;key_figure;value';
const utf8 = (s: string) => new TextEncoder().encode(s);
/** A tidy file: the header and the rows given, LF line ends. */
const tidy = (...rows: string[]) => utf8([HEADER, ...rows].join('\n') + '\n');

const sample = tidy(
  '101;2023;Udgift pr. elev;81234,5',
  '0147;2023;udgift-pr-elev;79.000',
  '751;2023;Udgift pr. elev;M',
  '751;2022;Udgift pr. elev;U',
  '851;2023;Andel 65+-årige;',
  '860;2023;Andel 65+-årige;..',
  '840;2023;Andel 65+-årige;-1.234,5',
);

describe('parseTidyCsv(bytes, fileName)', () => {
  const parsed = parseTidyCsv(sample, 'flis.csv');

  it('reads one observation a row, codes normalised to 3 digits', () => {
    expect(parsed.format).toBe('tidy-csv');
    expect(parsed.observations).toEqual([
      {
        keyFigureId: 'udgift-pr-elev',
        municipalityCode: '101',
        year: 2023,
        value: 81234.5,
        status: 'value',
        raw: '81234,5',
      },
      {
        keyFigureId: 'udgift-pr-elev',
        municipalityCode: '147',
        year: 2023,
        value: 79000,
        status: 'value',
        raw: '79.000',
      },
      {
        keyFigureId: 'udgift-pr-elev',
        municipalityCode: '751',
        year: 2023,
        value: null,
        status: 'missing',
        raw: 'M',
      },
      {
        keyFigureId: 'udgift-pr-elev',
        municipalityCode: '751',
        year: 2022,
        value: null,
        status: 'undefined',
        raw: 'U',
      },
      {
        keyFigureId: 'andel-65-aarige',
        municipalityCode: '851',
        year: 2023,
        value: null,
        status: 'missing',
        raw: '',
      },
      {
        keyFigureId: 'andel-65-aarige',
        municipalityCode: '860',
        year: 2023,
        value: null,
        status: 'missing',
        raw: '..',
      },
      {
        keyFigureId: 'andel-65-aarige',
        municipalityCode: '840',
        year: 2023,
        value: -1234.5,
        status: 'value',
        raw: '-1.234,5',
      },
    ]);
  });

  it('names each key figure once, by the slug of its name or the id as written', () => {
    expect(parsed.keyFigures).toEqual([
      {
        id: 'udgift-pr-elev',
        sourceName: 'Udgift pr. elev',
        source: 'tidy',
        valueType: 'number',
        noteNumbers: [],
      },
      {
        id: 'andel-65-aarige',
        sourceName: 'Andel 65+-årige',
        source: 'tidy',
        valueType: 'number',
        noteNumbers: [],
      },
    ]);
    expect(parsed.diagnostics).toEqual([
      {
        severity: 'info',
        file: 'flis.csv',
        line: 3,
        field: 'key_figure',
        value: 'udgift-pr-elev',
        message: 'samme nøgletal som "Udgift pr. elev" (id udgift-pr-elev)',
      },
    ]);
  });

  it('accepts commas when the header uses them, with quoted Danish numbers', () => {
    const bytes = utf8(
      'municipality_code,year,key_figure,value\r\n101,2023,Udgift pr. elev,"3,5"\r\n147,2023,x,"1.002,25"\r\n',
    );
    expect(parseTidyCsv(bytes, 'a.csv').observations.map((o) => o.value)).toEqual([3.5, 1002.25]);
  });

  it('accepts a BOM, quoted header names and Latin-1', () => {
    const text = `"municipality_code";"year";"key_figure";"value"\r\n101;2023;Ældreudgift pr. 65+-årig;7\r\n`;
    const fromUtf8 = parseTidyCsv(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]), 'a.csv');
    expect(fromUtf8.keyFigures[0]?.id).toBe('aeldreudgift-pr-65-aarig');
    expect(parseTidyCsv(iconv.encode(text, 'latin1'), 'a.csv')).toEqual(fromUtf8);
  });

  it('warns once when a decimal point may have meant thousands', () => {
    const p = parseTidyCsv(
      tidy('101;2023;x;79.000', '147;2023;x;81.500', '151;2023;x;2.5'),
      'a.csv',
    );
    expect(p.observations.map((o) => o.value)).toEqual([79, 81.5, 2.5]);
    expect(p.diagnostics).toEqual([
      {
        severity: 'warning',
        file: 'a.csv',
        line: 2,
        field: 'value',
        value: '79.000',
        message:
          'punktum er læst som decimaltegn (79.000 = 79); står det for tusinder, så skriv tallet uden punktum',
      },
    ]);
  });

  it('ignores blank rows a spreadsheet leaves behind', () => {
    const p = parseTidyCsv(tidy('101;2023;x;1', ';;;', ' ; ; ; ', '147;2023;x;2'), 'a.csv');
    expect(p.observations.map((o) => o.municipalityCode)).toEqual(['101', '147']);
    expect(p.diagnostics).toEqual([]);
    expect(catchRefusal(() => parseTidyCsv(tidy(';;;'), 'a.csv')).message).toBe(
      'a.csv:1: overskrift, men ingen rækker',
    );
  });

  it('skips Christiansø with a warning', () => {
    const p = parseTidyCsv(tidy('411;2023;x;1', '101;2023;x;2'), 'a.csv');
    expect(p.observations).toHaveLength(1);
    expect(p.diagnostics).toEqual([
      {
        severity: 'warning',
        file: 'a.csv',
        line: 2,
        field: 'municipality_code',
        value: '411',
        message: 'Christiansø er ikke en kommune; rækken springes over',
      },
    ]);
  });
});

describe('parseTidyCsv(bytes, fileName) refuses a bad file', () => {
  it.each([
    ['an empty file', utf8(''), 'a.csv:1: filen er tom'],
    ['a header without rows', tidy(), 'a.csv:1: overskrift, men ingen rækker'],
    [
      'a missing header',
      utf8('101;2023;x;1\n'),
      'a.csv:1: overskriften mangler; første linje skal være municipality_code;year;key_figure;value (værdi "101;2023;x;1")',
    ],
    [
      'wrong columns',
      utf8('kommune;år;nøgletal;værdi\n101;2023;x;1\n'),
      'a.csv:1: forkerte kolonner; overskriften skal være municipality_code;year;key_figure;value (eventuelt med ;year_kind til sidst) (værdi "kommune;år;nøgletal;værdi")',
    ],
    [
      'columns in another order',
      utf8('year;municipality_code;key_figure;value\n2023;101;x;1\n'),
      'a.csv:1: forkerte kolonner',
    ],
    [
      'a tab separator',
      utf8('municipality_code\tyear\tkey_figure\tvalue\n101\t2023\tx\t1\n'),
      'a.csv:1: forkert skilletegn: tabulator',
    ],
    [
      'a header with mixed separators',
      utf8('municipality_code;year,key_figure;value\n101;2023;x;1\n'),
      'a.csv:1: forkerte kolonner',
    ],
    [
      'an unknown municipality code',
      tidy('101;2023;x;1', '999;2023;x;1'),
      'a.csv:3: Ukendt kommunekode (felt "municipality_code", værdi "999")',
    ],
    [
      'a code that is not a number',
      tidy('Kbh;2023;x;1'),
      'a.csv:2: Ukendt kommunekode (felt "municipality_code", værdi "Kbh")',
    ],
    [
      'a non-numeric value',
      tidy('101;2023;x;12a'),
      'a.csv:2: ikke et tal (filen bruger decimalpunktum) (felt "value", værdi "12a")',
    ],
    [
      'English thousands in a decimal-comma file',
      tidy('101;2023;x;1,5', '147;2023;x;1,234.5'),
      'a.csv:3: ikke et tal (filen bruger decimalkomma) (felt "value", værdi "1,234.5")',
    ],
    [
      'decimal points and commas in one file',
      tidy('101;2023;x;3.9', '147;2023;x;4,1'),
      'a.csv:2: ikke et tal (filen bruger decimalkomma) (felt "value", værdi "3.9")',
    ],
    ['an infinite value', tidy(`101;2023;x;1${'0'.repeat(400)}`), 'a.csv:2: ikke et tal'],
    [
      'a two-digit year',
      tidy('101;23;x;1'),
      'a.csv:2: året skal være et firecifret årstal fra 1900 til 2100 (felt "year", værdi "23")',
    ],
    [
      'a year after 2100',
      tidy('101;2101;x;1'),
      'a.csv:2: året skal være et firecifret årstal fra 1900 til 2100',
    ],
    [
      'a duplicate row',
      tidy(
        '101;2023;Udgift pr. elev;1',
        '147;2023;Udgift pr. elev;1',
        '0101;2023;udgift-pr-elev;2',
      ),
      'a.csv:4: kommune, år og nøgletal står to gange (også linje 2) (værdi "0101;2023;udgift-pr-elev;2")',
    ],
    ['an empty key figure', tidy('101;2023;  ;1'), 'a.csv:2: nøgletallet mangler et navn eller id'],
    [
      'an unquoted decimal comma in a comma-separated file',
      utf8('municipality_code,year,key_figure,value\n101,2023,x,3,5\n'),
      'a.csv:2: forkert antal felter: 5, forventede 4; et decimalkomma i en kommasepareret fil skal stå i anførselstegn',
    ],
    [
      'semicolons in a comma-separated file',
      utf8('municipality_code,year,key_figure,value\n101;2023;x;3\n'),
      'a.csv:2: forkert antal felter: 1, forventede 4 (værdi "101;2023;x;3")',
    ],
    [
      'a truncated row',
      tidy('101;2023;x;1', '147;20'),
      'a.csv:3: forkert antal felter: 2, forventede 4',
    ],
    [
      'a file cut off inside quotes',
      utf8(`${HEADER}\n101;2023;"Udgift pr`),
      'a.csv:2: ugyldige anførselstegn eller felter',
    ],
    [
      'random bytes',
      Uint8Array.from([0x6d, 0x75, 0x0a, 0x00, 0x91, 0xfe]),
      'a.csv:2: filen er ikke tekst',
    ],
  ])('refuses %s, naming file, line and value', (_, bytes, message) => {
    expect(catchRefusal(() => parseTidyCsv(bytes, 'a.csv')).message).toContain(message);
  });

  it('reports every bad row, not only the first', () => {
    const e = catchRefusal(() =>
      parseTidyCsv(tidy('999;2023;x;1', '101;2023;x;nej', '101;1800;y;1'), 'a.csv'),
    );
    expect(e.diagnostics.map((d) => [d.line, d.field])).toEqual([
      [2, 'municipality_code'],
      [3, 'value'],
      [4, 'year'],
    ]);
  });
});

describe('parseTidyCsv(bytes, fileName) under fuzzing', () => {
  it('parses or refuses random bytes, never throwing anything else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        parsesOrRefuses(() => parseTidyCsv(bytes, 'fuzz.csv'));
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('parses or refuses mutations of a valid file', () => {
    const pool = [0x3b, 0x2c, 0x22, 0x0a, 0x0d, 0x2e, 0x4d, 0x55, 0x30, 0x34, 0x31];
    fc.assert(
      fc.property(mutatedBytes(sample, pool), (bytes) => {
        parsesOrRefuses(() => parseTidyCsv(bytes, 'fuzz.csv'));
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('parses or refuses generated rows of plausible cells', () => {
    const cell = fc.constantFrom(
      '101',
      '0101',
      '411',
      '999',
      '2023',
      '1899',
      'x',
      'Udgift',
      '3,5',
      '1.234,5',
      'M',
      'U',
      '..',
      '',
      '"',
      '"a;b"',
    );
    const row = fc.array(cell, { minLength: 1, maxLength: 5 }).map((cells) => cells.join(';'));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), (rows) => {
        parsesOrRefuses(() => parseTidyCsv(tidy(...rows), 'fuzz.csv'));
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
