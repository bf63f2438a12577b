import {
  findMunicipality,
  findMunicipalityByName,
  isChristiansoe,
  normaliseMunicipalityCode,
  type Diagnostic,
  type Municipality,
  type Observation,
  type RowNote,
} from '../../core/index.ts';
import { keyFigureNameProblem } from '../limits.ts';
import { parseNoegletalCell, type RawCell } from './cell.ts';
import { keyFigureIdFor } from './key-figure-id.ts';
import { splitNotes } from './title.ts';

/** One row of the export with its 1-based line (CSV) or row (XLSX) number. */
export interface SourceRow {
  readonly line: number;
  readonly cells: readonly RawCell[];
}

/** A key figure's block: its title line and what its municipality rows held. */
export interface Block {
  readonly title: string;
  readonly titleLine: number;
  readonly id: string;
  readonly noteNumbers: number[];
  readonly codes: Set<string>;
  rows: number;
  hasBoolean: boolean;
  hasNumber: boolean;
  /** The sum of the municipalities' values by year (index in the header's years). */
  readonly sums: (number | undefined)[];
}

/** Where the steps of one parse report: the errors (refusing the file) and the warnings. */
export interface Report {
  readonly file: string;
  readonly errors: readonly Diagnostic[];
  readonly warnings: Diagnostic[];
  /** Records an error (only the first few are kept). */
  readonly fail: (d: Omit<Diagnostic, 'severity' | 'file'>) => void;
}

/** What the body of the export holds: the blocks, their values, and where the legend starts. */
export interface Body {
  readonly blocks: Block[];
  readonly observations: Observation[];
  readonly rowNotes: RowNote[];
  /** The index of the "Tegnforklaring" row, or -1 when the file ends before it. */
  legendIndex: number;
  /** The block being read: the last one when the body is read. */
  last: Block | undefined;
}

const AGGREGATE_LABELS = new Set(['Gennemsnit', 'I alt', 'Landsgennemsnit']);

/** A cell's text, trimmed ('' for an empty cell). */
export const cellText = (c: RawCell): string =>
  c === null || c === undefined ? '' : String(c).trim();
const isBlank = (row: SourceRow): boolean => row.cells.every((c) => cellText(c) === '');

/**
 * Reads the rows after the header up to the legend: a row without a code opens a block (a key
 * figure's title) or is an aggregate ("Gennemsnit", "I alt") of the block above; a row with a
 * code is a municipality's values in the header's years.
 */
export function readBody(
  rows: readonly SourceRow[],
  headerIndex: number,
  years: readonly number[],
  report: Report,
): Body {
  const body: Body = {
    blocks: [],
    observations: [],
    rowNotes: [],
    legendIndex: -1,
    last: undefined,
  };
  const codeOfName = nameLookup();
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const row = rows[i] as SourceRow;
    const first = cellText(row.cells[0]);
    if (first.startsWith('Tegnforklaring')) {
      body.legendIndex = i;
      break;
    }
    if (isBlank(row)) continue;
    const code = cellText(row.cells[1]);
    if (code === '') {
      const { label, noteNumbers } = splitNotes(first);
      if (AGGREGATE_LABELS.has(label))
        readAggregateRow(body.last, row, first, label, noteNumbers, years, report);
      else body.last = openBlock(body, row, label, noteNumbers, report);
      continue;
    }
    if (!body.last) {
      report.fail({
        line: row.line,
        value: first,
        message: 'kommunerække før det første nøgletal',
      });
      continue;
    }
    readMunicipalityRow(body, body.last, row, first, code, years, report, codeOfName);
  }
  return body;
}

/** Every municipality's name comes once per key figure: each name is looked up once. */
function nameLookup(): (name: string) => string | undefined {
  const codeByName = new Map<string, string | undefined>();
  return (name) => {
    if (!codeByName.has(name)) codeByName.set(name, findMunicipalityByName(name)?.code);
    return codeByName.get(name);
  };
}

/** An aggregate row: its notes go to the block above, and "I alt" is checked against the sum. */
function readAggregateRow(
  block: Block | undefined,
  row: SourceRow,
  first: string,
  label: string,
  noteNumbers: readonly number[],
  years: readonly number[],
  report: Report,
): void {
  if (!block) {
    report.fail({
      line: row.line,
      value: first,
      message: 'gennemsnitsrække uden et nøgletal over sig',
    });
    return;
  }
  block.noteNumbers.push(...noteNumbers);
  if (label === 'I alt') checkTotal(block, row, years, report);
}

/** A title row: closes the block above (refused when it had no rows) and opens a new one. */
function openBlock(
  body: Body,
  row: SourceRow,
  label: string,
  noteNumbers: readonly number[],
  report: Report,
): Block {
  checkHasRows(body.last, report);
  const block: Block = {
    title: label,
    titleLine: row.line,
    id: keyFigureIdFor(label),
    noteNumbers: [...noteNumbers],
    codes: new Set(),
    rows: 0,
    hasBoolean: false,
    hasNumber: false,
    sums: [],
  };
  const tooLong = keyFigureNameProblem(label);
  if (tooLong !== undefined) report.fail({ line: row.line, value: label, message: tooLong });
  if (body.blocks.some((b) => b.id === block.id)) {
    report.fail({ line: row.line, value: label, message: 'nøgletallet optræder to gange i filen' });
  }
  body.blocks.push(block);
  return block;
}

