import {
  MUNICIPALITIES,
  CURRENT_PRICES,
  emptyParsedSource,
  findMunicipalityByName,
  type KeyFigureSighting,
  type Observation,
  type ParsedSource,
} from '../../core/index.ts';
import { DiagnosticLog } from '../diagnostic-log/index.ts';
import { keyFigureNameProblem } from '../limits.ts';
import { decodeText, readCsvRecords, type CsvRecord } from '../text/index.ts';
import { REGK31_UNIT, regk31KeyFigure } from './key-figure.ts';
import { yearsInFileName } from './year.ts';

const PRICE_UNIT = 'Pr. indbygger, løbende priser (kr.)';
const AMOUNT_TYPE = 'I alt (netto)';
const FIELDS = ['Prisenhed', 'Art', 'Funktion', 'Område', 'Beløb'] as const;

/**
 * Parses a headerless DST REGK31 export: `"Prisenhed","Art","Funktion","Område",Beløb`
 * (`,`-separated; `;` is accepted too; UTF-8 or Latin-1), net operating expenditure in kr.
 * per inhabitant, current prices. The year is not in the content, so it is taken from the
 * file name ("2024.csv"); a name without exactly one year refuses the file. Each account
 * function becomes one key figure (see `regk31KeyFigure`). "Hele landet" and region rows are
 * not municipalities: they are left out with an info diagnostic that quotes the amount.
 * DST's ".." becomes a missing observation. Other price units or amount types, unknown area
 * names, non-integer amounts and repeated (function, area) pairs refuse the file.
 * @example parseRegk31(bytes, '2024.csv').observations.length // 2450
 */
export function parseRegk31(bytes: Uint8Array, fileName: string): ParsedSource {
  const log = new DiagnosticLog(fileName);
  const year = yearOf(fileName, log);
  const { text } = decodeText(bytes, fileName);
  if (text.trim() === '') log.refuse('filen er tom', { line: 1 });
  const delimiter = /^"[^"]*";/.test(text) ? ';' : ',';
  const reader = new Regk31Reader(log, year);
  for (const record of readCsvRecords(text, fileName, delimiter)) reader.read(record, delimiter);
  reader.reportCoverage();
  return {
    ...emptyParsedSource('regk31-csv', fileName),
    // REGK31 is the municipalities' accounts, "Pr. indbygger, løbende priser (kr.)".
    priceBasis: CURRENT_PRICES,
    keyFigures: reader.keyFigures(),
    observations: reader.observations,
    diagnostics: log.finish(),
  };
}

function yearOf(fileName: string, log: DiagnosticLog): number {
  const years = yearsInFileName(fileName);
  if (years.length === 1 && years[0] !== undefined) return years[0];
  return log.refuse(
    years.length === 0
      ? 'årstallet mangler i filnavnet; en REGK31-eksport har ikke året i indholdet, så navngiv filen fx 2024.csv'
      : `flere årstal i filnavnet (${years.join(', ')}); navngiv filen med ét årstal, fx 2024.csv`,
    { field: 'filnavn', value: fileName },
  );
}

/** Reads rows one by one, keeping the figures, observations and what has been seen. */
class Regk31Reader {
  readonly observations: Observation[] = [];
  readonly #log: DiagnosticLog;
  readonly #year: number;
  readonly #figures = new Map<string, KeyFigureSighting>();
  /** Municipality codes seen per figure id, to find duplicates and gaps. */
  readonly #seen = new Map<string, Map<string, number>>();

  constructor(log: DiagnosticLog, year: number) {
    this.#log = log;
    this.#year = year;
  }

