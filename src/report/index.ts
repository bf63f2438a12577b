/** @module The standard report (DESIGN.md §5): HTML sections, the whole document, its PDF from headless Chromium, its DOCX, and narratives from Markdown. */
export {
  placeholderChartSvg,
  PNG_WIDTH,
  reportDocx,
  svgToPng,
  type ChartBlock,
  type ChartSvg,
  type DocxOptions,
} from './docx/index.ts';
export { escapeHtml, markup, SafeHtml, type HtmlValue } from './html.ts';
export { reportHtml, type ReportDocument } from './document.ts';
export { isSafeHref, NARRATIVE_MAX, narrativeBlocks } from './narrative.ts';
export { chromiumPath, DEFAULT_CHROMIUM, printPdf, type PdfOptions } from './pdf.ts';
export { REPORT_CSS, STEERING_CSS } from './styles.ts';
export { steeringSectionHtml, type SteeringDocument } from './steering-section.ts';
export { STEERING_TEXT, type ReportLang } from './steering-text.ts';
