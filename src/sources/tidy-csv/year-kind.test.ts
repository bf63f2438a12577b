import { describe, expect, it } from 'vitest';
import { catchRefusal } from '../testing/index.ts';
import { detectTidyCsv } from './detect.ts';
import { parseTidyCsv } from './parse.ts';

const HEADER = 'municipality_code;year;key_figure;value;year_kind';
const utf8 = (s: string) => new TextEncoder().encode(s);
const tidy = (...rows: string[]) => utf8([HEADER, ...rows].join('\n') + '\n');

describe('parseTidyCsv(bytes, fileName) with the optional year_kind column', () => {
  it('is recognised with the column, with any separator', () => {
    expect(detectTidyCsv(tidy(), 'a.csv')).toBe(true);
    expect(detectTidyCsv(utf8(HEADER.replaceAll(';', ',') + '\n'), 'a.csv')).toBe(true);
  });

  it('reads accounts and budget of the same figure, municipality and year side by side', () => {
    const p = parseTidyCsv(
      tidy(
        '766;2024;regk31-5-30-27;3872;regnskab',
        '766;2024;regk31-5-30-27;3485;budget',
        '766;2023;regk31-5-30-27;3569;Accounts',
        '766;2025;regk31-5-30-27;3900;BUDGET',
        '766;2026;regk31-5-30-27;4000;skøn',
      ),
      'budget.csv',
    );
    expect(p.observations.map((o) => [o.year, o.value, o.yearKind])).toEqual([
      [2024, 3872, 'accounts'],
      [2024, 3485, 'budget'],
      [2023, 3569, 'accounts'],
      [2025, 3900, 'budget'],
      [2026, 4000, 'estimate'],
    ]);
    expect(p.yearKinds).toBeUndefined();
  });

  it('leaves the kind to the default (accounts) without the column', () => {
    const p = parseTidyCsv(
      utf8('municipality_code;year;key_figure;value\n766;2024;x;1\n'),
      'a.csv',
    );
    expect(p.observations[0]?.yearKind).toBeUndefined();
  });

  it.each([
    [
      'an unknown kind',
      tidy('766;2024;x;1;forecast'),
      'a.csv:2: ukendt årstype; skriv regnskab (accounts), budget eller skøn (estimate) (felt "year_kind", værdi "forecast")',
    ],
    [
      'an empty kind',
      tidy('766;2024;x;1;budget', '766;2024;x;2;'),
      'a.csv:3: ukendt årstype; skriv regnskab (accounts), budget eller skøn (estimate) (felt "year_kind", værdi "")',
    ],
    [
      'a repeated row of one kind',
      tidy('766;2024;x;1;budget', '766;2024;x;2;regnskab', '766;2024;x;3;Budget'),
      'a.csv:4: kommune, år, nøgletal og årstype står to gange (også linje 2) (værdi "766;2024;x;3;Budget")',
    ],
    [
      'a row without the kind',
      tidy('766;2024;x;1'),
      'a.csv:2: forkert antal felter: 4, forventede 5',
    ],
    [
      'year_kind in another place',
      utf8('municipality_code;year;year_kind;key_figure;value\n766;2024;budget;x;1\n'),
      'a.csv:1: forkerte kolonner; overskriften skal være municipality_code;year;key_figure;value (eventuelt med ;year_kind til sidst)',
    ],
  ])('refuses %s, naming line and value', (_, bytes, message) => {
    expect(catchRefusal(() => parseTidyCsv(bytes, 'a.csv')).message).toContain(message);
  });
});
