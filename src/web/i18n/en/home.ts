import type { Widen } from '../widen.ts';
import type { da } from '../da/index.ts';

const denmarkMap: Widen<typeof da.home.denmarkMap> = {
  loading: 'Loading the map …',
  noBoundaries:
    'The municipal boundaries have not been imported, so the map cannot be drawn. The figures are in the table.',
  label: (figure: string, year: number) => `Map of the municipalities: ${figure}, ${year}`,
  summary: (
    figure: string,
    year: number,
    count: number,
    lowest: string,
    highest: string,
    missing: number,
  ) =>
    `Map of Denmark's municipalities coloured by ${figure} in ${year}. ${count} municipalities have a value; the lowest is ${lowest}, the highest ${highest}.` +
    (missing > 0
      ? ` ${missing} ${missing === 1 ? 'municipality' : 'municipalities'} without a value.`
      : ''),
  rank: (rank: number, count: number) => `no. ${rank} of ${count}`,
  rankNeutral: (rank: number, count: number) => `no. ${rank} of ${count}, highest first`,
  noValue: 'no value',
  legend: 'Legend',
  darkerIsHigher: 'A darker colour means a higher value.',
  polarity: {
    'lower-is-better': 'Lower is better: no. 1 has the lowest value.',
    'higher-is-better': 'Higher is better: no. 1 has the highest value.',
    neutral: 'Neither higher nor lower is better in itself.',
  },
  count: (n: number) => (n === 1 ? '1 municipality' : `${n} municipalities`),
  source: (source: string, year: number) => `Source: ${source}, ${year}.`,
  bornholm: 'Bornholm is shown in a box at the top right.',
  capital: 'Greater Copenhagen',
  capitalNote:
    'Greater Copenhagen is shown enlarged in a box north of Zealand; the frame on the map shows the area.',
  skipMap: 'Skip the municipalities of the map',
  tableCaption: (figure: string, year: number) => `${figure}, ${year}: all municipalities`,
  /** The last word of a downloaded map's file name: »udgifter-til-aeldre-2023-kort.svg«. */
  fileName: 'map',
};

export const home: Widen<typeof da.home> = {
  title: "The municipalities' key figures on one map",
  lead: "Potentiale compares Denmark's 98 municipalities on the municipal key figures: what they spend per citizen, older person or pupil, and how they compare with municipalities in similar circumstances.",
  about: {
    heading: 'A map, not a verdict',
    points: [
      'The figures show where it may pay to look closer, and which municipalities may be worth a call.',
      'Money is not the same as quality: a high cost can be a deliberate choice, and a low cost can come at a price.',
      'Municipalities prioritise differently and work under different conditions. The potential is a computed range, not a savings target.',
    ],
  },
  search: {
    heading: 'Find your municipality',
    label: "The municipality's name",
    hint: 'Choose a municipality to see its potential package: key figures, comparable municipalities and whom to talk to.',
  },
  map: {
    heading: 'Map of Denmark',
    intro:
      'Choose a key figure and a year. Point at or tab to a municipality to see its figure, and click or press Enter to open it.',
    keyFigure: 'Key figure',
    year: 'Year',
    otherGroup: 'Other key figures',
    moreAbout: (name: string) => `More about ${name}: ranking, development and data`,
    noYears: 'The key figure has no values yet.',
    noValues: (name: string, year: number) => `There are no values for ${name} in ${year}.`,
    noKeyFigures: 'There are no key figures in the database yet.',
  },
  denmarkMap,
};
