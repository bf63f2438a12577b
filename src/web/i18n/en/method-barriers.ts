import type { Catalogue } from '../index.ts';

/** The method page's sections on rule barriers and budget follow-up, in English. */
export const methodBarriers: Catalogue['methodBarriers'] = {
  barriers: {
    title: 'Rule barriers',
    intro: [
      'A rule barrier is a rule that stands in the way of an efficiency. Municipalities report them so they can be taken to the government. The list is alive: other municipalities second a barrier, duplicates are merged, and the national editor’s answer stands on the barrier with its date.',
      'Earlier rounds (the free-municipality trials, the challenge right 2008–2015, the simplifications of 2024) kept no shared, ranked list where municipalities could see each other’s barriers and the state’s answer.',
    ],
    rules: [
      'The rule is given as law and paragraph, ideally with a link to retsinformation.dk. While typing, similar barriers are shown: first those with the same law and paragraph, then those with the same words (full-text search in Danish).',
      'The estimate is the efficiency the rule blocks, in DKK a year at a stated price level. When a key figure is named, the municipality’s potential on it from the potential package is suggested; the estimate can be changed, and then stands as the municipality’s own.',
      'A municipality may second a barrier once, never its own, with a comment and its own estimate.',
      'When two barriers are merged, every second and comment moves to the one kept, and the duplicate’s reporter becomes a seconder. Both barriers show the merge. A barrier cannot be merged with itself or with one that is itself merged into a third.',
    ],
    rankTitle: 'How the list is ranked',
    rank: [
      'First by the number of seconding municipalities (the reporter does not count), then by the total estimate, then by age.',
      'The total counts each municipality’s estimate once (the largest, if a merge left it several), in fixed prices of the newest year any estimate is in. An estimate in another year’s prices is converted with the price index; when the index does not cover the year, the estimate is left out and the number is shown on the barrier. Prices of different years are never mixed.',
      'The estimates are the municipalities’ own and not verified.',
    ],
  },
  budget: {
    title: 'Budget follow-up: ask why',
    intro: [
      'Budget follow-up sets the accounts against the budget per area and year: a function of the municipal chart of accounts (e.g. 5.30.27 care of mainly elderly people), net operating expenditure per inhabitant. The budget comes from Statistics Denmark’s BUDK32 and the accounts from REGK31, or from imported files.',
    ],
    rules: [
      'The deviation is accounts minus budget: positive is spending above the budget, negative below. It is shown in DKK per inhabitant, in DKK in all (times the population on 1 January) and in per cent of the budget.',
      'Within a year both figures are in the accounts’ price level (current prices). A budget stored in another price level is converted with the price index; without an index for the year, the year is left out and named.',
      'A deviation counts when it is at least 5 % of the budget and at least DKK 10 per inhabitant; the kroner limit keeps small functions with large percentages out.',
      'An area is marked as a "repeated deviation" when it deviates in at least two of the four newest years with both budget and accounts.',
      'The municipality explains a deviation with a cause (demography, prices, activity, policy decision, accounting change, one-off, other) and a text, public or internal. The peers’ deviations on the same area stand beside, with their public explanations.',
      'Until the database holds budget figures, the page says so and shows no table.',
    ],
  },
};
