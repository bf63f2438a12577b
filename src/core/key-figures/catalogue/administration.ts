import {
  KONTOPLAN_2007_UNNOTED,
  PLI_NEW_DEFINITION_2011,
  REFORM_2007,
  REFORM_2007_UNNOTED,
} from './breaks.ts';
import { activity, cost, PER_INHABITANT, SERVICE_AREA_POOLS, type EntrySpec } from './define.ts';

const ADMINISTRATION_ACTIVITY = [
  'aarsvaerk-ledelse-adm-pr-1000-indb',
  'personaleforbrug-pr-1000-indb',
  'privat-leverandoer-indikator',
  'indikator-konkurrenceudsaettelse',
];

/**
 * The hovedkonti of the kontoplan that the export gives the competitive-tendering indicator for
 * (hkt 1, forsyning, and 7-9, finance and balance, have none), named as the kontoplan does.
 */
const HOVEDKONTI = [
  {
    hkt: 0,
    da: 'Byudvikling, bolig- og miljøforanstaltninger',
    en: 'Urban development, housing and environment',
  },
  { hkt: 2, da: 'Transport og infrastruktur', en: 'Transport and infrastructure' },
  { hkt: 3, da: 'Undervisning og kultur', en: 'Education and culture' },
  { hkt: 4, da: 'Sundhedsområdet', en: 'Health' },
  { hkt: 5, da: 'Sociale opgaver og beskæftigelse', en: 'Social services and employment' },
  {
    hkt: 6,
    da: 'Fællesudgifter og administration m.v.',
    en: 'Common expenditure and administration',
  },
] as const;

