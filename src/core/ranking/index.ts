/** @module Ranks by a key figure's polarity: one rule for the engine and the web. */
export {
  bestValue,
  isRankable,
  rankAmong,
  rankByPolarity,
  rankDirection,
  ranksBefore,
  type PolarityLike,
  type RankAmong,
  type Ranked,
} from './rank.ts';
