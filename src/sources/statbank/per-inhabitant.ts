import {
  findMunicipality,
  isChristiansoe,
  type CodeSelector,
  type KeyFigure,
  type KeyFigureSighting,
  type Observation,
  type SeriesRow,
  type StatbankTableId,
  type YearKind,
} from '../../core/index.ts';
import { regk31KeyFigure } from '../regk31/index.ts';
import { findVariable, type TableInfo } from './tableinfo.ts';

/** PRISENHED "Pr. indbygger, løbende priser (kr.)", the unit of the REGK31/BUDK32 exports. */
export const PER_INHABITANT_UNIT = 'INDL';

/** `regk31-5-30-27` → "53027", the function's code in REGK31 and BUDK32. */
const FUNCTION_ID = /^regk31-(\d)-(\d\d)-(\d\d)$/;

/**
 * What a BUDK32 request selects: net (ART TOT) operating (DRANST 1) per inhabitant (INDL),
 * as REGK31 is fetched, for the functions of the catalogue's `regk31-<function>` figures and
 * those its formulas read from REGK31. The functions are given as full-length prefixes, so a
 * function BUDK32 lacks (its list is shorter than REGK31's) is left out instead of refusing
 * the fetch; DRANST, ART and PRISENHED must exist.
 * @example budk32Selectors(CATALOGUE, formulaSelectors).get('DRANST') // ['1']
 */
export function budk32Selectors(
  catalogue: readonly KeyFigure[],
  regk31: ReadonlyMap<string, readonly CodeSelector[]>,
): Map<string, CodeSelector[]> {
  const functions: CodeSelector[] = [...(regk31.get('FUNKTION') ?? [])];
  for (const k of catalogue) {
    const m = FUNCTION_ID.exec(k.id);
    if (m) functions.push({ prefix: `${m[1]}${m[2]}${m[3]}`, length: 5 });
  }
  const lenient = functions.map((s) =>
    typeof s === 'string' ? { prefix: s, length: s.length } : s,
  );
  return new Map<string, CodeSelector[]>([
    ['FUNKTION', lenient],
    ['DRANST', ['1']],
    ['ART', ['TOT']],
    ['PRISENHED', [PER_INHABITANT_UNIT]],
  ]);
}

/** "53027" → "5.30.27". */
function dottedFunction(code: string): string {
  return `${code.slice(0, 1)}.${code.slice(1, 3)}.${code.slice(3, 5)}`;
}

/**
 * REGK31 or BUDK32 per inhabitant (INDL) as the `regk31-<function>` figures the REGK31 and
 * BUDK32 importers make; budget rows carry their year kind. Rows of other units, of the
 * whole country or of function groups are left out.
 */
export function functionsPerInhabitant(
  rows: readonly SeriesRow[],
  info: TableInfo | undefined,
  table: StatbankTableId,
  yearKind: YearKind,
): { sightings: KeyFigureSighting[]; observations: Observation[] } {
  const texts = new Map(
    (info ? (findVariable(info, 'FUNKTION')?.values ?? []) : []).map((v) => [v.id, v.text]),
  );
  const sightings = new Map<string, KeyFigureSighting>();
  const observations: Observation[] = [];
  for (const r of rows) {
    if (r.table !== table || r.codes['PRISENHED'] !== PER_INHABITANT_UNIT) continue;
    const f = r.codes['FUNKTION'] ?? '';
    const municipality = r.codes['OMRÅDE'] ?? '';
    if (!/^\d{5}$/.test(f) || !findMunicipality(municipality) || isChristiansoe(municipality))
      continue;
    const text = texts.get(f) ?? '';
    const sighting = regk31KeyFigure(
      /^\d\.\d\d\.\d\d\s/.test(text) ? text : `${dottedFunction(f)} ${text || f}`,
    );
    if (!sighting) continue;
    sightings.set(sighting.id, sighting);
    observations.push({
      keyFigureId: sighting.id,
      municipalityCode: municipality,
      year: Number((r.codes['TID'] ?? '').slice(0, 4)),
      value: r.value,
      status: r.value === null ? 'missing' : 'value',
      raw: r.value === null ? '..' : String(r.value),
      ...(yearKind === 'accounts' ? {} : { yearKind }),
    });
  }
  return { sightings: [...sightings.values()], observations };
}
