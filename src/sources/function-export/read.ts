import {
  MUNICIPALITIES,
  CURRENT_PRICES,
  emptyParsedSource,
  findMunicipalityByName,
  type KeyFigureSighting,
  type Observation,
  type ParsedSource,
  type SourceFormat,
  type YearKind,
} from '../../core/index.ts';
import { DiagnosticLog } from '../diagnostic-log/index.ts';
import { keyFigureNameProblem } from '../limits.ts';
import { decodeText, readCsvRecords, type CsvRecord } from '../text/index.ts';
import { REGK31_UNIT, regk31KeyFigure } from './key-figure.ts';
import { yearsInFileName } from './year.ts';

/** The per-inhabitant price unit of REGK31 and BUDK32, the only one read. */
export const PER_INHABITANT = 'Pr. indbygger, løbende priser (kr.)';

/** A column before the function whose text is fixed, e.g. Prisenhed or Art. */
export interface FixedColumn {
  /** Its name in messages: "Prisenhed". */
  readonly field: string;
  /** The Danish noun for "… understøttes ikke": "prisenheden". */
  readonly noun: string;
  /** The texts accepted (compared ignoring case and runs of spaces). */
  readonly accepted: readonly string[];
}

/** What sets one DST export by account function apart from another (REGK31, BUDK32). */
export interface FunctionExportSpec {
  readonly format: SourceFormat;
  /** "REGK31": the table, in messages. */
  readonly table: string;
  /** A file name to suggest when the year is missing: "2024.csv". */
  readonly exampleName: string;
  /** The area column's name in messages: "Område" (REGK31), "Kommune" (BUDK32). */
  readonly areaField: string;
  /** The fixed columns before Funktion, one list per accepted layout (told apart by count). */
  readonly layouts: readonly (readonly FixedColumn[])[];
  /** Accounts or budget: the kind of the file's year. */
  readonly yearKind: YearKind;
}

/**
 * Parses a headerless DST export by account function: the fixed columns of one of the spec's
 * layouts (`"Prisenhed","Art"` for REGK31), then `"Funktion","<area>",Beløb` (`,`-separated;
 * `;` is accepted too; UTF-8 or Latin-1), net operating expenditure in kr. per inhabitant,
 * current prices. The year is not in the content, so it is taken from the file name
 * ("2024.csv"); a name without exactly one year refuses the file. Each account function
 * becomes one key figure (see `regk31KeyFigure`), whatever the table. "Hele landet" and
 * region rows are not municipalities: they are left out with an info diagnostic that quotes
 * the amount. DST's ".." becomes a missing observation. Other fixed texts, unknown area
 * names, non-integer amounts and repeated (function, area) pairs refuse the file.
 * @example parseFunctionExport(bytes, '2024.csv', spec).observations.length // 2450 for REGK31
 */
export function parseFunctionExport(
  bytes: Uint8Array,
  fileName: string,
  spec: FunctionExportSpec,
): ParsedSource {
  const log = new DiagnosticLog(fileName);
  const year = yearOf(fileName, spec, log);
  const { text } = decodeText(bytes, fileName);
  if (text.trim() === '') log.refuse('filen er tom', { line: 1 });
  const delimiter = /^"[^"]*";/.test(text) ? ';' : ',';
  const reader = new FunctionReader(log, year, spec);
  for (const record of readCsvRecords(text, fileName, delimiter)) reader.read(record, delimiter);
  reader.reportCoverage();
  return {
    ...emptyParsedSource(spec.format, fileName),
    // Both tables are "Pr. indbygger, løbende priser (kr.)".
    priceBasis: CURRENT_PRICES,
    ...(spec.yearKind === 'accounts' ? {} : { yearKinds: new Map([[year, spec.yearKind]]) }),
    keyFigures: reader.keyFigures(),
    observations: reader.observations,
    diagnostics: log.finish(),
  };
}

function yearOf(fileName: string, spec: FunctionExportSpec, log: DiagnosticLog): number {
  const years = yearsInFileName(fileName);
  if (years.length === 1 && years[0] !== undefined) return years[0];
  return log.refuse(
    years.length === 0
      ? `årstallet mangler i filnavnet; en ${spec.table}-eksport har ikke året i indholdet, så navngiv filen fx ${spec.exampleName}`
      : `flere årstal i filnavnet (${years.join(', ')}); navngiv filen med ét årstal, fx ${spec.exampleName}`,
    { field: 'filnavn', value: fileName },
  );
}

/** Reads rows one by one, keeping the figures, observations and what has been seen. */
class FunctionReader {
  readonly observations: Observation[] = [];
  readonly #log: DiagnosticLog;
  readonly #year: number;
  readonly #spec: FunctionExportSpec;
  readonly #figures = new Map<string, KeyFigureSighting>();
  /** Municipality codes seen per figure id, to find duplicates and gaps. */
  readonly #seen = new Map<string, Map<string, number>>();

  constructor(log: DiagnosticLog, year: number, spec: FunctionExportSpec) {
    this.#log = log;
    this.#year = year;
    this.#spec = spec;
  }

  read(record: CsvRecord, delimiter: string): void {
    const { line } = record;
    const raw = record.fields.join(delimiter);
    const layout = this.#spec.layouts.find((l) => l.length + 3 === record.fields.length);
    if (!layout) {
      const counts = this.#spec.layouts.map((l) => l.length + 3).join(' eller ');
      const names = this.#spec.layouts
        .map((l) =>
          [...l.map((c) => c.field), 'Funktion', this.#spec.areaField, 'Beløb'].join(', '),
        )
        .join(' eller ');
      return this.#log.error(
        `forkert antal felter: ${record.fields.length}, forventede ${counts} (${names})`,
        { line, value: raw },
      );
    }
    const fields = record.fields.map((f) => f.trim());
    for (const [i, column] of layout.entries()) {
      const value = fields[i] ?? '';
      if (column.accepted.some((a) => sameText(value, a))) continue;
      const expected = column.accepted.map((a) => `"${a}"`).join(' eller ');
      return this.#log.error(`${column.noun} understøttes ikke; forventede ${expected}`, {
        line,
        field: column.field,
        value,
      });
    }
    const [funktion = '', area = '', amount = ''] = fields.slice(layout.length);
    const figure = this.#figure(funktion, line);
    const value = this.#amount(amount, line);
    if (!figure || value === undefined) return;
    const code = this.#municipalityCode(area, amount, line);
    if (code === undefined) return;
    const seen = this.#seen.get(figure.id) ?? new Map<string, number>();
    this.#seen.set(figure.id, seen);
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      return this.#log.error(
        `funktion og ${this.#spec.areaField.toLowerCase()} står to gange (også linje ${earlier})`,
        {
          line,
          field: this.#spec.areaField,
          value: area,
        },
      );
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
    const place = { line, field: this.#spec.areaField, value: area };
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
