/** @module The effect check of initiatives (DESIGN.md §3.8): DiD, synthetic control, placebos. */
export { differenceInDifferences, type DidEstimate } from './did.ts';
export type { Panel } from './panel.ts';
export { simplexLeastSquares, type SimplexFit } from './simplex-least-squares.ts';
export {
  syntheticControl,
  syntheticControlWithPlacebos,
  type Placebo,
  type SyntheticControl,
} from './synthetic-control.ts';