/** Refuses a block that ended without a municipality row. */
export function checkHasRows(block: Block | undefined, report: Report): void {
  if (block && block.rows === 0) {
    report.fail({
      line: block.titleLine,
      value: block.title,
      message: 'nøgletallet har ingen kommunerækker',
    });
  }
}

/** A municipality's row: its code checked against the name, its notes, then its values. */
function readMunicipalityRow(
  body: Body,
  block: Block,
  row: SourceRow,
  first: string,
  code: string,
  years: readonly number[],
  report: Report,
  codeOfName: (name: string) => string | undefined,
): void {
  const found = municipalityOf(block, row, code, report);
  if (!found) return;
  const { normalised, municipality } = found;
  block.codes.add(normalised);
  block.rows++;
  const { label: name, noteNumbers } = splitNotes(first);
  if (codeOfName(name) !== normalised) {
    report.warnings.push({
      severity: 'warning',
      file: report.file,
      line: row.line,
      field: 'navn',
      value: name,
      message: `navnet passer ikke til kommunekode ${normalised} (${municipality.name})`,
    });
  }
  if (noteNumbers.length)
    body.rowNotes.push({ keyFigureId: block.id, municipalityCode: normalised, noteNumbers });
  readValues(body, block, row, first, normalised, years, report);
}

/**
 * The municipality of a row's code, or undefined when the row is skipped: an invalid, unknown
 * or repeated code (an error), or Christiansø (not a municipality; a note).
 */
function municipalityOf(
  block: Block,
  row: SourceRow,
  code: string,
  report: Report,
): { normalised: string; municipality: Municipality } | undefined {
  const normalised = normaliseMunicipalityCode(code);
  if (normalised === undefined) {
    report.fail({ line: row.line, field: 'Kom.nr', value: code, message: 'ugyldig kommunekode' });
    return undefined;
  }
  if (isChristiansoe(normalised)) {
    report.warnings.push({
      severity: 'info',
      file: report.file,
      line: row.line,
      field: 'Kom.nr',
      value: code,
      message: 'Christiansø er ikke en kommune; rækken er sprunget over',
    });
    return undefined;
  }
  const municipality = findMunicipality(normalised);
  if (!municipality) {
    report.fail({ line: row.line, field: 'Kom.nr', value: code, message: 'ukendt kommunekode' });
    return undefined;
  }
  if (block.codes.has(normalised)) {
    report.fail({
      line: row.line,
      field: 'Kom.nr',
      value: code,
      message: `kommunen står to gange under "${block.title}"`,
    });
    return undefined;
  }
  return { normalised, municipality };
}

/**
 * A municipality's values, one per header year: refused when the row is short, has values
 * beyond the last year, or a cell that is neither a number nor a known sign.
 */
function readValues(
  body: Body,
  block: Block,
  row: SourceRow,
  first: string,
  municipalityCode: string,
  years: readonly number[],
  report: Report,
): void {
  const valueCells = row.cells.length - 2;
  if (valueCells < years.length) {
    report.fail({
      line: row.line,
      value: first,
      message: `rækken har ${Math.max(valueCells, 0)} værdier, overskriften ${years.length} år (afkortet fil?)`,
    });
    return;
  }
  for (let c = years.length + 2; c < row.cells.length; c++) {
    if (cellText(row.cells[c]) !== '') {
      report.fail({
        line: row.line,
        field: `kolonne ${c + 1}`,
        value: cellText(row.cells[c]),
        message: 'værdi uden årstal i overskriften',
      });
    }
  }
  for (let y = 0; y < years.length; y++) {
    const year = years[y] as number;
    const parsed = parseNoegletalCell(row.cells[y + 2]);
    if (!parsed.ok) {
      report.fail({
        line: row.line,
        field: String(year),
        value: parsed.raw,
        message:
          parsed.raw === '' ? 'tom celle' : 'ikke et tal eller et kendt tegn (-, M, U, JA, NEJ)',
      });
      continue;
    }
    if (parsed.boolean) block.hasBoolean = true;
    else if (parsed.status === 'value' && parsed.raw !== '-') block.hasNumber = true;
    if (parsed.value !== null) block.sums[y] = (block.sums[y] ?? 0) + parsed.value;
    body.observations.push({
      keyFigureId: block.id,
      municipalityCode,
      year,
      value: parsed.value,
      status: parsed.status,
      raw: parsed.raw,
    });
  }
}

/** Notes an "I alt" row that differs from the sum of the municipalities by more than 0.5. */
function checkTotal(block: Block, row: SourceRow, years: readonly number[], report: Report): void {
  years.forEach((year, y) => {
    const parsed = parseNoegletalCell(row.cells[y + 2]);
    if (!parsed.ok || parsed.value === null) return;
    const sum = block.sums[y];
    if (sum !== undefined && Math.abs(sum - parsed.value) > 0.5 + 1e-9 * Math.abs(sum)) {
      report.warnings.push({
        severity: 'info',
        file: report.file,
        line: row.line,
        field: String(year),
        value: parsed.raw,
        message: `"I alt" for ${block.title} er ${parsed.raw}, men kommunerne summerer til ${sum}`,
      });
    }
  });
}
