/** @module The standard report (DESIGN.md §5): HTML sections, the whole document from a ReportModel, its charts as SVG, and its PDF from one shared headless Chromium. */
export { escapeHtml, markup, SafeHtml, type HtmlValue } from './html.ts';
export { reportHtml, type ReportDocument } from './document.ts';
export { printPdf, type PdfOptions } from './pdf.ts';
export {
  chromiumPath,
  DEFAULT_CHROMIUM,
  ReportPrinter,
  type PrinterOptions,
  type PrintOptions,
} from './printer.ts';
export { REPORT_CSS, STEERING_CSS } from './styles.ts';
export { steeringSectionHtml, type SteeringDocument } from './steering-section.ts';
export { STEERING_TEXT, type ReportLang } from './steering-text.ts';
