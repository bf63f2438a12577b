import type { Catalogue } from '../catalogue.ts';

/** English for texts that the API writes in Danish only (see da/english.ts). */
export const english: Catalogue['english'] = {
  talkToScoreRule:
    'Score = advantage in standard deviations ÷ (1 + structural distance): the advantage is ' +
    'the difference from your value in the good direction divided by the key figure’s ' +
    'standard deviation across all municipalities, and the distance is the weighted distance ' +
    'on structural conditions, as in the comparison group. A large difference and a close ' +
    'likeness both pull up.',
};
