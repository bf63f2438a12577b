import { PENSION_AGE_17_64, PENSION_AGE_17_64_UNNOTED, REFORM_2007 } from './breaks.ts';
import type { VolumeDefinition } from '../key-figure.ts';
import { ageGroup, cost, PER_INHABITANT, quality, type EntrySpec } from './define.ts';

/**
 * The volume of the "pr. 17-64/66-årig" figures (note 25): the 17-64-årige from 2004, the
 * 17-66-årige before, as the figure itself is computed; the break at 2004 is recorded on each
 * figure.
 */
const PER_17_64: VolumeDefinition = {
  ...ageGroup('andel-17-64-aarige', '17-64-årige', {
    da: 'Før 2004 er volumen antal 17-66-årige, som nøgletallet da var opgjort i forhold til (note 25).',
    en: 'Before 2004 the volume is the number of persons aged 17-66, to which the key figure was then related (note 25).',
  }),
  before: {
    year: 2004,
    share: 'andel-17-66-aarige',
    description:
      'Antal 17-66-årige (indbyggertal 1. januar × andel 17-66-årige / 100), før 2004 (note 25)',
    descriptionEn:
      'Number of persons aged 17-66 (population on 1 January × share aged 17-66 / 100), before 2004 (note 25)',
  },
};

const LABOUR_MARKET_OUTCOMES = [
  'foertidspensionister-pr-100-17-64-aarige',
  'kontanthjaelpsmodtagere-pr-100-17-64-aarige',
];

