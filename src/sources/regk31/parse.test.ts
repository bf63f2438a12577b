import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ParsedSource } from '../../core/index.ts';
import { rawDataPath } from '../../../test/support/shared-data.ts';
import { catchRefusal, mutatedBytes, parsesOrRefuses } from '../testing/index.ts';
import { parseRegk31 } from './parse.ts';

const YEARS = [2020, 2021, 2022, 2023, 2024] as const;
const real = new Map(
  YEARS.map((y) => [y, readFileSync(rawDataPath('dst-regk31-marieleth', `${y}.csv`))]),
);
const parsed = new Map(
  YEARS.map((y) => [y, parseRegk31(real.get(y) ?? new Uint8Array(), `${y}.csv`)]),
);

function value(source: ParsedSource | undefined, figure: string, code: string): number | null {
  const o = source?.observations.find(
    (x) => x.keyFigureId === figure && x.municipalityCode === code,
  );
  return o ? o.value : null;
}

const PREFIX = '"Pr. indbygger, løbende priser (kr.)","I alt (netto)"';
/** A small REGK31 file: one CRLF line per [function, area, amount]. */
function fixture(...rows: readonly (readonly [string, string, string])[]): Uint8Array {
  return new TextEncoder().encode(
    rows.map(([f, area, amount]) => `${PREFIX},"${f}","${area}",${amount}\r\n`).join(''),
  );
}
const SCHOOLS = '3.22.01 Folkeskoler';

describe('parseRegk31(bytes, fileName) on the real exports 2020-2024', () => {
  it.each(YEARS)('reads %i as 25 functions × 98 municipalities', (year) => {
    const p = parsed.get(year);
    expect(p?.format).toBe('regk31-csv');
    expect(p?.keyFigures).toHaveLength(25);
    expect(p?.observations).toHaveLength(2450);
    expect(new Set(p?.observations.map((o) => o.municipalityCode)).size).toBe(98);
    expect(p?.observations.every((o) => o.year === year && o.status === 'value')).toBe(true);
  });

  it.each(YEARS)(
    'leaves out the 25 "Hele landet" rows of %i as info, with nothing else to report',
    (year) => {
      const diagnostics = parsed.get(year)?.diagnostics ?? [];
      expect(diagnostics).toHaveLength(25);
      expect(diagnostics.every((d) => d.severity === 'info' && d.value === 'Hele landet')).toBe(
        true,
      );
    },
  );

  it('names each figure by its function number and keeps the DST name', () => {
    const figures = parsed.get(2024)?.keyFigures ?? [];
    expect(figures.find((f) => f.id === 'regk31-5-30-27')).toEqual({
      id: 'regk31-5-30-27',
      sourceName:
        'REGK31 5.30.27 Pleje og omsorg m.v. af primært ældre undtaget frit valg af leverandør (netto, kr. pr. indb.)',
      source: 'regk31',
      valueType: 'number',
      noteNumbers: [],
      unit: 'kr. pr. indb.',
    });
    expect(figures.find((f) => f.id === 'regk31-3-22-08')?.sourceName).toBe(
      'REGK31 3.22.08 Kommunale specialskoler, behandlings- og specialundervisningstilbud samt specialundervisningstilbud på børne- og ungehjem (netto, kr. pr. indb.)',
    );
    expect(figures.map((f) => f.id).slice(0, 3)).toEqual([
      'regk31-0-28-20',
      'regk31-0-32-31',
      'regk31-2-28-11',
    ]);
  });

  it('pins the spot values of PROVENANCE.md §10', () => {
    expect(value(parsed.get(2022), 'regk31-3-22-01', '101')).toBe(4975); // København
    expect(value(parsed.get(2022), 'regk31-3-22-01', '155')).toBe(8816); // Dragør
    expect(value(parsed.get(2022), 'regk31-5-30-27', '825')).toBe(12834); // Læsø
    expect(value(parsed.get(2021), 'regk31-5-30-27', '825')).toBe(13248); // the largest cell
    expect(value(parsed.get(2021), 'regk31-5-30-28', '190')).toBe(-418); // Furesø, net income
    expect(value(parsed.get(2020), 'regk31-5-30-27', '340')).toBe(6724); // Sorø
    const all = parsed.get(2021)?.observations.map((o) => o.value ?? 0) ?? [];
    expect([Math.min(...all), Math.max(...all)]).toEqual([-418, 13248]);
  });

  it('quotes the national figure in the info diagnostic, at the line of the row', () => {
    // 3.22.01 is the fifth block of 99 rows, 5.30.27 the sixteenth.
    expect(parsed.get(2022)?.diagnostics[4]).toEqual({
      severity: 'info',
      file: '2022.csv',
      line: 4 * 99 + 1,
      field: 'Område',
      value: 'Hele landet',
      message: 'Hele landet er ikke en kommune og springes over (landstal 6607 kr. pr. indb.)',
    });
    expect(parsed.get(2022)?.diagnostics[15]?.message).toContain('(landstal 4417 kr. pr. indb.)');
  });

  it('reads a Latin-1 copy (as the original files were) the same way', () => {
    const text = new TextDecoder().decode(real.get(2022));
    expect(parseRegk31(iconv.encode(text, 'latin1'), '2022.csv')).toEqual(parsed.get(2022));
  });

  it('takes the year from a longer file name', () => {
    const p = parseRegk31(
      fixture([SCHOOLS, 'Aarhus', '7000']),
      'exports/regk31_2019_folkeskoler.csv',
    );
    expect(p.observations).toEqual([
      {
        keyFigureId: 'regk31-3-22-01',
        municipalityCode: '751',
        year: 2019,
        value: 7000,
        status: 'value',
        raw: '7000',
      },
    ]);
  });

  it('reads DST’s ".." as missing and warns about municipalities a function lacks', () => {
    const p = parseRegk31(fixture([SCHOOLS, 'Læsø', '..']), '2024.csv');
    expect(p.observations[0]).toMatchObject({ value: null, status: 'missing', raw: '..' });
    expect(p.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        message: '97 kommuner mangler for funktionen',
      }),
    );
  });

  it('accepts a semicolon-separated export', () => {
    const text = new TextDecoder().decode(fixture([SCHOOLS, 'Høje-Taastrup', '6000']));
    const p = parseRegk31(
      new TextEncoder().encode(text.replaceAll('","', '";"').replace('",6', '";6')),
      '2024.csv',
    );
    expect(p.observations[0]).toMatchObject({ municipalityCode: '169', value: 6000 });
  });
});

