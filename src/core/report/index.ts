/** @module The standard report's document model: sections of text, tables and chart data. */
export * from './model.ts';
export {
  NARRATIVE_MAX,
  REPORT_SECTION_TITLES,
  isReportSectionId,
  sectionTitle,
} from './sections.ts';
export { keptNarratives, narrativeFaults, type NarrativeFault, type ReportDraft } from './draft.ts';
