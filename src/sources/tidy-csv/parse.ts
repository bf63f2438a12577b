import {
  emptyParsedSource,
  findMunicipality,
  isChristiansoe,
  normaliseMunicipalityCode,
  YEAR_KINDS,
  YEAR_KIND_DA,
  YEAR_KIND_EN,
  type KeyFigureSighting,
  type YearKind,
  type Observation,
  type ParsedSource,
} from '../../core/index.ts';
import { DiagnosticLog } from '../diagnostic-log/index.ts';
import { keyFigureNameProblem } from '../limits.ts';
import { decodeText, readCsvRecords, type CsvRecord } from '../text/index.ts';
import { tidyHeader } from './header.ts';
import { tidyKeyFigure } from './key-figure.ts';
import {
  decimalSeparatorOf,
  looksLikeThousands,
  parseTidyValue,
  type DecimalSeparator,
  type TidyValue,
} from './value.ts';

/**
 * Parses a tidy CSV, `municipality_code;year;key_figure;value` (the header is required;
 * `,` is accepted when the header uses it), optionally with a last column `year_kind`:
 * `regnskab`/`accounts`, `budget` or `skøn`/`estimate` (any case), so one file can hold the
 * accounts and the budget of the same year; without the column every row is accounts.
 * key_figure is an id or a name (see `tidyKeyFigure`); values use a decimal point or a
 * decimal comma (one convention per file, see `decimalSeparatorOf`), with empty/`M`/`..`
 * missing and `U` undefined. Christiansø (411) rows are skipped with a warning. An unknown
 * municipality code, a year outside 1900-2100, a value that is not a number, an unknown year
 * kind or a repeated (municipality, year, key figure, year kind) refuses the file, naming
 * line and value.
 * @example parseTidyCsv(bytes, 'flis.csv').observations[0] // { keyFigureId: 'udgift-pr-elev', municipalityCode: '101', year: 2023, value: 81234.5, … }
 */
export function parseTidyCsv(bytes: Uint8Array, fileName: string): ParsedSource {
  const { text } = decodeText(bytes, fileName);
  const log = new DiagnosticLog(fileName);
  if (text.trim() === '') log.refuse('filen er tom', { line: 1 });
  const { separator, columns } = tidyHeader(text.split(/\r?\n|\r/, 1)[0] ?? '', log);
  const [header, ...records] = readCsvRecords(text, fileName, separator);
  // Spreadsheets export blank rows as ";;;": they hold nothing to report.
  const rows = records.filter((r) => r.fields.some((f) => f.trim() !== ''));
  if (rows.length === 0) log.refuse('overskrift, men ingen rækker', { line: header?.line ?? 1 });
  const decimal = decimalSeparatorOf(rows.map((r) => r.fields[3] ?? ''));
  const reader = new TidyReader(log, separator, decimal, columns.length);
  for (const row of rows) reader.read(row);
  return {
    ...emptyParsedSource('tidy-csv', fileName),
    keyFigures: [...reader.figures.values()],
    observations: reader.observations,
    diagnostics: log.finish(),
  };
}

/** The words of the year_kind column, Danish and English. */
const YEAR_KIND_WORDS: ReadonlyMap<string, YearKind> = new Map([
  ...YEAR_KINDS.map((k) => [YEAR_KIND_DA[k], k] as const),
  ...YEAR_KINDS.map((k) => [YEAR_KIND_EN[k], k] as const),
]);

class TidyReader {
  readonly figures = new Map<string, KeyFigureSighting>();
  readonly observations: Observation[] = [];
  readonly #log: DiagnosticLog;
  readonly #separator: string;
  readonly #decimal: DecimalSeparator;
  /** 4, or 5 with the year_kind column. */
  readonly #columns: number;
  #warnedThousands = false;
  /** Line of each (municipality, year, key figure, kind) seen, to name both lines of a duplicate. */
  readonly #seen = new Map<string, number>();
  /** Names that gave the id of an earlier, differently written name (reported once each). */
  readonly #aliases = new Set<string>();

  constructor(log: DiagnosticLog, separator: string, decimal: DecimalSeparator, columns: number) {
    this.#log = log;
    this.#separator = separator;
    this.#decimal = decimal;
    this.#columns = columns;
  }

