import type { Catalogue } from '../catalogue.ts';

/** The method page's section on the effect check of initiatives, in English. */
export const methodEffect: Catalogue['methodEffect'] = {
  title: 'The effect check of initiatives',
  intro: [
    'A municipality registers an efficiency initiative with the gain it expects at budget time and the gain it realised at accounts time. The effect check asks whether the gain shows in the key figures the initiative is linked to: did the municipality’s spending move differently from that of municipalities like it from the start year?',
    'The check is shown next to the claimed gain, never instead of it. Self-reported gains are weak evidence (the UK National Audit Office found that only 26 % of reported savings held up); the peers’ data are a second kind of evidence.',
  ],
  steps: [
    'The window: accounts years only; a budget year is a plan, not an outcome, and is left out. Across a definition break only the side the start year is on is used: a break before the start moves the pre-period up to the break, a break after the start ends the window the year before it. The answer says which years were cut and why.',
    'The peers: the 20 municipalities most like it on the theme’s structural conditions in the year before the start. Municipalities with an initiative of their own on the same figure are left out and named.',
    'Difference in differences: the gap between the municipality and the group’s mean after the start, less the same gap before it.',
    'Synthetic control: non-negative weights summing to 1 over the peers, chosen so that the weighted municipality best matches the municipality’s values before the start (least squares, `min Σ_t (y_t − Σ_j w_j y_jt)²`). After the start the synthetic municipality is an estimate of what would have happened without the initiative.',
    'The placebo test: the same model for every peer as if it had started in the same year. The evidence is the municipality’s rank by the ratio of the error after to the error before the start (RMSPE). The error before counts as at least the figure’s normal variation (the median of the peers’ deviation from their own trend before the start); a peer the others cannot match before the start is left out of the ranking.',
    'Kroner: the estimate per year times the municipality’s volume in that year (e.g. persons aged 18+), in fixed prices of the newest year with a price index, like every amount in the answer.',
  ],
  verdictsTitle: 'The verdict',
  verdicts: [
    '"Visible in the key figures": spending is below the synthetic control after the start, difference in differences agrees, the municipality is in the top tenth of the placebo test (rank/units at most 0.1, so at least 10 units are needed), and the difference is at least twice the figure’s normal variation.',
    '"Not visible": spending is not below the synthetic control, or at least half of the peers deviated as much without an initiative.',
    '"Unclear": everything in between.',
  ],
  refusalsTitle: 'No verdict, and why',
  refusals: [
    'fewer than 3 accounts years before the start in the window (e.g. when a definition break after the start makes the earlier years incomparable);',
    'no accounts year after the start (budget only);',
    'the synthetic control misses the municipality’s values before the start by more than the peers’ own spread: the municipality is not like a mix of them;',
    'fewer than 2 peers with values in the whole window.',
  ],
  limitsTitle: 'Limits',
  limits: [
    'A key figure measures the whole area, and an initiative is often a small part of it. "Not visible" does not mean the gain does not exist, only that it cannot be seen in the figure.',
    'Every municipality in the comparison has the same years, so shared changes (legislation, pay agreements) cancel out. Local events in the same years (a closed institution, a new accounting practice) do not.',
    'The model matches only the figure’s level before the start, not structural conditions. The published method (Abadie and Gardeazabal 2003) also weights explanatory variables. Our solver is checked against an independent solver on their Basque Country data (weights equal to 1e-9) and on simulated panels with a planted effect.',
    'With few years before the start and many peers, a combination can match the values before the start perfectly without explaining them; hence the floor at the figure’s normal variation.',
  ],
};
