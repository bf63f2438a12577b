/** @module The standard report assembled from the database (issue 20): one model for HTML, PDF and DOCX. */
export { buildReport, type ReportBuildOptions, type ReportRequest } from './build.ts';
export { loadReportTopology } from './map-section.ts';
export type { ReportContext } from './context.ts';
