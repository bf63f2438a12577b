import type { Widen } from '../widen.ts';
import type { da } from '../da/index.ts';

export const overview: Widen<typeof da.municipality.overview> = {
  heading: 'Where is the potential?',
  lead: (n: number) =>
    `The ${n === 1 ? 'key figure' : `${n} key figures`} with the largest potential, across the themes. Each figure counts once, also when it belongs to several themes; select a figure to see it in its theme.`,
  none: 'No key figure in the sum has a positive potential: the municipality is at or below the benchmark on all of them.',
  caption: (n: number, unit: string, kindYear: string) =>
    `${n === 1 ? 'The largest potential' : `The ${n} largest potentials`}, amounts in ${unit}, ${kindYear}`,
  columns: {
    rank: 'No.',
    figure: 'Key figure',
    theme: 'Theme',
    value: 'Own value',
    benchmark: 'Benchmark',
    potential: 'Potential',
    warnings: 'Warnings',
  },
  noWarnings: 'no warnings',
  linkHint: (theme: string) => `, see the row under ${theme}`,
  chart: {
    heading: 'From key figures to the total potential',
    rest: (n: number) => (n === 1 ? 'Other key figure' : `Other ${n} key figures`),
    restShort: 'Other',
    total: 'Total potential',
    totalShort: 'Total',
    axis: (prices: string) => `DKK m, ${prices}`,
    summary: (p: { top: number; topSum: string; rest: string | null; total: string }) =>
      `Waterfall chart: the ${p.top} largest potentials make up ${p.topSum}${p.rest ? `, the other key figures ${p.rest}` : ''}, in total ${p.total}.`,
    note: "The bars add the positive potentials up to the package's total potential. Each key figure counts once, and figures that overlap another are not counted.",
    restNote: (n: number) =>
      `The other key figures are the total potential less the ${n} largest, as shown.`,
    rounded: 'Amounts are rounded one by one, so they may differ slightly from the sum.',
    notComparable:
      'No path to a total potential is shown, because the year is not comparable as a whole.',
    tableCaption: (unit: string) => `From key figures to the total potential, ${unit}`,
    part: 'Part',
    amount: 'Potential',
    running: 'Running sum',
  },
  themes: {
    lead: (n: number) =>
      `Each theme shows its ${n} largest potentials. Open a theme to see all its key figures.`,
    openAll: 'Show all key figures in all themes',
    closeAll: 'Show only the largest in all themes',
    showAll: (n: number) => `Show all ${n} key figures`,
    showTop: (n: number) => `Show only the ${n} largest`,
    inTheme: (theme: string) => ` in ${theme}`,
    shown: (n: number, of: number) => `${n} of ${of} key figures shown, largest potential first.`,
  },
  corridor: (level: string) =>
    `The corridor shows the potential across the benchmark levels: the line runs from the lowest to the highest, the dot is the chosen level (${level}), and the vertical tick is zero.`,
  appendix: 'Appendix: all key figures by theme, peer municipalities and whom to talk to',
};
