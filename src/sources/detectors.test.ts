import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawDataPath } from '../../test/support/shared-data.ts';
import { detectBudk32 } from './budk32/index.ts';
import { detectDagiGeojson, detectDagiTopojson } from './dagi/index.ts';
import { detectDstClassification } from './dst-classification/index.ts';
import { detectFolk1aAge } from './folk1a-age/index.ts';
import { detectNoegletalCsv, detectXlsx } from './noegletal/index.ts';
import { detectRegk31 } from './regk31/index.ts';
import { detectTidyCsv } from './tidy-csv/index.ts';

type Detector = (bytes: Uint8Array, fileName: string) => boolean;

const DETECTORS: Readonly<Record<string, Detector>> = {
  'dst-classification': detectDstClassification,
  'dagi-topojson': detectDagiTopojson,
  'dagi-geojson': detectDagiGeojson,
  'regk31-csv': detectRegk31,
  // Says no to every file here: none is named BUDK32 (src/sources/budk32/parse.test.ts).
  'budk32-csv': detectBudk32,
  'folk1a-age-csv': detectFolk1aAge,
  'tidy-csv': detectTidyCsv,
};

/** Real files (and the one hand-written tidy file) with the format each of them is in. */
const FILES: readonly (readonly [string, string | undefined])[] = [
  ['dst-kommuneinddeling-asgeringemann/csv_da.csv', 'dst-classification'],
  ['dagi-neogeografen/kommuner.topojson', 'dagi-topojson'],
  ['dagi-neogeografen/regioner.topojson', 'dagi-topojson'],
  ['dagi-neogeografen/kommuner.geojson', 'dagi-geojson'],
  ...[2020, 2021, 2022, 2023, 2024].map(
    (y) => [`dst-regk31-marieleth/${y}.csv`, 'regk31-csv'] as const,
  ),
  ...[1, 2].map(
    (n) =>
      [
        `dst-folk1a-2021-alder-pandemix/DKfolketal2021_Statistikbanken_Del${n}.csv`,
        'folk1a-age-csv',
      ] as const,
  ),
  ['tidy.csv', 'tidy-csv'],
  // Formats none of these importers reads.
  ['noegletal-wdmdev/full_noegletal.csv', undefined],
  ['noegletal-asgeringemann/Befolkning by Region Yearly 1993-2023.csv', undefined],
  ['noegletal-asgeringemann/Udskrivningsprocent Region Yearly 1993-2024.xlsx', undefined],
  ['dst-folk1am-mujemula/FOLK1AM.csv', undefined],
  ['dk-municipalities-magnuslarsen/data.csv', undefined],
  ['dk-municipalities-iholas/kommunerne.csv', undefined],
  ['dk-municipalities-iholas/kommunerne.json', undefined],
  ['dst-kommunetal-forbrugsudledninger/data.json', undefined],
  ['dagtilbud-institutionsguide/kommune-stats.json', undefined],
];

const TIDY = new TextEncoder().encode(
  'municipality_code;year;key_figure;value\n101;2023;Udgift pr. elev;81234,5\n',
);

function bytesOf(file: string): Uint8Array {
  return file === 'tidy.csv' ? TIDY : readFileSync(rawDataPath(...file.split('/')));
}

describe('the detectors', () => {
  it.each(FILES)('recognise %s as %s and nothing else', (file, format) => {
    const bytes = bytesOf(file);
    const name = file.split('/').pop() ?? file;
    const yes = Object.entries(DETECTORS)
      .filter(([, detect]) => detect(bytes, name))
      .map(([f]) => f);
    expect(yes).toEqual(format === undefined ? [] : [format]);
  });

  it('judge the content, not the name: a file renamed to another format’s name is still its own', () => {
    const regk31 = bytesOf('dst-regk31-marieleth/2024.csv');
    expect(detectRegk31(regk31, 'kommuner.topojson')).toBe(true);
    expect(detectDagiTopojson(regk31, 'kommuner.topojson')).toBe(false);
    expect(
      detectDstClassification(bytesOf('dagi-neogeografen/kommuner.geojson'), 'csv_da.csv'),
    ).toBe(false);
  });

  it('recognise FOLK1A by age in Latin-1 or UTF-8, and not rows with other fields', () => {
    const latin1 = bytesOf(
      'dst-folk1a-2021-alder-pandemix/DKfolketal2021_Statistikbanken_Del2.csv',
    );
    const utf8 = new TextEncoder().encode(new TextDecoder('latin1').decode(latin1));
    const yes = (text: string) => detectFolk1aAge(new TextEncoder().encode(text), 'a.csv');
    expect(detectFolk1aAge(latin1, 'kommuner.topojson')).toBe(true);
    expect(detectFolk1aAge(utf8, 'a.csv')).toBe(true);
    expect(yes('"Hedensted";"0 år";..\n')).toBe(true); // the parser explains the count
    expect(yes('"Hedensted";"0 år";"2021K1";412\n')).toBe(false);
    expect(yes('"Hedensted";"I alt";46773\n')).toBe(false);
    expect(yes('Hedensted;0 år;412\n')).toBe(false);
    expect(yes('"Hedensted","0 år",412\n')).toBe(false);
    expect(yes('OMRÅDE;ALDER;INDHOLD\n"Hedensted";"0 år";412\n')).toBe(false);
  });

  it('leave the files of this room’s formats to their own importers (the nøgletal detectors say no)', () => {
    for (const [file, format] of FILES) {
      if (format === undefined) continue;
      const bytes = bytesOf(file);
      expect([detectNoegletalCsv(bytes, file), detectXlsx(bytes, file)]).toEqual([false, false]);
    }
  });

  it('never throw, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), fc.string(), (bytes, name) => {
        for (const detect of Object.values(DETECTORS))
          expect(typeof detect(bytes, name)).toBe('boolean');
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
