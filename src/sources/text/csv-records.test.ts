import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidFileError } from '../../core/index.ts';
import { parsesOrRefuses } from '../testing/index.ts';
import { readCsvRecords } from './csv-records.ts';

describe('readCsvRecords(text, fileName, delimiter)', () => {
  it('splits records and keeps the line each starts on, across quoted line breaks', () => {
    const text = 'a;b\r\n1;"x\r\ny"\r\n\r\n3;"4;5"\n6;7';
    expect(readCsvRecords(text, 'f.csv', ';')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', 'x\ny'] },
      { line: 5, fields: ['3', '4;5'] },
      { line: 6, fields: ['6', '7'] },
    ]);
  });

  it('uses the delimiter it is given', () => {
    expect(readCsvRecords('"a,b",c\n', 'f.csv', ',')).toEqual([{ line: 1, fields: ['a,b', 'c'] }]);
  });

  it('keeps rows of different lengths for the caller to judge', () => {
    expect(readCsvRecords('a;b\n1\n', 'f.csv', ';').map((r) => r.fields.length)).toEqual([2, 1]);
  });

  it('refuses an unclosed quote, naming file and line', () => {
    expect(() => readCsvRecords('a;b\n1;"2\n3;4\n', 'f.csv', ';')).toThrow(InvalidFileError);
    expect(() => readCsvRecords('a;b\n1;x"2"\n', 'f.csv', ';')).toThrow(
      /^f\.csv:2: ugyldige anførselstegn.*værdi "1;x"2""/,
    );
  });

  it('either reads or refuses with InvalidFileError, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ';', ',', '"', '\n', '\r', ' ') }),
        (s) => {
          parsesOrRefuses(() => {
            for (const r of readCsvRecords(s, 'fuzz.csv', ';')) expect(r.line).toBeGreaterThan(0);
          });
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});
