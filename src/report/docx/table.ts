import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Block, TableColumn, Text } from '../../core/index.ts';
import { noteMark, textRuns } from './runs.ts';
import { LOOK, TEXT_WIDTH } from './styles.ts';

type TableBlock = Extract<Block, { kind: 'table' }>;
type FactsBlock = Extract<Block, { kind: 'facts' }>;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: LOOK.rule } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
/** Rules between rows only, as the PDF's tables: no vertical lines. */
const BORDERS = {
  top: LINE,
  bottom: LINE,
  insideHorizontal: LINE,
  left: NONE,
  right: NONE,
  insideVertical: NONE,
};

/** Column widths in twips: the first (the names) twice as wide as each of the others. */
function columnWidths(n: number): number[] {
  if (n <= 1) return [TEXT_WIDTH];
  const unit = Math.floor(TEXT_WIDTH / (n + 1));
  return [TEXT_WIDTH - unit * (n - 1), ...Array.from({ length: n - 1 }, () => unit)];
}

function cell(children: ParagraphChild[], align: 'left' | 'right', header = false): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        children,
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { before: 40, after: 40 },
      }),
    ],
    ...(header ? { shading: { fill: LOOK.headerFill, type: 'clear', color: 'auto' } } : {}),
  });
}

const headerCell = (c: TableColumn): TableCell =>
  cell(
    [...textRuns(c.label, { bold: true }), ...(c.note !== undefined ? [noteMark(c.note)] : [])],
    c.align,
    true,
  );

/**
 * A table block as a caption, a Word table and its notes: the header row repeated on every
 * page, no row split across pages, the rows kept together (a table longer than a page still
 * breaks), numbers right-aligned as their columns say, the total row bold.
 */
export function tableElements(block: TableBlock): (Paragraph | Table)[] {
  const align = (i: number) => block.columns[i]?.align ?? 'left';
  const bodyRow = (cells: readonly Text[], bold: boolean, last: boolean) =>
    new TableRow({
      cantSplit: true,
      ...(last ? {} : { keepNext: true }),
      children: block.columns.map((_, i) =>
        cell(textRuns(cells[i] ?? '', bold ? { bold: true } : {}), align(i)),
      ),
    });
  const rows = block.rows.map((r, i) =>
    bodyRow(r, false, block.total === undefined && i === block.rows.length - 1),
  );
  if (block.total) rows.push(bodyRow(block.total, true, true));
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columnWidths(block.columns.length),
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        keepNext: true,
        children: block.columns.map(headerCell),
      }),
      ...rows,
    ],
  });
  return [
    ...(block.caption.trim() !== ''
      ? [new Paragraph({ style: 'Caption', keepNext: true, children: textRuns(block.caption) })]
      : []),
    // Without columns there are no cells, so no rows, and Word refuses a table without rows.
    ...(block.columns.length > 0 ? [table] : []),
    ...notes(block.notes),
  ];
}

/** Lines under a table or chart, in small text. */
export function notes(lines: readonly string[] | undefined): Paragraph[] {
  return (lines ?? []).map(
    (line) =>
      new Paragraph({
        children: textRuns(line, { size: LOOK.smallSize, color: LOOK.muted }),
        spacing: { before: 0, after: 40 },
      }),
  );
}

/** Label–value pairs as a two-column table without a header. */
export function factsTable(block: FactsBlock): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [Math.round(TEXT_WIDTH * 0.35), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.35)],
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: block.items.map(
      (item) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(textRuns(item.label, { bold: true }), 'left'),
            cell(textRuns(item.value), 'left'),
          ],
        }),
    ),
  });
}
