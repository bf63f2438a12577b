/** @module The standard report's document model (sections of text, tables and chart data), its sections' titles, drafts and steering words. */
export * from './model.ts';
export { STEERING_TEXT } from './steering-text.ts';
export {
  NARRATIVE_MAX,
  REPORT_SECTION_TITLES,
  isReportSectionId,
  sectionTitle,
} from './sections.ts';
export { keptNarratives, narrativeFaults, type NarrativeFault, type ReportDraft } from './draft.ts';
