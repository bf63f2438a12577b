import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasSharedData, rawDataPath } from '../../../test/support/shared-data.ts';
import { MUNICIPALITIES, findMunicipalityByName, type ParsedSource } from '../../core/index.ts';
import { DiagnosticLog } from '../diagnostic-log/index.ts';
import { parseNoegletalCsv } from '../noegletal/index.ts';
import { decodeText, readCsvRecords } from '../text/index.ts';
import { readAreaBlocks, type AreaBlock } from './blocks.ts';
import { parseFolk1aAge } from './parse.ts';
import { sumAges } from './shares.ts';

const FOLDER = 'dst-folk1a-2021-alder-pandemix';
const FILES = [1, 2].map((n) => `DKfolketal2021_Statistikbanken_Del${n}.csv`);
const read = (...p: string[]) => new Uint8Array(readFileSync(rawDataPath(...p)));

describe.skipIf(!hasSharedData())(
  'parseFolk1aAge on the FOLK1A 2021K1 files (PROVENANCE.md §11)',
  () => {
    // Read in beforeAll, not while collecting, so that the suite is skipped cleanly without the data.
    let parts: ParsedSource[] = [];
    let blocks: readonly AreaBlock[] = [];
    beforeAll(() => {
      parts = FILES.map((f) => parseFolk1aAge(read(FOLDER, f), f));
      blocks = FILES.flatMap((f) => {
        const text = decodeText(read(FOLDER, f), f).text;
        return readAreaBlocks(readCsvRecords(text, f, ';'), new DiagnosticLog(f));
      });
    });
    const observations = () => parts.flatMap((p) => p.observations);
    const totals = () => parts.flatMap((p) => p.expectedTotals ?? []);
    /** Persons aged from..to in an area, summed from the single years of the file. */
    const persons = (name: string, from: number, to = 125) => {
      const counts = blocks.find((b) => b.name === name)?.counts ?? [];
      return sumAges(counts, from, to);
    };
    /** The count behind a share, from its raw "FOLK1A 2021K1: <count> af <total>". */
    const count = (id: string, name: string) => {
      const code = findMunicipalityByName(name)?.code;
      const o = observations().find((x) => x.keyFigureId === id && x.municipalityCode === code);
      return Number(/: (\d+) af /.exec(o?.raw ?? '')?.[1]);
    };
    const value = (id: string, code: string) =>
      observations().find((o) => o.keyFigureId === id && o.municipalityCode === code)?.value;

    it('reads 54 + 44 municipalities, all 98 once, with 18 shares each for 2021', () => {
      expect(parts.map((p) => p.expectedTotals?.length)).toEqual([54, 44]);
      expect(new Set(totals().map((t) => t.municipalityCode))).toEqual(
        new Set(MUNICIPALITIES.map((m) => m.code)),
      );
      expect(observations()).toHaveLength(98 * 18);
      expect(observations().every((o) => o.year === 2021 && o.status === 'value')).toBe(true);
      expect(parts.flatMap((p) => p.diagnostics).every((d) => d.severity === 'info')).toBe(true);
    });

    it('pins the age groups of PROVENANCE.md §11', () => {
      expect(count('andel-0-5-aarige', 'København')).toBe(46_052);
      expect(count('andel-6-16-aarige', 'København')).toBe(60_003);
      expect(count('andel-65-aarige', 'København')).toBe(66_709);
      expect(count('andel-67-aarige', 'København')).toBe(58_085);
      expect(persons('København', 80)).toBe(13_546);
      expect(count('andel-0-17-aarige', 'Hedensted')).toBe(10_097);
      expect(count('andel-65-aarige', 'Hedensted')).toBe(9_712);
      expect(persons('Hedensted', 80)).toBe(2_371);
      expect(count('andel-65-aarige', 'Kalundborg')).toBe(12_037);
      expect(persons('Kalundborg', 80)).toBe(2_683);
      expect(count('andel-65-aarige', 'Ærø')).toBe(2_203);
      expect(value('andel-65-aarige', '492')?.toFixed(1)).toBe('37.0');
      expect(value('andel-65-aarige', '766')).toBe((100 * 9_712) / 46_773);
    });

    it('sums to 5 840 045 over the 98 municipalities and Christiansø (90)', () => {
      const municipalities = totals().reduce((s, t) => s + t.value, 0);
      expect(persons('Christiansø', 0)).toBe(90);
      expect(municipalities + 90).toBe(5_840_045);
      expect(blocks.reduce((s, b) => s + sumAges(b.counts ?? [], 0, 125), 0)).toBe(5_840_045);
    });

    it('expects each municipality’s total to be its "Indbyggertal 1. januar" 2021 (98 of 98)', () => {
      const byCode = new Map(totals().map((t) => [t.municipalityCode, t.value]));
      expect(byCode.get('101')).toBe(638_117);
      expect(byCode.get('766')).toBe(46_773);
      expect(byCode.get('492')).toBe(5_960);
      expect(byCode.get('825')).toBe(1_764);
      expect(byCode.get('751')).toBe(352_751);
      expect(byCode.get('851')).toBe(219_487);
      const noegletal = parseNoegletalCsv(
        read('noegletal-asgeringemann', 'Befolkning by Region Yearly 1993-2023.csv'),
        'befolkning.csv',
      ).observations.filter((o) => o.keyFigureId === 'indbyggertal' && o.year === 2021);
      expect(noegletal).toHaveLength(98);
      expect(noegletal.filter((o) => byCode.get(o.municipalityCode) !== o.value)).toEqual([]);
    });
  },
);