/** Administration, digitalisering og indkøb. */
export const ADMINISTRATION: readonly EntrySpec[] = [
  cost({
    // Published from 2013, when the kontoplan began to separate ledelse og administration.
    // It covers the service areas because the decentral part is booked inside them: a
    // cross-area aggregate, never summed in a package.
    id: 'udg-ledelse-adm-pr-indb',
    sourceName: 'Udg. til ledelse og adm. pr. indb.',
    nameDa: 'Udgifter til ledelse og administration pr. indbygger',
    nameEn: 'Expenditure on management and administration per inhabitant',
    unit: 'kr. pr. indb.',
    themes: ['administration'],
    volume: PER_INHABITANT,
    covers: ['adm-central', ...SERVICE_AREA_POOLS],
    aggregate: true,
    parent: 'nettodriftsudgifter-pr-indb',
    counterparts: ADMINISTRATION_ACTIVITY,
  }),
  cost({
    id: 'udg-central-ledelse-adm-pr-indb',
    sourceName: 'Udg. til central ledelse og adm. pr. indb.',
    nameDa: 'Udgifter til central ledelse og administration pr. indbygger',
    nameEn: 'Expenditure on central management and administration per inhabitant',
    unit: 'kr. pr. indb.',
    themes: ['administration'],
    volume: PER_INHABITANT,
    covers: ['adm-central'],
    parent: 'udg-ledelse-adm-pr-indb',
    counterparts: ADMINISTRATION_ACTIVITY,
  }),
  cost({
    // Management at schools, day-care centres, care homes…: money that the area figures
    // (folkeskole, dagtilbud, ældre) also hold, so it overlaps them and is never added to them:
    // a cross-area aggregate, shown beside a package.
    id: 'udg-decentral-ledelse-adm-pr-indb',
    sourceName: 'Udg. til decentral led. og adm. pr. indb.',
    nameDa: 'Udgifter til decentral ledelse og administration pr. indbygger',
    nameEn: 'Expenditure on local (decentralised) management and administration per inhabitant',
    unit: 'kr. pr. indb.',
    themes: ['administration'],
    volume: PER_INHABITANT,
    covers: SERVICE_AREA_POOLS,
    aggregate: true,
    parent: 'udg-ledelse-adm-pr-indb',
    counterparts: ADMINISTRATION_ACTIVITY,
  }),
  cost({
    // The figure before the 2013 split; it never shares a year with the three above, but it
    // is the same kind of money, so it overlaps them (through the central pool).
    id: 'udg-administration-pr-indb',
    sourceName: 'Udg. til admininistration pr. indb. (til 2012)',
    nameDa: 'Udgifter til administration pr. indbygger (til 2012)',
    nameEn: 'Expenditure on administration per inhabitant (until 2012)',
    unit: 'kr. pr. indb.',
    themes: ['administration'],
    volume: PER_INHABITANT,
    covers: ['adm-central'],
    parent: 'nettodriftsudgifter-pr-indb',
    counterparts: ADMINISTRATION_ACTIVITY,
    breaks: [REFORM_2007],
  }),
  activity({
    // Administrative staff is overhead: fewer for the same service is the aim of the programme.
    id: 'aarsvaerk-ledelse-adm-pr-1000-indb',
    sourceName: 'Årsværk til ledelse og administration pr. 1.000 indb.',
    nameDa: 'Årsværk til ledelse og administration pr. 1.000 indbyggere',
    nameEn: 'Full-time equivalents in management and administration per 1,000 inhabitants',
    unit: 'årsværk pr. 1.000 indb.',
    themes: ['administration'],
    polarity: 'lower-is-better',
  }),
  activity({
    // Neutral: a municipality that buys services from private suppliers needs fewer staff.
    id: 'personaleforbrug-pr-1000-indb',
    sourceName: 'Personaleforbrug i alt pr. 1.000 indb.',
    nameDa: 'Personaleforbrug i alt pr. 1.000 indbyggere',
    nameEn: 'Total staff (full-time equivalents) per 1,000 inhabitants',
    unit: 'årsværk pr. 1.000 indb.',
    themes: ['administration'],
    polarity: 'neutral',
    breaks: [REFORM_2007_UNNOTED],
  }),
  // Competition and private suppliers are means, not ends: neutral, shown as context.
  activity({
    id: 'privat-leverandoer-indikator',
    sourceName: 'Privat-leverandør-indikator (pct.)',
    nameDa: 'Privatleverandørindikator',
    nameEn: 'Private-supplier indicator',
    unit: 'pct.',
    themes: ['administration'],
    polarity: 'neutral',
    breaks: [REFORM_2007_UNNOTED],
  }),
  activity({
    id: 'indikator-konkurrenceudsaettelse',
    sourceName: 'Indikator for konkurrenceudsættelse (pct.)',
    nameDa: 'Indikator for konkurrenceudsættelse (IKU)',
    nameEn: 'Competitive tendering indicator',
    unit: 'pct.',
    themes: ['administration'],
    polarity: 'neutral',
    breaks: [REFORM_2007_UNNOTED],
  }),
  activity({
    // Kept beside the new definition, never joined to it: the break says which to use.
    id: 'privat-leverandoer-indikator-gl-def',
    sourceName: 'Privat-leverandør-indik. (pct.) (gl. def.) (til 2010)',
    nameDa: 'Privatleverandørindikator, gammel definition (til 2010)',
    nameEn: 'Private-supplier indicator, old definition (until 2010)',
    unit: 'pct.',
    themes: ['administration'],
    polarity: 'neutral',
    breaks: [REFORM_2007_UNNOTED, PLI_NEW_DEFINITION_2011],
  }),
  ...HOVEDKONTI.map(({ hkt, da, en }) =>
    activity({
      id: `indikator-konkurrenceudsaettelse-hkt-${hkt}`,
      sourceName: `Indikator for konkurrenceudsættelse på hkt ${hkt} (pct.)`,
      nameDa: `Indikator for konkurrenceudsættelse (IKU), hovedkonto ${hkt} ${da}`,
      nameEn: `Competitive tendering indicator, main account ${hkt} ${en}`,
      unit: 'pct.',
      themes: ['administration'],
      polarity: 'neutral',
      // Hovedkonto 4 (Sundhedsområdet) begins in 2007 with the new kontoplan: nothing before.
      ...(hkt === 4 ? {} : { breaks: [KONTOPLAN_2007_UNNOTED] }),
    }),
  ),
];
