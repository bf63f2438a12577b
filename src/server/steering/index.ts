/** @module The steering self-assessment on the server (issue 19): presenting a result, its workbook, rounds. */
export { centreValues, presentAssessment, presentIndicator, presentSummary } from './present.ts';
export { assessmentWorkbook } from './export.ts';
export { presentRound, presentRoundSummary, roundVisible } from './round.ts';