  read({ line, fields }: CsvRecord): void {
    if (fields.length !== this.#columns) {
      const hint =
        this.#separator === ',' && fields.length > this.#columns
          ? '; et decimalkomma i en kommasepareret fil skal stå i anførselstegn'
          : '';
      return this.#log.error(
        `forkert antal felter: ${fields.length}, forventede ${this.#columns}${hint}`,
        {
          line,
          value: fields.join(this.#separator),
        },
      );
    }
    const [rawCode = '', rawYear = '', rawFigure = '', rawValue = '', rawKind] = fields.map((f) =>
      f.trim(),
    );
    const code = this.#code(rawCode, line);
    const year = this.#year(rawYear, line);
    const figure = this.#figure(rawFigure, line);
    const value = this.#value(rawValue, line);
    const kind = rawKind === undefined ? undefined : this.#kind(rawKind, line);
    if (code === undefined || year === undefined || !figure || !value) return;
    if (rawKind !== undefined && kind === undefined) return;
    const key = `${code}|${year}|${figure.id}|${kind ?? ''}`;
    const earlier = this.#seen.get(key);
    if (earlier !== undefined) {
      const what =
        kind === undefined ? 'kommune, år og nøgletal' : 'kommune, år, nøgletal og årstype';
      return this.#log.error(`${what} står to gange (også linje ${earlier})`, {
        line,
        value: fields.join(this.#separator),
      });
    }
    this.#seen.set(key, line);
    this.observations.push({
      keyFigureId: figure.id,
      municipalityCode: code,
      year,
      ...value,
      raw: rawValue,
      ...(kind === undefined ? {} : { yearKind: kind }),
    });
  }

  #kind(raw: string, line: number): YearKind | undefined {
    const kind = YEAR_KIND_WORDS.get(raw.toLowerCase());
    if (kind) return kind;
    this.#log.error('ukendt årstype; skriv regnskab (accounts), budget eller skøn (estimate)', {
      line,
      field: 'year_kind',
      value: raw,
    });
    return undefined;
  }

  #value(raw: string, line: number): TidyValue | undefined {
    const value = parseTidyValue(raw, this.#decimal);
    if (!value) {
      const hint =
        this.#decimal === ',' ? 'filen bruger decimalkomma' : 'filen bruger decimalpunktum';
      this.#log.error(`ikke et tal (${hint})`, { line, field: 'value', value: raw });
    } else if (this.#decimal === '.' && looksLikeThousands(raw) && !this.#warnedThousands) {
      this.#warnedThousands = true;
      this.#log.warning(
        `punktum er læst som decimaltegn (${raw} = ${value.value}); står det for tusinder, så skriv tallet uden punktum`,
        { line, field: 'value', value: raw },
      );
    }
    return value;
  }

  #code(raw: string, line: number): string | undefined {
    const place = { line, field: 'municipality_code', value: raw };
    const code = normaliseMunicipalityCode(raw);
    if (code !== undefined && isChristiansoe(code)) {
      this.#log.warning('Christiansø er ikke en kommune; rækken springes over', place);
      return undefined;
    }
    if (code !== undefined && findMunicipality(code)) return code;
    this.#log.error('Ukendt kommunekode', place);
    return undefined;
  }

  #year(raw: string, line: number): number | undefined {
    const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
    if (year >= 1900 && year <= 2100) return year;
    this.#log.error('året skal være et firecifret årstal fra 1900 til 2100', {
      line,
      field: 'year',
      value: raw,
    });
    return undefined;
  }

  #figure(raw: string, line: number): KeyFigureSighting | undefined {
    const figure = tidyKeyFigure(raw);
    if (!figure) {
      this.#log.error('nøgletallet mangler et navn eller id', {
        line,
        field: 'key_figure',
        value: raw,
      });
      return undefined;
    }
    const tooLong = keyFigureNameProblem(figure.sourceName);
    if (tooLong !== undefined) {
      this.#log.error(tooLong, { line, field: 'key_figure', value: raw });
      return undefined;
    }
    const known = this.figures.get(figure.id);
    if (!known) {
      this.figures.set(figure.id, figure);
    } else if (known.sourceName !== figure.sourceName && !this.#aliases.has(figure.sourceName)) {
      this.#aliases.add(figure.sourceName);
      this.#log.info(`samme nøgletal som "${known.sourceName}" (id ${figure.id})`, {
        line,
        field: 'key_figure',
        value: raw,
      });
    }
    return known ?? figure;
  }
}
