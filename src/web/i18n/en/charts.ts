import type { Widen } from '../widen.ts';
import type { da } from '../da/index.ts';

export const charts: Widen<typeof da.charts> = {
  reference: {
    short: 'Median',
    name: (kind: 'peers' | 'all') =>
      kind === 'peers' ? 'Median of the peer group' : 'Median of all municipalities',
    sentence: (name: string, value: string) => `${name}: ${value}.`,
    peerMedian: 'Median of the peer group',
    allMedian: 'Median of all municipalities',
    allMedianWhy:
      'No municipality is chosen, so there is no peer group: the line is the median of all municipalities.',
    peerMedianWhy: (name: string, n: number) =>
      `The line is the median of ${name}'s ${n} peer municipalities (${name} itself not included).`,
  },
  axis: {
    fromZero: 'The vertical axis starts at 0.',
    broken: (from: string) =>
      `The vertical axis starts at ${from}, not at 0 (marked with a break on the axis).`,
  },
  view: {
    label: 'Show as',
    values: 'Values',
    index: 'Index (median = 100)',
    indexAxis: 'Index, median of the peer group = 100',
    indexAxisAll: 'Index, median of all municipalities = 100',
    indexDefinition: (reference: string) =>
      `Index = own value / ${reference.toLowerCase()} × 100. 100 is the median; 110 is 10 % above it.`,
  },
  tooFew: (n: number, years: string) =>
    n === 0
      ? 'There are no years with values to show a development for.'
      : `There ${n === 1 ? 'is only one year' : `are only ${n} years`} with values (${years}): too few to show a development as a line. The numbers are here:`,
  breakLabel: (year: number) => `Break ${year}`,
  development: {
    summaryValues: (p: { name: string; from: number; to: number; own: string; median: string }) =>
      `Line chart: ${p.name} and the median of the peer group, ${p.from}–${p.to}. ${p.name}: ${p.own}. The median: ${p.median}.`,
    summaryIndex: (p: { name: string; from: number; to: number; a: string; b: string }) =>
      `Line chart: ${p.name} as an index against the median of the peer group (100), ${p.from}–${p.to}: ${p.a} in ${p.from} and ${p.b} in ${p.to}.`,
    fromTo: (a: string, b: string) => `${a} → ${b}`,
    tableCaption: (name: string) =>
      `The development of ${name}: own value, the median of the peer group and index`,
    index: 'Index (median = 100)',
    indexInfo: (name: string) =>
      `Index = the municipality's value / the median of the peer group for ${name} × 100.`,
    othersNote:
      'Measured here as in the method (section on development): an index against the group’s mean, 1 = the mean.',
  },
  download: {
    label: 'Download the chart',
    svg: 'SVG',
    png: 'PNG',
    svgLabel: (title: string) => `Download the chart “${title}” as SVG (vector graphics)`,
    pngLabel: (title: string) => `Download the chart “${title}” as PNG (image)`,
    failed: 'The chart could not be saved as an image.',
    source: (source: string) => `Source: ${source}. Computed with Potentiale.`,
    prices: (level: string) => `Amounts in ${level}.`,
  },
};
