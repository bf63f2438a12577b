/** @module The steering self-assessment (issue 19, DESIGN.md §3.9): questionnaire, scores, data score, findings, comparison. */
export * from './questionnaire.ts';
export * from './answers.ts';
export * from './thresholds.ts';
export * from './scores.ts';
export * from './data-score.ts';
export * from './findings.ts';
export * from './compare.ts';
export * from './assessment.ts';
export * from './indicator-text.ts';
