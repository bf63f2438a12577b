import type { Catalogue } from '../catalogue.ts';

/** The panel for the page's own comparison group, and the benchmark levels it offers. */
export const group: Catalogue['group'] = {
  summary: 'Choose the benchmark level and peer group',
  heading: 'Your own peer group',
  lead: 'Choose how many municipalities, which structural conditions count and how much, and add or remove municipalities. The group is kept in the address, so it can be shared.',
  notNearest: (name: string) =>
    `The group is now “${name}”. Your own group starts from the nearest municipalities on structural conditions.`,
  makeOwn: 'Make your own group',
  k: 'Number of nearest municipalities (k)',
  kHelp: (min: number, max: number) => `A whole number from ${min} to ${max}.`,
  variables: 'Structural conditions and weights',
  variablesHelp:
    'Weight 0 means the condition does not count. The share is the condition’s average share of the distance to the group’s members.',
  themeSets:
    'Without weights of your own, each theme uses its own weights (e.g. the share aged 67+ counts double for the elderly). Once you change a weight, the same weights apply to every theme.',
  use: (name: string) => `Use ${name}`,
  weight: (name: string) => `Weight of ${name}`,
  share: 'Share of the distance',
  variableHeader: 'Structural condition',
  weightHeader: 'Weight',
  extraNames: {
    'non-western-citizens': 'citizens of non-Western countries per 10,000 inhabitants',
  },
  resetVariables: 'Back to the themes’ weights',
  members: 'Members and why',
  membersCaption: (n: number) => `The group’s ${n} members, nearest first`,
  name: 'Municipality',
  distance: 'Distance',
  why: 'Why a member',
  addedByHand: 'added by you',
  remove: (name: string) => `Remove ${name}`,
  removeShort: 'Remove',
  add: 'Add a municipality',
  removed: 'Removed',
  putBack: (name: string) => `Include ${name} again`,
  noDistance: 'no distance (structural conditions missing)',
  save: 'Save the group in this browser',
  saveName: 'Name of the group',
  saveButton: 'Save',
  saved: 'Saved in this browser',
  savedNone: 'You have not saved groups for this municipality in this browser.',
  savedDone: (name: string) => `The group “${name}” is saved in this browser.`,
  apply: (name: string) => `Use “${name}”`,
  delete: (name: string) => `Delete “${name}”`,
  reset: 'Back to the 10 nearest',
  problemsHeading: 'The group in the address cannot be used',
  problems: {
    'k-not-whole': (v: string) => `k must be a whole number, not “${v}”.`,
    'k-range': (v: string) => `k must be from 1 to 97, not ${v}.`,
    'unknown-variable': (v: string) => `There is no structural condition “${v}”.`,
    'duplicate-variable': (v: string) => `The structural condition “${v}” is listed twice.`,
    'bad-weight': (v: string, variable: string) =>
      `The weight of “${variable}” must be a number from 0 to 100, not “${v}”.`,
    'all-zero': () => 'At least one structural condition must have a weight above 0.',
    'unknown-member': (v: string) => `“${v}” is not a municipality code.`,
    'duplicate-member': (v: string) => `Municipality ${v} is listed twice.`,
    'own-member': (v: string) => `Municipality ${v} cannot be in its own group.`,
    'unknown-part': (v: string) => `“${v}” cannot be read (use vars=, add= or remove=).`,
  },
  smallGroup: 'Few members with data',
  levels: {
    heading: 'Benchmark level',
    lead: 'What each municipality is compared with. Each level gives its own potential.',
    percentile: 'Percentile',
    percentileValue: 'Percentile (0-100)',
    municipality: 'Chosen municipality',
    chooseMunicipality: 'Choose the municipality to compare with',
    chosen: (name: string) => `Chosen: ${name}`,
    names: {
      median: 'Median',
      mean: 'Unweighted mean',
      'ratio-of-sums': 'Weighted mean',
      percentile: 'Percentile',
      best: 'Best municipality',
      municipality: 'Chosen municipality',
      'need-adjusted': 'Need-adjusted median',
      'regression-adjusted': 'Regression-adjusted',
    },
    sentences: {
      median: 'The middle value of the peer group: half spend more, half spend less.',
      mean: 'The mean of the group’s unit costs, each municipality counting the same.',
      'ratio-of-sums':
        'The group’s total spending divided by its total volume, like noegletal.dk’s “Gennemsnit”: large municipalities count more.',
      percentile:
        'The value the chosen share of the group lies below; the 25th percentile is the cheapest quarter.',
      best: 'The cheapest municipality in the group (the best, when higher is better).',
      municipality:
        'One chosen municipality’s value, whatever the group: what we would save if we were like it.',
      'need-adjusted':
        'The group’s median of spending per expenditure need, times the municipality’s own expenditure need.',
      'regression-adjusted':
        'What a municipality with the same structural conditions is expected to spend (regression over all), plus the group’s median deviation.',
    },
  },
};
