/** @module Whom to talk to: comparable municipalities that do better, and why. */
export {
  rankWhomToTalkTo,
  SCORE_RULE_DA,
  type TalkToEntry,
  type TalkToRejection,
  type WhomToTalkTo,
  type WhomToTalkToInput,
  type WhomToTalkToOptions,
} from './rank.ts';
export {
  compareByPolarity,
  type CounterpartCheck,
  type CounterpartVerdict,
} from './counterparts.ts';
