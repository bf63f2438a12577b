/**
 * @module The standard report assembled from the database (issue 20): buildReport makes one
 * model (src/core/report) for HTML, PDF and DOCX; each section builder answers a ReportSection.
 */
export { buildReport, type ReportBuildOptions, type ReportRequest } from './build.ts';
export { loadReportTopology } from './map-section.ts';
export type { ReportContext } from './context.ts';
export { TALK_TO_PER_FIGURE, talkToSection } from './talk-to-section.ts';
export { initiativesSection } from './initiatives-section.ts';
export { barriersSection } from './barriers-section.ts';
export { budgetSection } from './budget-section.ts';
export { steeringSection } from './steering-section.ts';
