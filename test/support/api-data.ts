// The real data the HTTP API tests serve: the full nøgletal export, the DAGI municipalities and
// DST's classification (for landsdele), parsed from ../shared/data/raw. Imported once per test
// run by test/setup/real-data-global.ts; test files take a copy (test/support/real-data.ts).
import { readFileSync } from 'node:fs';
import { applyImport, type Database, type ImportMeta } from '../../src/db/index.ts';
import {
  parseDagiTopojson,
  parseDstClassification,
  parseNoegletalCsv,
} from '../../src/sources/index.ts';
import { FULL_EXPORT_BASIS } from './price-basis.ts';
import { rawDataPath } from './shared-data.ts';

const read = (...p: string[]) => new Uint8Array(readFileSync(rawDataPath(...p)));

let parsed: ReturnType<typeof parseAll> | undefined;

function parseAll() {
  return {
    noegletal: parseNoegletalCsv(
      read('noegletal-wdmdev', 'full_noegletal.csv'),
      'full_noegletal.csv',
    ),
    kommuner: parseDagiTopojson(
      read('dagi-neogeografen', 'kommuner.topojson'),
      'kommuner.topojson',
    ),
    classification: parseDstClassification(
      read('dst-kommuneinddeling-asgeringemann', 'csv_da.csv'),
      'csv_da.csv',
    ),
  };
}

/** The three parsed sources (parsed on first use). */
export function apiSources(): ReturnType<typeof parseAll> {
  parsed ??= parseAll();
  return parsed;
}

const meta = (fileName: string): ImportMeta => ({
  fileName,
  sha256: fileName.length.toString(16).padStart(64, '0'),
  byteSize: 1,
  importedAt: new Date(0),
  priceBasis: FULL_EXPORT_BASIS,
});

/** Imports the full nøgletal export alone into `db` (in fixed 2010 prices). */
export async function importNoegletalData(db: Database): Promise<void> {
  await applyImport(db, apiSources().noegletal, meta('full_noegletal.csv'));
}

/** Imports the municipalities' geometry and DST's classification into `db`. */
export async function importReferenceData(db: Database): Promise<void> {
  const { kommuner, classification } = apiSources();
  await applyImport(db, kommuner, meta('kommuner.topojson'));
  await applyImport(db, classification, meta('csv_da.csv'));
}

/** Imports the three sources into `db` (the full export in fixed 2010 prices). */
export async function importApiData(db: Database): Promise<void> {
  await importNoegletalData(db);
  await importReferenceData(db);
}
