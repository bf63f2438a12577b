/** @module The effect check of initiatives (DESIGN.md §3.8): DiD, synthetic control, placebos. */
export { differenceInDifferences, type DidEstimate } from './did.ts';
export type { Panel } from './panel.ts';
export { simplexLeastSquares, type SimplexFit } from './simplex-least-squares.ts';
export {
  syntheticControl,
  syntheticControlWithPlacebos,
  type Placebo,
  type PlaceboRun,
  type SyntheticControl,
} from './synthetic-control.ts';
export {
  MIN_PRE_YEARS,
  checkEffect,
  type EffectCheck,
  type EffectInput,
  type EffectYear,
} from './effect-check.ts';
export {
  MIN_EFFECT_NOISE,
  NOT_VISIBLE_P,
  VERDICT_DA,
  VERDICT_EN,
  VISIBLE_P,
  refusal,
  verdictOf,
  type Reason,
  type RefusalCode,
  type Verdict,
} from './verdict.ts';
export { effectWindow, type EffectWindow, type WindowCut } from './window.ts';
export { detrendedRms, peerNoise } from './noise.ts';
