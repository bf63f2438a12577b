/** @module The initiatives' server side (issue 17): who sees and edits, answers, the overview. */
export { canEditInitiative, canSeeInitiative } from './viewer.ts';
export {
  presentFigureEffect,
  presentInitiative,
  presentInitiativeSummary,
  type Names,
} from './present.ts';
export { initiativeVerdicts, overviewAnswer } from './overview.ts';
export { overviewTable } from './overview-table.ts';
