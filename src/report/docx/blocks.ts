import { BorderStyle, HeadingLevel, Paragraph, type Table } from 'docx';
import type { Block, ReportLang } from '../../core/index.ts';
import { chartElements, type ChartSvg } from './chart.ts';
import { textRuns, type RunLook } from './runs.ts';
import { LOOK, ORDERED } from './styles.ts';
import { factsTable, tableElements } from './table.ts';

/** What a block needs besides itself. */
export interface BlockContext {
  readonly lang: ReportLang;
  readonly chartSvg: ChartSvg;
  /** Numbers the ordered lists, so each starts again at 1 (docx's list instances). */
  nextList(): number;
}

type Tone = NonNullable<Extract<Block, { kind: 'paragraph' }>['tone']>;

const TONES: Record<Tone, RunLook> = {
  normal: {},
  note: { size: LOOK.smallSize, color: LOOK.muted },
  warning: { color: LOOK.warning, bold: true },
  absent: { italic: true, color: LOOK.muted },
};

/** A rule on the left of the municipality's own text, so it stands apart from the report's. */
const NARRATIVE = {
  border: { left: { style: BorderStyle.SINGLE, size: 18, color: LOOK.narrativeRule, space: 8 } },
  indent: { left: 227 },
} as const;

/**
 * A block as Word paragraphs and tables: a heading as Heading 2, lists as Word lists,
 * facts as a two-column table, tables as Word tables, charts as PNG images. `narrative` marks
 * the municipality's text with a rule on its left.
 */
export function blockElements(
  block: Block,
  ctx: BlockContext,
  narrative = false,
): (Paragraph | Table)[] {
  const frame = narrative ? NARRATIVE : {};
  switch (block.kind) {
    case 'paragraph':
      return [
        new Paragraph({ ...frame, children: textRuns(block.text, TONES[block.tone ?? 'normal']) }),
      ];
    case 'heading':
      return [
        new Paragraph({
          ...frame,
          heading: HeadingLevel.HEADING_2,
          children: textRuns(block.text),
        }),
      ];
    case 'list': {
      const instance = block.ordered === true ? ctx.nextList() : 0;
      return block.items.map(
        (item) =>
          new Paragraph({
            ...(narrative ? { border: NARRATIVE.border } : {}),
            ...(block.ordered === true
              ? { numbering: { reference: ORDERED, level: 0, instance } }
              : { bullet: { level: 0 } }),
            spacing: { after: 60 },
            children: textRuns(item),
          }),
      );
    }
    case 'facts':
      // Word refuses a document with a table without rows.
      return block.items.length > 0 ? [factsTable(block)] : [];
    case 'table':
      return tableElements(block);
    case 'chart':
      return chartElements(block, ctx.lang, ctx.chartSvg);
  }
}
