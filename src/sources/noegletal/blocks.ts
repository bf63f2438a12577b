import {
  InvalidFileError,
  yearKindInExport,
  type Diagnostic,
  type KeyFigureSighting,
  type ParsedSource,
  type SourceFormat,
  type SourceNote,
} from '../../core/index.ts';
import {
  cellText,
  checkHasRows,
  readBody,
  type Block,
  type Body,
  type Report,
  type SourceRow,
} from './block-rows.ts';
import { discontinuedAfter, exportDate } from './title.ts';

export type { SourceRow } from './block-rows.ts';

const MAX_ERRORS = 20;

/** A report that keeps the first MAX_ERRORS errors and every warning. */
function newReport(file: string): Report {
  const errors: Diagnostic[] = [];
  return {
    file,
    errors,
    warnings: [],
    fail: (d) => {
      if (errors.length < MAX_ERRORS) errors.push({ severity: 'error', file, ...d });
    },
  };
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
  const report = newReport(file);
  const headerIndex = findHeader(rows, file);
  const header = rows[headerIndex] as SourceRow;
  const years = readYears(header, report);
  const body = readBody(rows, headerIndex, years, report);
  checkBody(body, rows, header, report);
  if (report.errors.length) throw new InvalidFileError([...report.errors, ...report.warnings]);

  const { notes, exportedBy } = readFooter(rows.slice(body.legendIndex + 1));
  const exportedOn = exportedBy === undefined ? undefined : exportDate(exportedBy);
  return {
    format,
    file,
    keyFigures: body.blocks.map(sightingOf),
    observations: body.observations,
    rowNotes: body.rowNotes,
    notes,
    diagnostics: report.warnings,
    ...(exportedBy === undefined ? {} : { exportedBy }),
    ...(exportedOn === undefined ? {} : { exportedOn }),
    yearKinds: new Map(years.map((y) => [y, yearKindInExport(y, exportedOn)] as const)),
  };
}

/** The index of the `;Kom.nr;…` header row in the first 12 rows; refuses the file without it. */
function findHeader(rows: readonly SourceRow[], file: string): number {
  const headerIndex = rows.slice(0, 12).findIndex((r) => cellText(r.cells[1]) === 'Kom.nr');
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
  return headerIndex;
}

/** The header's years, from the third column on, without gaps; anything else is an error. */
function readYears(header: SourceRow, report: Report): number[] {
  const years: number[] = [];
  for (let c = 2; c < header.cells.length; c++) {
    const t = cellText(header.cells[c]);
    if (t === '') continue;
    if (!/^\d{4}$/.test(t) || c !== years.length + 2) {
      report.fail({
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
    report.fail({ line: header.line, message: 'overskriften har ingen årstal' });
  }
  return years;
}

/**
 * The checks once the body is read: the last block has rows, no block mixes JA/NEJ with
 * numbers, the legend was reached, and (when nothing else is wrong) there is a key figure.
 */
function checkBody(
  body: Body,
  rows: readonly SourceRow[],
  header: SourceRow,
  report: Report,
): void {
  checkHasRows(body.last, report);
  for (const b of body.blocks) {
    if (b.hasBoolean && b.hasNumber) {
      report.fail({
        line: b.titleLine,
        value: b.title,
        message: 'nøgletallet blander JA/NEJ og tal',
      });
    }
  }
  if (body.legendIndex < 0) {
    report.fail({
      line: rows[rows.length - 1]?.line ?? 1,
      message:
        'filen slutter før tegnforklaringen ("Tegnforklaring:"); den er afkortet eller ikke en hel eksport',
    });
  }
  if (body.blocks.length === 0 && report.errors.length === 0) {
    report.fail({ line: header.line, message: 'filen har en overskrift, men ingen nøgletal' });
  }
}

/** A block as the key figure the file shows: its title, value type, notes and last year. */
function sightingOf(b: Block): KeyFigureSighting {
  const until = discontinuedAfter(b.title);
  return {
    id: b.id,
    sourceName: b.title,
    source: 'noegletal',
    valueType: b.hasBoolean ? 'boolean' : 'number',
    noteNumbers: [...new Set(b.noteNumbers)].sort((x, y) => x - y),
    ...(until === undefined ? {} : { discontinuedAfter: until }),
  };
}

/**
 * The numbered notes after the legend, and the line that dates the export
 * ("… d. 10. september 2019").
 */
function readFooter(rows: readonly SourceRow[]): { notes: SourceNote[]; exportedBy?: string } {
  const notes: SourceNote[] = [];
  let exportedBy: string | undefined;
  for (const row of rows) {
    const first = cellText(row.cells[0]);
    const note = /^\((\d{1,3})\)\s+([\s\S]+)$/.exec(first);
    if (note) notes.push({ number: Number(note[1]), text: (note[2] ?? '').trim() });
    else if (/\bd\.\s*\d{1,2}\.\s*[a-zæøå]+\s+\d{4}\s*$/i.test(first)) exportedBy = first;
  }
  return exportedBy === undefined ? { notes } : { notes, exportedBy };
}
