import { NEW_METHOD_2018, PENSION_AGE_65, REFORM_2007 } from './breaks.ts';
import { activity, ageGroup, cost, finance, PER_INHABITANT, type EntrySpec } from './define.ts';

const ELDERLY_ACTIVITY = [
  'pladser-plejehjem-pr-1000-65-aarige',
  'plejeboliger-pr-1000-65-aarige',
  'aeldreboliger-pr-1000-65-aarige',
  'pladser-beskyttede-boliger-pr-1000-65-aarige',
  'betaling-udbragt-mad-pr-dag',
  'betaling-forplejning-plejehjem-pr-maaned',
];

// Care for the elderly and hospital admissions move together (færdigbehandlede patienter,
// genindlæggelser): a low elderly cost is worth reading beside the medfinansiering.
const HEALTH_LINK = 'udg-medfinansiering-sundhedsvaesen-pr-indb';

const PER_65_PLUS = 'pladser pr. 1.000 65+-årige';

/** Ældre og sundhed, and the specialised adult area (voksne med særlige behov). */
export const ELDERLY_ADULTS: readonly EntrySpec[] = [
  cost({
    // Elderly and adults with special needs as one figure per inhabitant: the same money as
    // the figure per 18+-årig, over another volume.
    id: 'udg-aeldre-voksne-saerlige-behov-pr-indb',
    sourceName: 'Udg. til ældre samt voksne med særl. behov pr. indb.',
    nameDa: 'Udgifter til ældre samt voksne med særlige behov pr. indbygger',
    nameEn: 'Expenditure on the elderly and adults with special needs per inhabitant',
    unit: 'kr. pr. indb.',
    themes: ['elderly-health', 'specialised-adults'],
    volume: PER_INHABITANT,
    covers: ['aeldre', 'voksne-saerlige-behov'],
    parent: 'nettodriftsudgifter-pr-indb',
    counterparts: [...ELDERLY_ACTIVITY, HEALTH_LINK],
    breaks: [REFORM_2007],
  }),
  cost({
    // The only elderly figure before 2018; from 2018 the sum of the two split figures below.
    id: 'udg-aeldre-voksne-saerlige-behov-pr-18-aarig',
    sourceName: 'Udg. til ældre samt voksne m. særl. behov pr. 18+-årig',
    nameDa: 'Udgifter til ældre samt voksne med særlige behov pr. 18+-årig',
    nameEn: 'Expenditure on the elderly and adults with special needs per adult aged 18+',
    unit: 'kr. pr. 18+-årig',
    themes: ['elderly-health', 'specialised-adults'],
    volume: ageGroup('andel-18-aarige', '18+-årige'),
    covers: ['aeldre', 'voksne-saerlige-behov'],
    parent: 'nettodriftsudgifter-pr-indb',
    counterparts: [...ELDERLY_ACTIVITY, HEALTH_LINK],
    breaks: [REFORM_2007],
  }),
  cost({
    id: 'udgifter-aeldre-pr-67-aarig',
    sourceName: 'Udgifter til ældre pr. 67+-årig',
    nameDa: 'Udgifter til ældre pr. 67+-årig',
    nameEn: 'Expenditure on care for the elderly per person aged 67+',
    unit: 'kr. pr. 67+-årig',
    themes: ['elderly-health'],
    volume: ageGroup('andel-67-aarige', '67+-årige'),
    covers: ['aeldre'],
    parent: 'udg-aeldre-voksne-saerlige-behov-pr-18-aarig',
    counterparts: [...ELDERLY_ACTIVITY, HEALTH_LINK],
    breaks: [NEW_METHOD_2018],
  }),
  cost({
    id: 'udg-voksne-saerlige-behov-pr-18-66-aarig',
    sourceName: 'Udg. til voksne med særlige behov pr. 18-66-årig',
    nameDa: 'Udgifter til voksne med særlige behov pr. 18-66-årig',
    nameEn: 'Expenditure on adults with special needs per person aged 18-66',
    unit: 'kr. pr. 18-66-årig',
    themes: ['specialised-adults'],
    volume: ageGroup('andel-18-66-aarige', '18-66-årige'),
    covers: ['voksne-saerlige-behov'],
    parent: 'udg-aeldre-voksne-saerlige-behov-pr-18-aarig',
    counterparts: ['indt-central-refusion-voksne-pr-18-66-aarig'],
    breaks: [NEW_METHOD_2018],
  }),
  finance({
    // The state refunds part of each very expensive case; a high refund explains a high cost.
    id: 'indt-central-refusion-voksne-pr-18-66-aarig',
    sourceName: 'Indt., centr. ref.ordn., voksne/hand. pr. 18-66-årig',
    nameDa:
      'Indtægter fra den centrale refusionsordning vedr. voksne og handicappede pr. 18-66-årig',
    nameEn:
      'Income from the central reimbursement scheme for costly cases, adults and people ' +
      'with disabilities, per person aged 18-66',
    unit: 'kr. pr. 18-66-årig',
    themes: ['specialised-adults'],
    polarity: 'neutral',
    volume: ageGroup('andel-18-66-aarige', '18-66-årige'),
  }),
  cost({
    id: 'udg-sundhedsydelser-pr-indb',
    sourceName: 'Udg. til sundh.ydelser ekskl. medfin. pr. indb.',
    nameDa: 'Udgifter til sundhedsydelser ekskl. medfinansiering pr. indbygger',
    nameEn: 'Expenditure on health services excluding co-financing per inhabitant',
    unit: 'kr. pr. indb.',
    themes: ['elderly-health'],
    volume: PER_INHABITANT,
    covers: ['sundhed'],
    parent: 'nettodriftsudgifter-pr-indb',
    // Prevention and rehabilitation are meant to lower hospital use, hence the pair.
    counterparts: [HEALTH_LINK],
    breaks: [REFORM_2007],
  }),
  cost({
    // Introduced with kommunalreformen 2007 (first value 2007), so it has no 2007 break.
    id: HEALTH_LINK,
    sourceName: 'Udg. til akt.bestemt medfinans. af sundh.v. pr. indb.',
    nameDa: 'Udgifter til aktivitetsbestemt medfinansiering af sundhedsvæsenet pr. indbygger',
    nameEn: 'Activity-based co-financing of the regional health service per inhabitant',
    unit: 'kr. pr. indb.',
    themes: ['elderly-health'],
    volume: PER_INHABITANT,
    covers: ['medfinansiering'],
    parent: 'nettodriftsudgifter-pr-indb',
    counterparts: ['udg-sundhedsydelser-pr-indb', 'udgifter-aeldre-pr-67-aarig'],
    breaks: [
      {
        year: 2012,
        description:
          'Den kommunale medfinansiering blev omlagt fra 2012, og niveauet springer i alle ' +
          'kommuner fra 2011 til 2012 (medianen stiger ca. 64 %). Eksporten har ingen note om det.',
        descriptionEn:
          'The municipal co-financing of the health service was reorganised from 2012, and the ' +
          'level jumps in every municipality from 2011 to 2012 (the median rises by about 64 %). ' +
          'The export has no note on it.',
      },
    ],
  }),
  // Places for the elderly: how much is institution and how much home care is a priority,
  // so the coverage figures are neutral context for the elderly cost.
  activity({
    id: 'pladser-plejehjem-pr-1000-65-aarige',
    sourceName: 'Pladser i plejehjem/pl.centre pr. 1.000 65+/67+-årige',
    nameDa: 'Pladser i plejehjem og plejecentre pr. 1.000 65+-årige',
    nameEn: 'Nursing-home places per 1,000 aged 65+',
    unit: PER_65_PLUS,
    themes: ['elderly-health'],
    polarity: 'neutral',
    breaks: [PENSION_AGE_65],
  }),
  activity({
    id: 'plejeboliger-pr-1000-65-aarige',
    sourceName: 'Plejeboliger pr. 1.000 65+/67+-årige',
    nameDa: 'Plejeboliger pr. 1.000 65+-årige',
    nameEn: 'Care dwellings per 1,000 aged 65+',
    unit: 'boliger pr. 1.000 65+-årige',
    themes: ['elderly-health'],
    polarity: 'neutral',
    breaks: [PENSION_AGE_65],
  }),
  activity({
    id: 'aeldreboliger-pr-1000-65-aarige',
    sourceName: 'Ældreboliger pr. 1.000 65+/67+-årige',
    nameDa: 'Ældreboliger pr. 1.000 65+-årige',
    nameEn: 'Dwellings for the elderly per 1,000 aged 65+',
    unit: 'boliger pr. 1.000 65+-årige',
    themes: ['elderly-health'],
    polarity: 'neutral',
    breaks: [PENSION_AGE_65],
  }),
  activity({
    id: 'pladser-beskyttede-boliger-pr-1000-65-aarige',
    sourceName: 'Pladser i beskyttede boliger pr. 1.000 65+/67+-årige',
    nameDa: 'Pladser i beskyttede boliger pr. 1.000 65+-årige',
    nameEn: 'Places in sheltered housing per 1,000 aged 65+',
    unit: PER_65_PLUS,
    themes: ['elderly-health'],
    polarity: 'neutral',
    breaks: [PENSION_AGE_65],
  }),
  // The citizens' payments: lower for the citizen, higher for the municipality's net cost.
  activity({
    id: 'betaling-udbragt-mad-pr-dag',
    sourceName: 'Betaling for udbragt mad pr. dag (abs)',
    nameDa: 'Betaling for udbragt mad pr. dag',
    nameEn: 'Charge for delivered meals per day',
    unit: 'kr. pr. dag',
    themes: ['elderly-health'],
    polarity: 'neutral',
  }),
  activity({
    id: 'betaling-forplejning-plejehjem-pr-maaned',
    sourceName: 'Betaling for forplejning på plejehjem pr. mnd (abs)',
    nameDa: 'Betaling for forplejning på plejehjem pr. måned',
    nameEn: 'Charge for board in a nursing home per month',
    unit: 'kr. pr. måned',
    themes: ['elderly-health'],
    polarity: 'neutral',
  }),
];
