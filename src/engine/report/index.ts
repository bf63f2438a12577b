/**
 * @module The standard report's sections assembled from the database (issue 20): each builder
 * takes a ReportContext and answers a ReportSection of the document model (src/core/report).
 */
export type { ReportContext } from './context.ts';
export { talkToSection } from './talk-to-section.ts';
export { initiativesSection } from './initiatives-section.ts';
export { barriersSection } from './barriers-section.ts';
export { budgetSection } from './budget-section.ts';
export { steeringSection } from './steering-section.ts';
