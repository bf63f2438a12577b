/** @module The standard report (DESIGN.md §5): the whole document from a ReportModel as HTML, its charts as SVG, its PDF from one shared headless Chromium, its DOCX, and narratives from Markdown. */
export { PNG_WIDTH, reportDocx, svgToPng, type ChartSvg, type DocxOptions } from './docx/index.ts';
export { escapeHtml, markup, SafeHtml, type HtmlValue } from './html.ts';
export { reportHtml, type ReportDocument } from './document.ts';
export { isSafeHref, narrativeBlocks, narrativesOf } from './narrative.ts';
export { printPdf, type PdfOptions } from './pdf.ts';
export {
  chromiumPath,
  DEFAULT_CHROMIUM,
  ReportPrinter,
  type PrinterOptions,
  type PrintOptions,
} from './printer.ts';
export { chartSvg, type ChartBlock } from './chart-svg.ts';
export { CHART_FONT, CHART_WIDTH } from './chart-frame.ts';
export { reportDocumentHtml, DOCUMENT_WORDS } from './report-document.ts';
export { blockHtml, blocksHtml, textHtml, type BlockContext } from './blocks-html.ts';
export { DOCUMENT_CSS, REPORT_CSS, STEERING_CSS } from './styles.ts';
export { steeringSectionHtml, type SteeringDocument } from './steering-section.ts';
export { STEERING_TEXT, type ReportLang } from './steering-text.ts';
