/** @module Budget follow-up, "Spørg hvorfor" (issue 18, DESIGN.md §3.11): budget against accounts per area, flags and explanations. */
export * from './deviation.ts';
export * from './explanation.ts';
