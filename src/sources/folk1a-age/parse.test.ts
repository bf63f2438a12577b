import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../core/index.ts';
import { catchRefusal, mutatedBytes, parsesOrRefuses } from '../testing/index.ts';
import { parseFolk1aAge } from './parse.ts';

type Counts = (age: number) => number;

/** 10 persons a year to 17, 20 to 64, 5 to 99, none older: 180 + 940 + 175 = 1 295. */
const TYPICAL: Counts = (age) => (age < 18 ? 10 : age < 65 ? 20 : age < 100 ? 5 : 0);
const TYPICAL_TOTAL = 1295;

/** The rows of one area: ages 0..125, or the ages given. */
function block(name: string, counts: Counts = TYPICAL, ages = range(0, 125)): string[] {
  return ages.map((age) => `"${name}";"${age} år";${counts(age)}`);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** A Latin-1 file with LF line ends, as DST writes it. */
function latin1(...lines: readonly string[]): Uint8Array {
  return iconv.encode(lines.map((l) => `${l}\n`).join(''), 'latin1');
}

const FILE = 'DKfolketal2021_Statistikbanken_Del1.csv';
const good = latin1(
  ...block('Hedensted'),
  ...block('Ærø', (age) => (age >= 65 && age < 70 ? 100 : 1)),
  ...block('Christiansø', (age) => (age === 40 ? 90 : 0)),
);

function share(observations: readonly Observation[], id: string, code: string): Observation {
  const o = observations.find((x) => x.keyFigureId === id && x.municipalityCode === code);
  if (!o) throw new Error(`no ${id} for ${code}`);
  return o;
}

describe('parseFolk1aAge(bytes, fileName)', () => {
  const p = parseFolk1aAge(good, FILE);

  it('emits the 18 catalogue shares for each municipality, in per cent at full precision', () => {
    expect(p.format).toBe('folk1a-age-csv');
    expect(p.observations).toHaveLength(2 * 18);
    expect(share(p.observations, 'andel-65-aarige', '766')).toEqual({
      keyFigureId: 'andel-65-aarige',
      municipalityCode: '766',
      year: 2021,
      value: (100 * 175) / TYPICAL_TOTAL,
      status: 'value',
      raw: `FOLK1A 2021K1: 175 af ${TYPICAL_TOTAL}`,
    });
    expect(share(p.observations, 'andel-0-17-aarige', '766').value).toBe(
      (100 * 180) / TYPICAL_TOTAL,
    );
    expect(share(p.observations, 'andel-6-16-aarige', '766').raw).toBe(
      `FOLK1A 2021K1: 110 af ${TYPICAL_TOTAL}`,
    );
    // Ærø: 100 at each age 65-69 and 1 at each of the other 121 ages.
    expect(share(p.observations, 'andel-67-aarige', '492').raw).toBe('FOLK1A 2021K1: 356 af 621');
    expect(share(p.observations, 'andel-18-aarige', '492').raw).toBe('FOLK1A 2021K1: 603 af 621');
  });

  it('gives back each count as indbyggertal × share / 100, up to float rounding', () => {
    for (const o of p.observations) {
      const [, count = '', total = ''] = /: (\d+) af (\d+)$/.exec(o.raw) ?? [];
      expect((Number(total) * (o.value ?? NaN)) / 100).toBeCloseTo(Number(count), 9);
    }
  });

  it('sights the catalogue figures by id, with their catalogue names', () => {
    expect(p.keyFigures).toHaveLength(18);
    expect(p.keyFigures.find((k) => k.id === 'andel-67-aarige')).toEqual({
      id: 'andel-67-aarige',
      sourceName: 'Andel 67+-årige',
      source: 'noegletal',
      valueType: 'number',
      noteNumbers: [],
      unit: 'pct.',
    });
  });

  it('states each municipality’s total as the expected indbyggertal of the year', () => {
    expect(p.expectedTotals).toEqual([
      { keyFigureId: 'indbyggertal', municipalityCode: '766', year: 2021, value: TYPICAL_TOTAL },
      { keyFigureId: 'indbyggertal', municipalityCode: '492', year: 2021, value: 621 },
    ]);
  });

  it('skips Christiansø with an info, says where the year comes from and which municipalities are absent', () => {
    expect(p.diagnostics.map((d) => [d.severity, d.line, d.value, d.message])).toEqual([
      [
        'info',
        undefined,
        FILE,
        'filen angiver ikke sin dato; folketallet regnes som 1. januar 2021 (FOLK1A 2021K1) efter årstallet i filnavnet',
      ],
      [
        'info',
        253,
        'Christiansø',
        'Christiansø er ikke en kommune og springes over (90 indbyggere)',
      ],
      [
        'info',
        undefined,
        expect.stringMatching(/^København, Frederiksberg, /),
        'filen dækker 2 af 98 kommuner',
      ],
    ]);
  });

  it('assumes 1 January 2021 when the file name has no year, and says so', () => {
    const q = parseFolk1aAge(good, 'folketal.csv');
    expect(new Set(q.observations.map((o) => o.year))).toEqual(new Set([2021]));
    expect(q.diagnostics[0]?.message).toBe(
      'filen angiver ikke sin dato, og filnavnet har intet årstal; folketallet regnes som 1. januar 2021 (FOLK1A 2021K1)',
    );
  });

  it('takes the year from the file name when it has one', () => {
    const q = parseFolk1aAge(good, 'data/2020/folk1a-alder-2019.csv');
    expect(new Set(q.observations.map((o) => o.year))).toEqual(new Set([2019]));
    expect(q.observations[0]?.raw).toMatch(/^FOLK1A 2019K1: /);
    expect(q.expectedTotals?.[0]?.year).toBe(2019);
  });

  it('reads a UTF-8 copy with CRLF line ends and long municipality names the same way', () => {
    const text = iconv
      .decode(Buffer.from(good), 'latin1')
      .replaceAll('"Hedensted"', '"Hedensted Kommune"')
      .replaceAll('\n', '\r\n');
    expect(parseFolk1aAge(new TextEncoder().encode(text), FILE)).toEqual(p);
  });

  it('accepts a file with only Christiansø, emitting nothing', () => {
    const q = parseFolk1aAge(latin1(...block('Christiansø')), FILE);
    expect([q.observations, q.expectedTotals]).toEqual([[], []]);
  });
});

describe('parseFolk1aAge(bytes, fileName) refuses a bad file, naming file, line and value', () => {
  const withRow = (age: number, row: string | undefined): string[] => {
    const rows = block('Hedensted');
    rows.splice(age, 1, ...(row === undefined ? [] : [row]));
    return rows;
  };
  it.each([
    [
      'an unknown name',
      latin1(...block('Hedensted'), ...block('Atlantis')),
      `${FILE}:127: Ukendt kommunenavn (felt "Område", værdi "Atlantis")`,
    ],
    [
      'a missing age',
      latin1(...withRow(7, undefined)),
      `${FILE}:1: blokken for Hedensted har 125 aldre, forventede 126 (0-125 år); mangler 7 år (felt "Område", værdi "Hedensted")`,
    ],
    [
      'a block that stops early',
      latin1(...block('Hedensted', TYPICAL, range(0, 119)), ...block('Ærø')),
      `${FILE}:1: blokken for Hedensted har 120 aldre, forventede 126 (0-125 år); mangler 120-125 år`,
    ],
    [
      'a repeated age',
      latin1(...withRow(8, '"Hedensted";"7 år";10')),
      `${FILE}:9: alderen står to gange for Hedensted (også linje 8) (felt "Alder", værdi "7 år")`,
    ],
    [
      'a 127th age',
      latin1(...block('Hedensted'), '"Hedensted";"126 år";0'),
      `${FILE}:127: ugyldig alder; forventede "N år" med N fra 0 til 125 (felt "Alder", værdi "126 år")`,
    ],
    [
      'an age that is not "N år"',
      latin1(...withRow(0, '"Hedensted";"I alt";1295')),
      `${FILE}:1: ugyldig alder; forventede "N år" med N fra 0 til 125 (felt "Alder", værdi "I alt")`,
    ],
    [
      'a decimal count',
      latin1(...withRow(3, '"Hedensted";"3 år";10.5')),
      `${FILE}:4: antallet er ikke et ikke-negativt heltal (personer) (felt "Antal", værdi "10.5")`,
    ],
    [
      'a negative count',
      latin1(...withRow(3, '"Hedensted";"3 år";-10')),
      `${FILE}:4: antallet er ikke et ikke-negativt heltal (personer) (felt "Antal", værdi "-10")`,
    ],
    [
      'DST’s ".." for a missing count',
      latin1(...withRow(125, '"Hedensted";"125 år";..')),
      `${FILE}:126: antallet er ikke et ikke-negativt heltal (personer) (felt "Antal", værdi "..")`,
    ],
    [
      'an empty count',
      latin1(...withRow(0, '"Hedensted";"0 år";')),
      `${FILE}:1: antallet er ikke et ikke-negativt heltal (personer) (felt "Antal", værdi "")`,
    ],
    [
      'a fourth field',
      latin1(...withRow(2, '"Hedensted";"2 år";"2021K1";10')),
      `${FILE}:3: forkert antal felter: 4, forventede 3 (Område, Alder, Antal) (værdi "Hedensted;2 år;2021K1;10")`,
    ],
    [
      'a municipality in two blocks',
      latin1(...block('Hedensted'), ...block('Ærø'), ...block('Hedensted Kommune')),
      `${FILE}:253: kommunen står to gange (også fra linje 1, "Hedensted") (felt "Område", værdi "Hedensted Kommune")`,
    ],
    [
      'a municipality with no inhabitants',
      latin1(...block('Hedensted', () => 0)),
      `${FILE}:1: kommunen har 0 indbyggere, så andelene kan ikke beregnes (felt "Område", værdi "Hedensted")`,
    ],
    ['an empty file', new Uint8Array(), `${FILE}:1: filen er tom`],
    [
      'broken quotes',
      latin1('"Hedensted";"0 år;412'),
      `${FILE}:1: ugyldige anførselstegn eller felter`,
    ],
    [
      'binary content',
      Uint8Array.from([0x22, 0x41, 0x22, 0x3b, 0x02]),
      `${FILE}:1: filen er ikke tekst (binært indhold) (værdi "0x02")`,
    ],
  ])('refuses %s', (_, bytes, message) => {
    const error = catchRefusal(() => parseFolk1aAge(bytes, FILE));
    expect(error.message).toContain(message);
    expect(error.diagnostics.every((d) => d.file === FILE)).toBe(true);
  });

  it('refuses a file name with two years, since the date must be unambiguous', () => {
    expect(catchRefusal(() => parseFolk1aAge(good, 'folketal-2020-2021.csv')).message).toBe(
      'folketal-2020-2021.csv: flere årstal i filnavnet (2020, 2021); filen angiver ikke sin dato, så navngiv den med ét årstal, fx folketal-alder-2021.csv (felt "filnavn", værdi "folketal-2020-2021.csv")',
    );
  });

  it('reports every bad row at once, not only the first', () => {
    const rows = block('Hedensted');
    rows[10] = '"Hedensted";"10 år";x';
    rows[20] = '"Hedensted";"20 år";y';
    const error = catchRefusal(() => parseFolk1aAge(latin1(...rows, ...block('Atlantis')), FILE));
    expect(
      error.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.line, d.value]),
    ).toEqual([
      [11, 'x'],
      [21, 'y'],
      [127, 'Atlantis'],
    ]);
  });

  it('refuses a file mixing UTF-8 and Latin-1', () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode(block('Ærø').join('\n') + '\n'),
      ...latin1(...block('Hedensted')),
    ]);
    expect(catchRefusal(() => parseFolk1aAge(bytes, FILE)).message).toMatch(/blandet tegnsæt/);
  });
});

describe('parseFolk1aAge(bytes, fileName) under fuzzing', () => {
  it('parses or refuses random bytes, never throwing anything else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        parsesOrRefuses(() => parseFolk1aAge(bytes, FILE));
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('parses or refuses mutations of a good file', () => {
    const pool = [0x22, 0x3b, 0x0a, 0x0d, 0x2d, 0x2e, 0x30, 0x39, 0xe5];
    fc.assert(
      fc.property(mutatedBytes(good, pool), (bytes) => {
        parsesOrRefuses(() => parseFolk1aAge(bytes, FILE));
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
