/**
 * Texts that the API writes in Danish only and the UI words itself in the other language
 * (issue 14, "English complete"). Danish keeps the API's text.
 */
export const english = {
  /** The talk-to score rule: core/talk-to SCORE_RULE_DA, as the API's scoreRuleDa. */
  talkToScoreRule: null as string | null,
};
