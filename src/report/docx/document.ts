import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { ReportFormula, ReportModel, ReportSection } from '../../core/index.ts';
import { blockElements, type BlockContext } from './blocks.ts';
import { chartSvg } from '../chart-svg.ts';
import type { ChartSvg } from './chart.ts';
import { corePropertiesXml } from './core-properties.ts';
import { formulaBookmark, textRuns } from './runs.ts';
import { LOOK, NUMBERING, PAGE, reportStyles } from './styles.ts';
import { factsTable } from './table.ts';
import { DOCX_TEXT, type DocxWords } from './text.ts';

export interface DocxOptions {
  /** Draws the charts (default: the report room's chartSvg, as the PDF draws them). */
  readonly chartSvg?: ChartSvg;
  /** The document's created and modified date in its properties (default: now). */
  readonly date?: Date;
  /**
   * Whether to write the table of contents' page numbers and "Side X af Y" from docx's own
   * layout of the pages (default true); without it Word fills them in when it updates fields.
   */
  readonly pageNumbers?: boolean;
}

type Element = FileChild;

/**
 * The report as a Word document (.docx): a title page, a table of contents, the sections as
 * numbered Heading 1s (the municipality's text first, marked), their blocks, and the
 * formulas in the appendix; its title, language and creator in the document's properties,
 * "Side X af Y" in the footer.
 * @example await writeFile('766.docx', await reportDocx(model, { chartSvg }))
 */
export async function reportDocx(
  model: ReportModel,
  options: DocxOptions = {},
): Promise<Uint8Array> {
  const words = DOCX_TEXT[model.lang];
  let lists = 0;
  const ctx: BlockContext = {
    lang: model.lang,
    chartSvg: options.chartSvg ?? chartSvg,
    nextList: () => (lists += 1),
  };
  const hasAppendix = model.sections.some((s) => s.id === 'appendix');
  const body: Element[] = [
    ...titlePage(model, words),
    new Paragraph({
      pageBreakBefore: true,
      children: [new TextRun({ text: words.contents, bold: true, size: 32, color: LOOK.accent })],
    }),
    new TableOfContents(words.contents, { hyperlink: true, headingStyleRange: '1-1' }),
    ...model.sections.flatMap((section, i) => [
      ...sectionElements(section, i + 1, ctx, words, i === 0),
      ...(section.id === 'appendix' ? formulaElements(model.formulas, words) : []),
    ]),
    ...(!hasAppendix && model.formulas.length > 0
      ? [
          heading1(`${model.sections.length + 1}. ${words.appendix}`, model.sections.length === 0),
          ...formulaElements(model.formulas, words),
        ]
      : []),
  ];
  const doc = new Document({
    title: model.title,
    creator: 'Potentiale',
    lastModifiedBy: 'Potentiale',
    styles: reportStyles(words.locale),
    numbering: NUMBERING,
    ...(options.pageNumbers === false ? {} : { pageNumbers: estimatePageNumbers }),
    sections: [pageSection(model.title, words, body)],
  });
  const core = corePropertiesXml({
    title: model.title,
    subject: model.municipality.name,
    language: words.locale,
    creator: 'Potentiale',
    date: options.date ?? new Date(),
  });
  const bytes = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: core }]);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A4, the running header (the title) and footer (page X of Y), none on the title page. */
function pageSection(title: string, words: DocxWords, children: Element[]): ISectionOptions {
  const small = { size: LOOK.smallSize, color: LOOK.muted };
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin },
      },
    },
    headers: {
      default: new Header({
        children: [
          new Paragraph({ alignment: AlignmentType.RIGHT, children: textRuns(title, small) }),
        ],
      }),
      first: new Header({ children: [new Paragraph({})] }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({
                ...small,
                children: [
                  `${words.page} `,
                  PageNumber.CURRENT,
                  ` ${words.of} `,
                  PageNumber.TOTAL_PAGES,
                ],
              }),
            ],
          }),
        ],
      }),
      first: new Footer({ children: [new Paragraph({})] }),
    },
    children,
  };
}

/** The title, the municipality, and the report's year, price level and data version. */
function titlePage(model: ReportModel, words: DocxWords): Element[] {
  return [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      spacing: { before: 2400, after: 480 },
      children: textRuns(model.title),
    }),
    factsTable({
      kind: 'facts',
      items: [
        {
          label: words.municipality,
          value: `${model.municipality.name} (${model.municipality.code})`,
        },
        { label: words.year, value: model.yearLabel },
        { label: words.prices, value: model.pricesLabel },
        { label: words.dataVersion, value: model.dataVersion },
      ],
    }),
  ];
}

const heading1 = (text: string, pageBreak: boolean): Paragraph =>
  new Paragraph({
    heading: HeadingLevel.HEADING_1,
    ...(pageBreak ? { pageBreakBefore: true } : {}),
    children: textRuns(text),
  });

/** A section: its numbered heading, the municipality's text (marked), then its blocks. */
function sectionElements(
  section: ReportSection,
  n: number,
  ctx: BlockContext,
  words: DocxWords,
  first: boolean,
): Element[] {
  const narrative = section.narrative ?? [];
  return [
    heading1(`${n}. ${section.title}`, first),
    ...(narrative.length > 0
      ? [
          new Paragraph({
            keepNext: true,
            border: { left: { style: 'single', size: 18, color: LOOK.narrativeRule, space: 8 } },
            indent: { left: 227 },
            children: textRuns(words.narrative, {
              bold: true,
              size: LOOK.smallSize,
              color: LOOK.accent,
            }),
          }),
          ...narrative.flatMap((b) => blockElements(b, ctx, true)),
        ]
      : []),
    ...section.blocks.flatMap((b) => blockElements(b, ctx)),
  ];
}

/** The numbered formulas, each with the bookmark its footnote marks link to. */
function formulaElements(formulas: readonly ReportFormula[], words: DocxWords): Element[] {
  if (formulas.length === 0) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: textRuns(words.formulas) }),
    ...formulas.map(
      (f, i) =>
        new Paragraph({
          indent: { left: 454, hanging: 454 },
          children: [
            new Bookmark({
              id: formulaBookmark(i + 1),
              children: [new TextRun({ text: `${i + 1}.\t`, bold: true })],
            }),
            ...textRuns(`${f.name}: `, { bold: true }),
            ...textRuns(f.text),
          ],
        }),
    ),
  ];
}
