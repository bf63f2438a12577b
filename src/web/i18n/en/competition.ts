import type { Widen } from '../widen.ts';
import type { da } from '../da/index.ts';

export const competition: Widen<typeof da.municipality.competition> = {
  heading: 'Competition and cooperation',
  lead: 'Two indicators of how the municipality uses competition and private suppliers. They are context beside the package: they are not part of the potential, and a higher or lower figure is not better in itself.',
  iku: "The competitive tendering indicator (IKU) is the share of the municipality's expenditure on tasks that can be exposed to competition that has actually been put out to tender, whether the task was then carried out by a private supplier or by the municipality itself.",
  pli: "The private-supplier indicator (PLI) is the share of the municipality's expenditure on these tasks that goes to services bought from private suppliers.",
  oldPli:
    'The PLI was given a new definition; the old one exists only up to and including 2010. The new definition is shown here in every year.',
  caption: (name: string, year: number, group: string) =>
    `${name} against ${group}, ${year} (per cent)`,
  columns: {
    figure: 'Indicator',
    own: 'Municipality',
    median: "Group's median",
    range: 'Lowest – highest in the group',
  },
  range: (min: string, max: string) => `${min} – ${max}`,
  valueInfo: (figure: string, year: number) => `${figure}, ${year}`,
  medianInfo: (figure: string, n: number) =>
    `${figure}: the median of the ${n} peer municipalities with a figure`,
  noYear: 'There are no figures for these indicators up to the chosen year.',
  figureLabel: 'Development of',
  portal: {
    heading: 'From the knowledge portal on tendering and competition',
    none: 'The knowledge portal has nothing on tendering and competition yet.',
    all: 'See everything on tendering and competition',
  },
};
