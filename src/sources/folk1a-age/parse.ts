import {
  MUNICIPALITIES,
  emptyParsedSource,
  findMunicipalityByName,
  nameKey,
  type Observation,
  type ParsedSource,
} from '../../core/index.ts';
import { DiagnosticLog } from '../diagnostic-log/index.ts';
import { decodeText, readCsvRecords } from '../text/index.ts';
import { catalogueAgeGroups } from './age-groups.ts';
import { readAreaBlocks, type AreaBlock } from './blocks.ts';
import { ageShareObservations, sumAges } from './shares.ts';
import { folk1aYear } from './year.ts';

/** The key figure that the sum over all ages must equal. */
const POPULATION_ID = 'indbyggertal';
type ExpectedTotal = NonNullable<ParsedSource['expectedTotals']>[number];

/**
 * Parses a headerless DST FOLK1A export of the population by area and single year of age:
 * rows `"<area>";"<age> år";<count>` (`;`-separated, Latin-1 or UTF-8), one block of the ages
 * 0..125 per area, as in `dst-folk1a-2021-alder-pandemix` (PROVENANCE.md §11). A file may hold
 * part of the country (DST exports come in parts): the municipalities it lacks are an info.
 *
 * It emits, per municipality, the catalogue's age-group shares in per cent (see
 * `catalogueAgeGroups`), at full precision, and as `expectedTotals` the sum over all ages,
 * which must equal the stored `indbyggertal` of the year (checked by the database). The file
 * does not state its date: the year comes from the file name, else 2021 (see `folk1aYear`).
 * Christiansø and national or regional rows are not municipalities: left out as info. An
 * unknown area name, a municipality in two blocks, a bad row or an incomplete block refuses the
 * whole file, naming file, line and value.
 * @example parseFolk1aAge(bytes, 'DKfolketal2021_Statistikbanken_Del1.csv').observations.length // 54 × 18
 */
export function parseFolk1aAge(bytes: Uint8Array, fileName: string): ParsedSource {
  const log = new DiagnosticLog(fileName);
  const year = folk1aYear(fileName, log);
  const { text } = decodeText(bytes, fileName);
  if (text.trim() === '') log.refuse('filen er tom', { line: 1 });
  const blocks = readAreaBlocks(readCsvRecords(text, fileName, ';'), log);
  const groups = catalogueAgeGroups();
  const observations: Observation[] = [];
  const expectedTotals: ExpectedTotal[] = [];
  const seen = new Map<string, AreaBlock>();
  for (const block of blocks) {
    const code = municipalityCode(block, log);
    if (code === undefined) continue;
    const earlier = seen.get(code);
    if (earlier) {
      log.error(`kommunen står to gange (også fra linje ${earlier.line}, "${earlier.name}")`, {
        line: block.line,
        field: 'Område',
        value: block.name,
      });
      continue;
    }
    seen.set(code, block);
    if (!block.counts) continue;
    const total = sumAges(block.counts, 0, block.counts.length - 1);
    if (total === 0) {
      log.error('kommunen har 0 indbyggere, så andelene kan ikke beregnes', {
        line: block.line,
        field: 'Område',
        value: block.name,
      });
      continue;
    }
    observations.push(...ageShareObservations(block.counts, code, year, groups));
    expectedTotals.push({ keyFigureId: POPULATION_ID, municipalityCode: code, year, value: total });
  }
  const absent = MUNICIPALITIES.filter((m) => !seen.has(m.code));
  if (absent.length > 0) {
    log.info(`filen dækker ${seen.size} af ${MUNICIPALITIES.length} kommuner`, {
      field: 'Område',
      value: absent.map((m) => m.name).join(', '),
    });
  }
  return {
    ...emptyParsedSource('folk1a-age-csv', fileName),
    keyFigures: groups.map((g) => g.sighting),
    observations,
    expectedTotals,
    diagnostics: log.finish(),
  };
}

const CHRISTIANSOE = nameKey('Christiansø');

/** The block's municipality code, or undefined (with info or error) when it is not one. */
function municipalityCode(block: AreaBlock, log: DiagnosticLog): string | undefined {
  const place = { line: block.line, field: 'Område', value: block.name };
  const persons = block.counts
    ? ` (${sumAges(block.counts, 0, block.counts.length - 1)} indbyggere)`
    : '';
  if (nameKey(block.name) === CHRISTIANSOE) {
    log.info(`Christiansø er ikke en kommune og springes over${persons}`, place);
    return undefined;
  }
  if (/^(hele landet|(region|landsdel)\s.*)$/i.test(block.name)) {
    log.info(`${block.name} er ikke en kommune og springes over${persons}`, place);
    return undefined;
  }
  const municipality = findMunicipalityByName(block.name);
  if (!municipality) log.error('Ukendt kommunenavn', place);
  return municipality?.code;
}
