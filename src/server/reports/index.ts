/** @module The standard report over HTTP: rendering with limits, single flight and a cache. */
export { reportFileName } from './file-name.ts';
export {
  REPORT_CONTENT_TYPES,
  REPORT_FORMATS,
  ReportService,
  drawHere,
  renderReport,
  type DrawReport,
  type RenderedReport,
  type ReportFormat,
  type ReportServiceOptions,
} from './service.ts';
