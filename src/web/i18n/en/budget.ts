import type { Catalogue } from '../catalogue.ts';
import { DEVIATION_CAUSE_NAMES_EN } from '../../../core/index.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** Budget follow-up, "Ask why" (issue 18): budget against accounts per area and year. */
export const budget: Catalogue['budget'] = {
  eyebrow: 'Budget follow-up – Ask why',
  title: (name: string) => `Budget against accounts, ${name}`,
  documentTitle: (name: string) => `Budget follow-up, ${name}`,
  link: 'Budget follow-up – Ask why',
  lead: 'The accounts compared with the budget per area (function of the municipal chart of accounts) and year. A deviation is not an error in itself: ask why, and write the answer down so that others can learn from it.',
  back: (name: string) => `Back to ${name}`,
  notAvailable: 'No budget figures',
  unit: (level: string) => `DKK per inhabitant, ${level}`,
  rule: (percent: string, perInhabitant: string, minYears: number, window: number) =>
    `Deviation = accounts − budget (plus is overspending, minus underspending). A deviation is beyond the threshold when it is at least ${percent} of the budget and at least ${perInhabitant} per inhabitant; an area is marked “Repeated deviation” when it is beyond the threshold in at least ${minYears} of the ${window} newest years with both budget and accounts.`,
  flagged: 'Repeated deviation',
  exceeds: 'Beyond the threshold',
  exceedsMark: '▲',
  legend: (mark: string) => `${mark} = beyond the threshold`,
  table: {
    caption: (unit: string) =>
      `Deviation per area and year (${unit}, per cent of the budget and DKK in total)`,
    area: 'Area (function)',
    total: 'total',
    none: 'no figures',
  },
  summaryFlagged: (n: number) =>
    n === 0
      ? 'No area has a repeated deviation.'
      : `${n} ${plural(n, 'area has', 'areas have')} a repeated deviation.`,
  area: {
    heading: 'Area',
    choose: 'Choose an area',
    option: (name: string, area: string, flagged: boolean) =>
      `${name} (${area})${flagged ? ' – repeated deviation' : ''}`,
  },
  chart: {
    heading: 'The deviation year by year',
    // The area's name is Danish (DST's); the English text names the function.
    summary: (_name: string, area: string, years: string) =>
      `Bars with the deviation as per cent of the budget per year on function ${area}; beyond the threshold: ${years}.`,
    noneExceed: 'no year',
    axis: 'deviation, % of the budget',
    above: 'Beyond the threshold',
    within: 'Within the threshold',
    threshold: (percent: string) => `The threshold (±${percent})`,
    caption: (unit: string) => `Budget, accounts and deviation per year (${unit})`,
    year: 'Year',
    budget: 'Budget',
    accounts: 'Accounts',
    deviation: 'Deviation',
    percent: '% of the budget',
    amount: 'Deviation in total',
  },
  explanations: {
    heading: 'The municipality’s explanations',
    lead: 'Why did the accounts deviate from the budget? The cause and the explanation per year, as the municipality wrote them.',
    year: 'Year',
    deviation: 'Deviation',
    cause: 'Cause',
    text: 'Explanation',
    none: 'No explanation yet',
    internal: 'Internal',
    updated: (date: string) => `updated ${date}`,
    caption: (_name: string, area: string) =>
      `Deviation and explanation per year: function ${area}`,
  },
  form: {
    heading: 'Explain the deviation',
    lead: 'As an editor of the municipality you can write why the accounts deviated from the budget. A public explanation is also seen by other municipalities beside their own figures.',
    year: 'Year',
    cause: 'Cause',
    text: 'Explanation',
    textHelp: 'Short and concrete: what happened, and what is the municipality doing about it?',
    visibility: 'Visibility',
    visibilities: { public: 'Public', internal: 'Internal to the municipality only' },
    save: 'Save the explanation',
    saving: 'Saving …',
    saved: (year: number) => `The explanation for ${year} is saved.`,
    problem: 'The explanation was not saved',
    login: 'Log in as an editor of the municipality to explain the deviation',
  },
  causes: DEVIATION_CAUSE_NAMES_EN,
  peers: {
    heading: 'The comparable municipalities’ deviations on the same area',
    lead: (group: string) =>
      `The deviation as per cent of the budget (and DKK per inhabitant) for the comparable municipalities (${group}) that have budget figures on the area. Their public explanations are below the table.`,
    caption: (_name: string, area: string, unit: string) =>
      `Deviation on function ${area} per municipality and year (${unit})`,
    municipality: 'Municipality',
    own: '(this municipality)',
    none: 'None of the comparable municipalities has budget figures on the area.',
    explanations: 'Explanations from the municipalities',
    noExplanations: 'None of the municipalities has written a public explanation on the area yet.',
  },
  skipped: (n: number) =>
    `${n} ${plural(n, 'year is', 'years are')} left out: the budget is in another price level and no price index reaches the year.`,
  downloads: 'Download the deviations',
  sources: 'Source',
};
