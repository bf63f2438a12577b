import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../../core/index.ts';
import { rawDataPath } from '../../../test/support/shared-data.ts';
import { catchRefusal, mutatedBytes, parsesOrRefuses } from '../testing/index.ts';
import { parseDstClassification } from './parse.ts';

const realBytes = readFileSync(rawDataPath('dst-kommuneinddeling-asgeringemann', 'csv_da.csv'));
const HEADER =
  'SEKVENS;KODE;NIVEAU;TITEL;GENERELLE_NOTER;INKLUDERER;INKLUDERER_OGSÅ;EKSKLUDERER;PARAGRAF;MÅLEENHED';

/** A small classification file: the header and the rows given, LF line ends. */
function fixture(...rows: string[]): Uint8Array {
  return new TextEncoder().encode([HEADER, ...rows].join('\n') + '\n');
}

const hovedstaden = [
  '1;"084";1;Region Hovedstaden;;;;;;',
  '2;"01";2;Landsdel Byen København;;;;;;',
];

describe('parseDstClassification(bytes, fileName) on the real DST export', () => {
  const parsed = parseDstClassification(realBytes, 'csv_da.csv');
  const classification = parsed.classification;

  it('finds 5 regions, 11 landsdele and 98 kommuner', () => {
    expect(parsed.format).toBe('dst-classification');
    expect(classification?.regions.map((r) => r.code)).toEqual(['084', '085', '083', '082', '081']);
    expect(classification?.landsdele.map((l) => l.code)).toEqual(
      Array.from({ length: 11 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    expect(classification?.municipalities).toHaveLength(98);
  });

  it('places each kommune in the region of core’s list and in its landsdel', () => {
    const byCode = new Map(classification?.municipalities.map((m) => [m.code, m]));
    for (const m of MUNICIPALITIES) {
      expect(byCode.get(m.code)).toMatchObject({ name: m.name, regionCode: m.regionCode });
    }
    expect(byCode.get('101')).toEqual({
      code: '101',
      name: 'København',
      regionCode: '084',
      landsdelCode: '01',
    });
    expect(byCode.get('400')?.landsdelCode).toBe('04');
    expect(byCode.get('860')).toMatchObject({ regionCode: '081', landsdelCode: '11' });
  });

  it('gives each landsdel the region above it, with DST’s counts of kommuner', () => {
    const regionOf = new Map(classification?.landsdele.map((l) => [l.code, l.regionCode]));
    expect(Object.fromEntries(regionOf)).toMatchObject({ '01': '084', '05': '085', '11': '081' });
    const counts = classification?.landsdele.map(
      (l) => classification.municipalities.filter((m) => m.landsdelCode === l.code).length,
    );
    expect(counts).toEqual([4, 13, 11, 1, 5, 12, 10, 12, 11, 8, 11]);
  });

  it('leaves out Christiansø with one info diagnostic and nothing else to report', () => {
    expect(parsed.diagnostics).toEqual([
      {
        severity: 'info',
        file: 'csv_da.csv',
        line: 42,
        field: 'KODE',
        value: '411',
        message: 'Christiansø er ikke en kommune og springes over',
      },
    ]);
  });

  it('reads a Latin-1 copy of the file the same way', () => {
    const text = new TextDecoder().decode(realBytes).replace(/^\uFEFF/, '');
    const latin1 = parseDstClassification(iconv.encode(text, 'latin1'), 'csv_da.csv');
    expect(latin1.classification).toEqual(classification);
  });
});

describe('parseDstClassification(bytes, fileName) refuses a bad file', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'k.csv:1: filen er tom'],
    ['a header without rows', fixture(), 'k.csv:1: overskrift, men ingen rækker'],
    [
      'a comma-separated header',
      new TextEncoder().encode('SEKVENS,KODE,NIVEAU,TITEL\n1,"084",1,Region Hovedstaden\n'),
      "k.csv:1: forkert skilletegn: DST's klassifikation bruger semikolon",
    ],
    [
      'an unknown kommune code',
      fixture(...hovedstaden, '3;"101";3;København;;;;;;', '4;"999";3;Nowhere;;;;;;'),
      'k.csv:5: Ukendt kommunekode (felt "KODE", værdi "999")',
    ],
    [
      'an unknown region code',
      fixture('1;"086";1;Region Atlantis;;;;;;'),
      'k.csv:2: Ukendt regionskode (felt "KODE", værdi "086")',
    ],
    [
      'a kommune under the wrong region',
      fixture(...hovedstaden, '3;"751";3;Aarhus;;;;;;'),
      'k.csv:4: kommunen står under region 084, men hører til region 082',
    ],
    [
      'a kommune listed twice',
      fixture(...hovedstaden, '3;"101";3;København;;;;;;', '4;"101";3;København;;;;;;'),
      'k.csv:5: kommunen står to gange (felt "KODE", værdi "101")',
    ],
    [
      'a header with KODE missing',
      new TextEncoder().encode('SEKVENS;CODE;NIVEAU;TITEL\n1;"084";1;Region Hovedstaden\n'),
      'k.csv:1: kolonnen KODE mangler i overskriften',
    ],
    [
      'a kommune before any landsdel',
      fixture('1;"084";1;Region Hovedstaden;;;;;;', '2;"101";3;København;;;;;;'),
      'k.csv:3: kommune uden en region og landsdel foran',
    ],
    [
      'an unknown level',
      fixture(...hovedstaden, '3;"101";4;København;;;;;;'),
      'k.csv:4: ukendt niveau; forventede 1 (region), 2 (landsdel) eller 3 (kommune) (felt "NIVEAU", værdi "4")',
    ],
    [
      'a row with too few fields',
      fixture(...hovedstaden, '3;"101";3'),
      'k.csv:4: forkert antal felter: 3, forventede 10 (værdi "3;101;3")',
    ],
    [
      'a file cut off inside a quoted note',
      fixture(...hovedstaden, '3;"101";3;København;"Samme kommunenavn'),
      'k.csv:4: ugyldige anførselstegn eller felter',
    ],
    [
      'random bytes',
      Uint8Array.from([0x53, 0x45, 0x4b, 0x0a, 0x00, 0xff, 0x13]),
      'k.csv:2: filen er ikke tekst (binært indhold) (værdi "0x00")',
    ],
  ])('refuses %s, naming file, line and value', (_, bytes, message) => {
    expect(catchRefusal(() => parseDstClassification(bytes, 'k.csv')).message).toContain(message);
  });

  it('refuses a classification that lacks some of the 98 kommuner, listing them', () => {
    const e = catchRefusal(() =>
      parseDstClassification(fixture(...hovedstaden, '3;"101";3;København;;;;;;'), 'k.csv'),
    );
    expect(e.diagnostics[0]?.value?.split(', ')).toHaveLength(97);
    expect(e.message).toBe(
      'k.csv: klassifikationen mangler 97 af de 98 kommuner (værdi "147 Frederiksberg, 155 Dragør, 185 Tårnby, 165 Albertslund, …")',
    );
  });

  it('warns when a kommune’s title differs from DST’s list but its code is known', () => {
    const e = catchRefusal(() =>
      parseDstClassification(fixture(...hovedstaden, '3;"101";3;Kjøbenhavn;;;;;;'), 'k.csv'),
    );
    expect(e.diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'warning', line: 4, value: 'Kjøbenhavn' }),
    );
  });
});

describe('parseDstClassification(bytes, fileName) under fuzzing', () => {
  it('parses or refuses random bytes, never throwing anything else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        parsesOrRefuses(() => parseDstClassification(bytes, 'fuzz.csv'));
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('parses or refuses mutations of the real file', () => {
    const pool = [0x3b, 0x22, 0x0a, 0x0d, 0x31, 0x32, 0x33, 0x34];
    fc.assert(
      fc.property(mutatedBytes(realBytes, pool), (bytes) => {
        parsesOrRefuses(() => parseDstClassification(bytes, 'fuzz.csv'));
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