describe('parseRegk31(bytes, fileName) refuses a bad file', () => {
  const ok = fixture([SCHOOLS, 'København', '4975']);
  it.each([
    ['a file name without a year', ok, 'regk31.csv', 'regk31.csv: årstallet mangler i filnavnet'],
    [
      'a file name with two years',
      ok,
      'regk31-2020-2024.csv',
      'regk31-2020-2024.csv: flere årstal i filnavnet (2020, 2024)',
    ],
    ['an empty file', new Uint8Array(), '2024.csv', '2024.csv:1: filen er tom'],
    [
      'an unknown area name',
      fixture([SCHOOLS, 'København', '4975'], [SCHOOLS, 'Atlantis', '100']),
      '2024.csv',
      '2024.csv:2: Ukendt kommunenavn (felt "Område", værdi "Atlantis")',
    ],
    [
      'a non-numeric amount',
      fixture([SCHOOLS, 'København', '49,75']),
      '2024.csv',
      // The decimal comma splits the unquoted amount into a sixth field.
      '2024.csv:1: forkert antal felter: 6, forventede 5',
    ],
    [
      'a text amount',
      fixture([SCHOOLS, 'København', 'mange']),
      '2024.csv',
      '2024.csv:1: beløbet er ikke et heltal (kr. pr. indb.) (felt "Beløb", værdi "mange")',
    ],
    [
      'a repeated function and area',
      fixture(
        [SCHOOLS, 'København', '1'],
        [SCHOOLS, 'Dragør', '2'],
        [SCHOOLS, 'Københavns Kommune', '3'],
      ),
      '2024.csv',
      '2024.csv:3: funktion og område står to gange (også linje 1) (felt "Område", værdi "Københavns Kommune")',
    ],
    [
      'a malformed function',
      fixture(['Folkeskoler', 'København', '4975']),
      '2024.csv',
      '2024.csv:1: ugyldig funktion; forventede "d.dd.dd navn", fx "5.30.27 Pleje og omsorg" (felt "Funktion", værdi "Folkeskoler")',
    ],
    [
      'another price unit',
      new TextEncoder().encode(`"1.000 kr.","I alt (netto)","${SCHOOLS}","København",1\r\n`),
      '2024.csv',
      '2024.csv:1: prisenheden understøttes ikke; forventede "Pr. indbygger, løbende priser (kr.)" (felt "Prisenhed", værdi "1.000 kr.")',
    ],
    [
      'another amount type',
      new TextEncoder().encode(
        `"Pr. indbygger, løbende priser (kr.)","Lønninger","${SCHOOLS}","København",1\r\n`,
      ),
      '2024.csv',
      '2024.csv:1: arten understøttes ikke; forventede "I alt (netto)" (felt "Art", værdi "Lønninger")',
    ],
    [
      'a tab-separated file',
      new TextEncoder().encode(
        `"Pr. indbygger"\t"I alt (netto)"\t"${SCHOOLS}"\t"København"\t1\r\n`,
      ),
      '2024.csv',
      '2024.csv:1: ugyldige anførselstegn eller felter',
    ],
    [
      'a file cut off inside a quoted field',
      new TextEncoder().encode(
        `${PREFIX},"${SCHOOLS}","København",4975\r\n${PREFIX},"3.22.01 Folke`,
      ),
      '2024.csv',
      '2024.csv:2: ugyldige anførselstegn eller felter',
    ],
    [
      'random bytes',
      Uint8Array.from([0x22, 0x50, 0x0d, 0x0a, 0x7f, 0x02, 0xff]),
      '2024.csv',
      '2024.csv:2: filen er ikke tekst (binært indhold) (værdi "0x02")',
    ],
  ])('refuses %s, naming file, line and value', (_, bytes, name, message) => {
    expect(catchRefusal(() => parseRegk31(bytes, name)).message).toContain(message);
  });

  it('refuses a file mixing UTF-8 and Latin-1', () => {
    const bytes = Uint8Array.from([
      ...fixture([SCHOOLS, 'København', '1']),
      ...iconv.encode(`${PREFIX},"${SCHOOLS}","Dragør",2\r\n`, 'latin1'),
    ]);
    expect(catchRefusal(() => parseRegk31(bytes, '2024.csv')).message).toMatch(
      /^2024\.csv:1: blandet tegnsæt/,
    );
  });
});

describe('parseRegk31(bytes, fileName) under fuzzing', () => {
  it('parses or refuses random bytes, never throwing anything else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        parsesOrRefuses(() => parseRegk31(bytes, '2024.csv'));
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('parses or refuses mutations of the real 2024 file', () => {
    const pool = [0x2c, 0x22, 0x0a, 0x0d, 0x2d, 0x2e, 0x30, 0x39];
    fc.assert(
      fc.property(mutatedBytes(real.get(2024) ?? new Uint8Array(), pool), (bytes) => {
        parsesOrRefuses(() => parseRegk31(bytes, '2024.csv'));
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