/** Beskæftigelse, social og familie (transfers and activation), and integration. */
export const EMPLOYMENT_INTEGRATION: readonly EntrySpec[] = [
  cost({
    id: 'udg-overfoersler-pr-indb',
    sourceName: 'Udg. til overførsler pr. indb.',
    nameDa: 'Udgifter til overførsler pr. indbygger',
    nameEn: 'Expenditure on income transfers per inhabitant',
    unit: 'kr. pr. indb.',
    themes: ['employment-social-family'],
    volume: PER_INHABITANT,
    // Aktivering and introduktion may be counted here too; the export does not say.
    covers: [
      'sygedagpenge',
      'foertidspension',
      'kontanthjaelp',
      'forsoergelse-oevrige',
      'overfoersler-oevrige',
      'aktivering',
      'introduktion',
    ],
    parent: 'nettodriftsudgifter-pr-indb',
    counterparts: LABOUR_MARKET_OUTCOMES,
    breaks: [REFORM_2007],
  }),
  cost({
    // Sygedagpenge, førtidspension, kontanthjælp and the other benefits together.
    id: 'udg-forsoergelse-pr-17-64-aarig',
    sourceName: 'Udg. til forsørgelse (netto) pr. 17-64/66-årig',
    nameDa: 'Nettoudgifter til forsørgelse pr. 17-64-årig',
    nameEn: 'Net expenditure on income support per person aged 17-64',
    unit: 'kr. pr. 17-64-årig',
    themes: ['employment-social-family'],
    volume: PER_17_64,
    covers: ['sygedagpenge', 'foertidspension', 'kontanthjaelp', 'forsoergelse-oevrige'],
    parent: 'udg-overfoersler-pr-indb',
    counterparts: LABOUR_MARKET_OUTCOMES,
    breaks: [PENSION_AGE_17_64],
  }),
  cost({
    id: 'udg-sygedagpenge-pr-17-64-aarig',
    sourceName: 'Udg. til sygedagpenge pr. 17-64/66-årig',
    nameDa: 'Udgifter til sygedagpenge pr. 17-64-årig',
    nameEn: 'Expenditure on sickness benefit per person aged 17-64',
    unit: 'kr. pr. 17-64-årig',
    themes: ['employment-social-family'],
    volume: PER_17_64,
    covers: ['sygedagpenge'],
    parent: 'udg-forsoergelse-pr-17-64-aarig',
    breaks: [PENSION_AGE_17_64],
  }),
  cost({
    id: 'udg-foertidspension-pr-17-64-aarig',
    sourceName: 'Udg. til førtidspension pr. 17-64/66-årig',
    nameDa: 'Udgifter til førtidspension pr. 17-64-årig',
    nameEn: 'Expenditure on disability pension per person aged 17-64',
    unit: 'kr. pr. 17-64-årig',
    themes: ['employment-social-family'],
    volume: PER_17_64,
    covers: ['foertidspension'],
    parent: 'udg-forsoergelse-pr-17-64-aarig',
    counterparts: ['foertidspensionister-pr-100-17-64-aarige'],
    breaks: [PENSION_AGE_17_64],
  }),
  cost({
    // Published from 2007, but the export still attaches note 25 to it.
    id: 'udg-kontanthjaelp-revalidering-pr-17-64-aarig',
    sourceName: 'Udg. til kontanthjælp og revalidering pr 17-64/66-årig',
    nameDa: 'Udgifter til kontanthjælp og revalidering pr. 17-64-årig',
    nameEn: 'Expenditure on social assistance and rehabilitation per person aged 17-64',
    unit: 'kr. pr. 17-64-årig',
    themes: ['employment-social-family'],
    volume: PER_17_64,
    covers: ['kontanthjaelp'],
    parent: 'udg-forsoergelse-pr-17-64-aarig',
    counterparts: ['kontanthjaelpsmodtagere-pr-100-17-64-aarige'],
    breaks: [
      PENSION_AGE_17_64,
      {
        year: 2016,
        description:
          'Niveauet springer i alle kommuner fra 2015 til 2016 (medianen stiger ca. 50 %), ' +
          'samtidig med refusionsreformen 1. januar 2016. Eksporten har ingen note om det.',
        descriptionEn:
          'The level jumps in every municipality from 2015 to 2016 (the median rises by about ' +
          '50 %), at the same time as the reform of state refunds on 1 January 2016. The export ' +
          'has no note on it.',
      },
    ],
  }),
  cost({
    // The operating cost of activation, outside forsørgelse: the components of forsørgelse
    // and activation together exceed forsørgelse in the data.
    id: 'udg-aktivering-pr-17-64-aarig',
    sourceName: 'Udg. til aktivering pr. 17-64/66-årig',
    nameDa: 'Udgifter til aktivering pr. 17-64-årig',
    nameEn: 'Expenditure on activation per person aged 17-64',
    unit: 'kr. pr. 17-64-årig',
    themes: ['employment-social-family'],
    volume: PER_17_64,
    covers: ['aktivering'],
    parent: 'nettodriftsudgifter-pr-indb',
    counterparts: LABOUR_MARKET_OUTCOMES,
    breaks: [PENSION_AGE_17_64],
  }),
  // Outcomes of the employment effort: fewer people permanently outside the labour market is
  // the aim of the reforms, and the cost figures above move with them.
  quality({
    id: 'foertidspensionister-pr-100-17-64-aarige',
    sourceName: 'Førtidspensionister pr. 100 17-64/66-årige',
    nameDa: 'Førtidspensionister pr. 100 17-64-årige',
    nameEn: 'Disability pensioners per 100 aged 17-64',
    unit: 'pr. 100 17-64-årige',
    themes: ['employment-social-family'],
    polarity: 'lower-is-better',
    breaks: [PENSION_AGE_17_64_UNNOTED],
  }),
  quality({
    id: 'kontanthjaelpsmodtagere-pr-100-17-64-aarige',
    sourceName: 'Kontanthjælpsmodtagere mv. pr. 100 17-64-årige',
    nameDa: 'Kontanthjælpsmodtagere mv. pr. 100 17-64-årige',
    nameEn: 'Social assistance recipients etc. per 100 aged 17-64',
    unit: 'pr. 100 17-64-årige',
    themes: ['employment-social-family'],
    polarity: 'lower-is-better',
  }),
  cost({
    // Net of the state's grants, so a municipality can show a negative value in a year.
    id: 'udg-introduktionsforloeb-pr-indb',
    sourceName: 'Udg. til introduktionsforløb for udlændinge pr. indb.',
    nameDa: 'Udgifter til introduktionsforløb for udlændinge pr. indbygger',
    nameEn: 'Expenditure on introduction programmes for immigrants per inhabitant',
    unit: 'kr. pr. indb.',
    themes: ['integration'],
    volume: PER_INHABITANT,
    covers: ['introduktion'],
    parent: 'nettodriftsudgifter-pr-indb',
  }),
];
