/** @module Budget follow-up on the server (issue 18): presenting the deviations and their table. */
export { canSeeExplanation, deviationTable, presentFollowUp } from './present.ts';
