import {
  InvalidFileError,
  findMunicipality,
  findMunicipalityByName,
  isChristiansoe,
  normaliseMunicipalityCode,
  yearKindInExport,
  type Diagnostic,
  type KeyFigureSighting,
  type Observation,
  type ParsedSource,
  type RowNote,
  type SourceFormat,
  type SourceNote,
} from '../../core/index.ts';
import { keyFigureNameProblem } from '../limits.ts';
import { parseNoegletalCell, type RawCell } from './cell.ts';
import { keyFigureIdFor } from './key-figure-id.ts';
import { discontinuedAfter, exportDate, splitNotes } from './title.ts';

/** One row of the export with its 1-based line (CSV) or row (XLSX) number. */
export interface SourceRow {
  readonly line: number;
  readonly cells: readonly RawCell[];
}

const MAX_ERRORS = 20;
const AGGREGATE_LABELS = new Set(['Gennemsnit', 'I alt', 'Landsgennemsnit']);

const text = (c: RawCell): string => (c === null || c === undefined ? '' : String(c).trim());
const isBlank = (row: SourceRow): boolean => row.cells.every((c) => text(c) === '');

interface Block {
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

/**
 * Parses the rows of a De Kommunale Nøgletal export (the same layout in CSV and XLSX): a
 * `;Kom.nr;1993;…` header, blocks of a title line and one row per municipality, optional
 * "Gennemsnit"/"I alt" rows, then the legend ("Tegnforklaring") and numbered notes.
 * Throws InvalidFileError naming line and value for anything it cannot read faithfully.
 */
export function parseNoegletalRows(
  rows: readonly SourceRow[],
  file: string,
  format: SourceFormat,
): ParsedSource {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const fail = (d: Omit<Diagnostic, 'severity' | 'file'>): void => {
    if (errors.length < MAX_ERRORS) errors.push({ severity: 'error', file, ...d });
  };

  const headerIndex = rows.slice(0, 12).findIndex((r) => text(r.cells[1]) === 'Kom.nr');
  if (headerIndex < 0) {
    throw new InvalidFileError([
      {
        severity: 'error',
        file,
        line: rows[0]?.line ?? 1,
        message:
          'ikke en eksport fra De Kommunale Nøgletal: kolonneoverskriften "Kom.nr" mangler i de første linjer',
      },
    ]);
  }
  const header = rows[headerIndex] as SourceRow;
  const years: number[] = [];
  for (let c = 2; c < header.cells.length; c++) {
    const t = text(header.cells[c]);
    if (t === '') continue;
    if (!/^\d{4}$/.test(t) || c !== years.length + 2) {
      fail({
        line: header.line,
        field: `kolonne ${c + 1}`,
        value: t,
        message: 'ugyldigt årstal i overskriften',
      });
      continue;
    }
    years.push(Number(t));
  }
  if (years.length === 0) {
    fail({ line: header.line, message: 'overskriften har ingen årstal' });
  }

  const blocks: Block[] = [];
  const observations: Observation[] = [];
  const rowNotes: RowNote[] = [];
  let current: Block | undefined;
  let legendIndex = -1;
  // Every municipality's name comes once per key figure: look each name up once.
  const codeByName = new Map<string, string | undefined>();
  const codeOfName = (name: string): string | undefined => {
    if (!codeByName.has(name)) codeByName.set(name, findMunicipalityByName(name)?.code);
    return codeByName.get(name);
  };

  for (let i = headerIndex + 1; i < rows.length; i++) {
    const row = rows[i] as SourceRow;
    const first = text(row.cells[0]);
    if (first.startsWith('Tegnforklaring')) {
      legendIndex = i;
      break;
    }
    if (isBlank(row)) continue;
    const code = text(row.cells[1]);
    if (code === '') {
      const { label, noteNumbers } = splitNotes(first);
      if (AGGREGATE_LABELS.has(label)) {
        if (!current) {
          fail({
            line: row.line,
            value: first,
            message: 'gennemsnitsrække uden et nøgletal over sig',
          });
          continue;
        }
        current.noteNumbers.push(...noteNumbers);
        if (label === 'I alt') checkTotal(current, row, years, file, warnings);
        continue;
      }
      if (current && current.rows === 0) {
        fail({
          line: current.titleLine,
          value: current.title,
          message: 'nøgletallet har ingen kommunerækker',
        });
      }
      current = {
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
      if (tooLong !== undefined) fail({ line: row.line, value: label, message: tooLong });
      if (blocks.some((b) => b.id === current?.id)) {
        fail({ line: row.line, value: label, message: 'nøgletallet optræder to gange i filen' });
      }
      blocks.push(current);
      continue;
    }
    if (!current) {
      fail({ line: row.line, value: first, message: 'kommunerække før det første nøgletal' });
      continue;
    }
    const normalised = normaliseMunicipalityCode(code);
    if (normalised === undefined) {
      fail({ line: row.line, field: 'Kom.nr', value: code, message: 'ugyldig kommunekode' });
      continue;
    }
    if (isChristiansoe(normalised)) {
      warnings.push({
        severity: 'info',
        file,
        line: row.line,
        field: 'Kom.nr',
        value: code,
        message: 'Christiansø er ikke en kommune; rækken er sprunget over',
      });
      continue;
    }
    const municipality = findMunicipality(normalised);
    if (!municipality) {
      fail({ line: row.line, field: 'Kom.nr', value: code, message: 'ukendt kommunekode' });
      continue;
    }
    if (current.codes.has(normalised)) {
      fail({
        line: row.line,
        field: 'Kom.nr',
        value: code,
        message: `kommunen står to gange under "${current.title}"`,
      });
      continue;
    }
    current.codes.add(normalised);
    current.rows++;
    const { label: name, noteNumbers } = splitNotes(first);
    if (codeOfName(name) !== normalised) {
      warnings.push({
        severity: 'warning',
        file,
        line: row.line,
        field: 'navn',
        value: name,
        message: `navnet passer ikke til kommunekode ${normalised} (${municipality.name})`,
      });
    }
    if (noteNumbers.length)
      rowNotes.push({ keyFigureId: current.id, municipalityCode: normalised, noteNumbers });

    const valueCells = row.cells.length - 2;
    if (valueCells < years.length) {
      fail({
        line: row.line,
        value: first,
        message: `rækken har ${Math.max(valueCells, 0)} værdier, overskriften ${years.length} år (afkortet fil?)`,
      });
      continue;
    }
    for (let c = years.length + 2; c < row.cells.length; c++) {
      if (text(row.cells[c]) !== '') {
        fail({
          line: row.line,
          field: `kolonne ${c + 1}`,
          value: text(row.cells[c]),
          message: 'værdi uden årstal i overskriften',
        });
      }
    }
    for (let y = 0; y < years.length; y++) {
      const year = years[y] as number;
      const parsed = parseNoegletalCell(row.cells[y + 2]);
      if (!parsed.ok) {
        fail({
          line: row.line,
          field: String(year),
          value: parsed.raw,
          message:
            parsed.raw === '' ? 'tom celle' : 'ikke et tal eller et kendt tegn (-, M, U, JA, NEJ)',
        });
        continue;
      }
      if (parsed.boolean) current.hasBoolean = true;
      else if (parsed.status === 'value' && parsed.raw !== '-') current.hasNumber = true;
      if (parsed.value !== null) current.sums[y] = (current.sums[y] ?? 0) + parsed.value;
      observations.push({
        keyFigureId: current.id,
        municipalityCode: normalised,
        year,
        value: parsed.value,
        status: parsed.status,
        raw: parsed.raw,
      });
    }
  }

  if (current && current.rows === 0) {
    fail({
      line: current.titleLine,
      value: current.title,
      message: 'nøgletallet har ingen kommunerækker',
    });
  }
  for (const b of blocks) {
    if (b.hasBoolean && b.hasNumber) {
      fail({ line: b.titleLine, value: b.title, message: 'nøgletallet blander JA/NEJ og tal' });
    }
  }
  if (legendIndex < 0) {
    fail({
      line: rows[rows.length - 1]?.line ?? 1,
      message:
        'filen slutter før tegnforklaringen ("Tegnforklaring:"); den er afkortet eller ikke en hel eksport',
    });
  }
  if (blocks.length === 0 && errors.length === 0) {
    fail({ line: header.line, message: 'filen har en overskrift, men ingen nøgletal' });
  }
  if (errors.length) throw new InvalidFileError([...errors, ...warnings]);

  const { notes, exportedBy } = readFooter(rows.slice(legendIndex + 1));
  const exportedOn = exportedBy === undefined ? undefined : exportDate(exportedBy);
  const keyFigures: KeyFigureSighting[] = blocks.map((b) => {
    const until = discontinuedAfter(b.title);
    return {
      id: b.id,
      sourceName: b.title,
      source: 'noegletal',
      valueType: b.hasBoolean ? 'boolean' : 'number',
      noteNumbers: [...new Set(b.noteNumbers)].sort((x, y) => x - y),
      ...(until === undefined ? {} : { discontinuedAfter: until }),
    };
  });
  return {
    format,
    file,
    keyFigures,
    observations,
    rowNotes,
    notes,
    diagnostics: warnings,
    ...(exportedBy === undefined ? {} : { exportedBy }),
    ...(exportedOn === undefined ? {} : { exportedOn }),
    yearKinds: new Map(years.map((y) => [y, yearKindInExport(y, exportedOn)] as const)),
  };
}

function checkTotal(
  block: Block,
  row: SourceRow,
  years: readonly number[],
  file: string,
  out: Diagnostic[],
): void {
  years.forEach((year, y) => {
    const parsed = parseNoegletalCell(row.cells[y + 2]);
    if (!parsed.ok || parsed.value === null) return;
    const sum = block.sums[y];
    if (sum !== undefined && Math.abs(sum - parsed.value) > 0.5 + 1e-9 * Math.abs(sum)) {
      out.push({
        severity: 'info',
        file,
        line: row.line,
        field: String(year),
        value: parsed.raw,
        message: `"I alt" for ${block.title} er ${parsed.raw}, men kommunerne summerer til ${sum}`,
      });
    }
  });
}

function readFooter(rows: readonly SourceRow[]): { notes: SourceNote[]; exportedBy?: string } {
  const notes: SourceNote[] = [];
  let exportedBy: string | undefined;
  for (const row of rows) {
    const first = text(row.cells[0]);
    const note = /^\((\d{1,3})\)\s+([\s\S]+)$/.exec(first);
    if (note) notes.push({ number: Number(note[1]), text: (note[2] ?? '').trim() });
    else if (/\bd\.\s*\d{1,2}\.\s*[a-zæøå]+\s+\d{4}\s*$/i.test(first)) exportedBy = first;
  }
  return exportedBy === undefined ? { notes } : { notes, exportedBy };
}