  read(record: CsvRecord, delimiter: string): void {
    const { line } = record;
    const raw = record.fields.join(delimiter);
    if (record.fields.length !== FIELDS.length) {
      return this.#log.error(
        `forkert antal felter: ${record.fields.length}, forventede 5 (${FIELDS.join(', ')})`,
        { line, value: raw },
      );
    }
    const [priceUnit = '', amountType = '', funktion = '', area = '', amount = ''] =
      record.fields.map((f) => f.trim());
    if (!sameText(priceUnit, PRICE_UNIT)) {
      return this.#log.error(`prisenheden understøttes ikke; forventede "${PRICE_UNIT}"`, {
        line,
        field: 'Prisenhed',
        value: priceUnit,
      });
    }
    if (!sameText(amountType, AMOUNT_TYPE)) {
      return this.#log.error(`arten understøttes ikke; forventede "${AMOUNT_TYPE}"`, {
        line,
        field: 'Art',
        value: amountType,
      });
    }
    const figure = this.#figure(funktion, line);
    const value = this.#amount(amount, line);
    if (!figure || value === undefined) return;
    const code = this.#municipalityCode(area, amount, line);
    if (code === undefined) return;
    const seen = this.#seen.get(figure.id) ?? new Map<string, number>();
    this.#seen.set(figure.id, seen);
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      return this.#log.error(`funktion og område står to gange (også linje ${earlier})`, {
        line,
        field: 'Område',
        value: area,
      });
    }
    seen.set(code, line);
    this.observations.push({
      keyFigureId: figure.id,
      municipalityCode: code,
      year: this.#year,
      value,
      status: value === null ? 'missing' : 'value',
      raw: amount,
    });
  }

  keyFigures(): readonly KeyFigureSighting[] {
    return [...this.#figures.values()];
  }

  /** Warns about functions that do not cover all 98 municipalities. */
  reportCoverage(): void {
    for (const [id, seen] of this.#seen) {
      const missing = MUNICIPALITIES.filter((m) => !seen.has(m.code));
      if (missing.length === 0) continue;
      this.#log.warning(`${missing.length} kommuner mangler for funktionen`, {
        field: this.#figures.get(id)?.sourceName ?? id,
        value: missing.map((m) => m.name).join(', '),
      });
    }
  }

  #figure(funktion: string, line: number): KeyFigureSighting | undefined {
    const figure = regk31KeyFigure(funktion);
    if (!figure) {
      this.#log.error('ugyldig funktion; forventede "d.dd.dd navn", fx "5.30.27 Pleje og omsorg"', {
        line,
        field: 'Funktion',
        value: funktion,
      });
      return undefined;
    }
    const tooLong = keyFigureNameProblem(figure.sourceName);
    if (tooLong !== undefined) {
      this.#log.error(tooLong, { line, field: 'Funktion', value: funktion });
      return undefined;
    }
    const known = this.#figures.get(figure.id);
    if (known && known.sourceName !== figure.sourceName) {
      this.#log.error(`funktionen står med to navne (også "${known.sourceName}")`, {
        line,
        field: 'Funktion',
        value: funktion,
      });
      return undefined;
    }
    if (!known) this.#figures.set(figure.id, figure);
    return figure;
  }

  /** The amount, null for DST's ".." (not available), undefined when it is not a number. */
  #amount(amount: string, line: number): number | null | undefined {
    if (/^-?\d+$/.test(amount)) return Number(amount);
    if (amount === '..') return null;
    this.#log.error(`beløbet er ikke et heltal (${REGK31_UNIT})`, {
      line,
      field: 'Beløb',
      value: amount,
    });
    return undefined;
  }

  #municipalityCode(area: string, amount: string, line: number): string | undefined {
    const place = { line, field: 'Område', value: area };
    if (/^hele landet$/i.test(area)) {
      this.#log.info(
        `Hele landet er ikke en kommune og springes over (landstal ${amount} ${REGK31_UNIT})`,
        place,
      );
      return undefined;
    }
    if (/^(region|landsdel)\s/i.test(area)) {
      this.#log.info(
        `${area} er ikke en kommune og springes over (${amount} ${REGK31_UNIT})`,
        place,
      );
      return undefined;
    }
    const municipality = findMunicipalityByName(area);
    if (municipality) return municipality.code;
    if (/^christians[øo]e?$/i.test(area)) {
      this.#log.warning('Christiansø er ikke en kommune og springes over', place);
    } else {
      this.#log.error('Ukendt kommunenavn', place);
    }
    return undefined;
  }
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();
  return norm(a) === norm(b);
}
