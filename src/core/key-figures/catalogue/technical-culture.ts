import { REFORM_2007 } from './breaks.ts';
import { activity, cost, PER_INHABITANT, quality, type EntrySpec } from './define.ts';

// The seven themes have no culture theme. Libraries, culture and sport are run as buildings
// and facilities next to roads and town development, so they sit with "teknik, miljø og
// tværgående drift".
const THEME = ['technical-environment'] as const;

const LIBRARY_ACTIVITY = ['bibliotekslaan-pr-indb', 'personale-folkebiblioteker-pr-1000-indb'];

/** Teknik, miljø og tværgående drift, with libraries, culture and sport. */
export const TECHNICAL_CULTURE: readonly EntrySpec[] = [
  cost({
    // Holds the fritidsfaciliteter (idrætsanlæg) of the kontoplan's hovedkonto 0, which
    // "sport og fritid" also counts.
    id: 'udg-byudvikling-bolig-miljoe-pr-indb',
    sourceName: 'Udg. til byudvikling, bolig og miljø pr. indb.',
    nameDa: 'Udgifter til byudvikling, bolig og miljø pr. indbygger',
    nameEn: 'Expenditure on urban development, housing and environment per inhabitant',
    unit: 'kr. pr. indb.',
    themes: THEME,
    volume: PER_INHABITANT,
    covers: ['byudvikling', 'idraetsanlaeg'],
    parent: 'nettodriftsudgifter-pr-indb',
    breaks: [REFORM_2007],
  }),
  cost({
    id: 'udg-transport-infrastruktur-pr-indb',
    sourceName: 'Udg. til transport og infrastruktur pr. indb.',
    nameDa: 'Udgifter til transport og infrastruktur pr. indbygger',
    nameEn: 'Expenditure on transport and infrastructure per inhabitant',
    unit: 'kr. pr. indb.',
    themes: THEME,
    volume: PER_INHABITANT,
    covers: ['transport'],
    parent: 'nettodriftsudgifter-pr-indb',
    breaks: [REFORM_2007],
  }),
  cost({
    id: 'udg-bibliotek-kultur-folkeoplysning-pr-indb',
    sourceName: 'Udg. til bibl./kultur/folkeopl. pr. indb.',
    nameDa: 'Udgifter til biblioteker, kultur og folkeoplysning pr. indbygger',
    nameEn: 'Expenditure on libraries, culture and adult/leisure education per inhabitant',
    unit: 'kr. pr. indb.',
    themes: THEME,
    volume: PER_INHABITANT,
    covers: ['bibliotek', 'kultur', 'folkeoplysning'],
    parent: 'nettodriftsudgifter-pr-indb',
    counterparts: LIBRARY_ACTIVITY,
    breaks: [REFORM_2007],
  }),
  cost({
    id: 'biblioteksudgifter-pr-indb',
    sourceName: 'Biblioteksudgifter pr. indb.',
    nameDa: 'Biblioteksudgifter pr. indbygger',
    nameEn: 'Expenditure on public libraries per inhabitant',
    unit: 'kr. pr. indb.',
    themes: THEME,
    volume: PER_INHABITANT,
    covers: ['bibliotek'],
    parent: 'udg-bibliotek-kultur-folkeoplysning-pr-indb',
    counterparts: LIBRARY_ACTIVITY,
  }),
  cost({
    id: 'udg-boeger-udlaansmaterialer-pr-indb',
    sourceName: 'Udg. til bøger og udlånsmaterialer pr. indb.',
    nameDa: 'Udgifter til bøger og udlånsmaterialer pr. indbygger',
    nameEn: 'Expenditure on books and lending materials per inhabitant',
    unit: 'kr. pr. indb.',
    themes: THEME,
    volume: PER_INHABITANT,
    covers: ['bibliotek'],
    parent: 'biblioteksudgifter-pr-indb',
    counterparts: ['bibliotekslaan-pr-indb'],
  }),
  cost({
    id: 'udg-kultur-pr-indb',
    sourceName: 'Udg. til kultur pr. indb.',
    nameDa: 'Udgifter til kultur pr. indbygger',
    nameEn: 'Expenditure on culture per inhabitant',
    unit: 'kr. pr. indb.',
    themes: THEME,
    volume: PER_INHABITANT,
    covers: ['kultur'],
    parent: 'udg-bibliotek-kultur-folkeoplysning-pr-indb',
  }),
  cost({
    // Libraries + culture + sport exceed "bibl./kultur/folkeopl." in the data: sport also
    // holds facilities booked under byudvikling, so it overlaps both and has no one parent.
    id: 'udg-sport-fritid-pr-indb',
    sourceName: 'Udg. til sport og fritid pr. indb.',
    nameDa: 'Udgifter til sport og fritid pr. indbygger',
    nameEn: 'Expenditure on sport and leisure per inhabitant',
    unit: 'kr. pr. indb.',
    themes: THEME,
    volume: PER_INHABITANT,
    covers: ['idraetsanlaeg', 'folkeoplysning'],
    parent: 'nettodriftsudgifter-pr-indb',
  }),
  quality({
    // Use of the library: the output that the library spending buys.
    id: 'bibliotekslaan-pr-indb',
    sourceName: 'Biblioteksudlån pr. indb.',
    nameDa: 'Biblioteksudlån pr. indbygger',
    nameEn: 'Library loans per inhabitant',
    unit: 'udlån pr. indb.',
    themes: THEME,
    polarity: 'higher-is-better',
  }),
  activity({
    id: 'personale-folkebiblioteker-pr-1000-indb',
    sourceName: 'Personale i alt ved folkebiblioteker pr. 1.000 indb.',
    nameDa: 'Personale i alt ved folkebiblioteker pr. 1.000 indbyggere',
    nameEn: 'Public library staff per 1,000 inhabitants',
    unit: 'personale pr. 1.000 indb.',
    themes: THEME,
    polarity: 'neutral',
  }),
];
