/** @module The report as a Word document (DOCX): Word headings, lists, tables and chart images. */
export { PNG_WIDTH, svgToPng, type ChartBlock, type ChartSvg } from './chart.ts';
export { reportDocx, type DocxOptions } from './document.ts';
