import {
  ageCodes,
  type CodeSelector,
  type KeyFigureFormula,
  type SeriesSum,
  type SeriesTerm,
} from '../formula.ts';
import type { DefinitionBreak, VolumeDefinition } from '../key-figure.ts';
import { cost, structure, type EntrySpec, type PoolRef } from './define.ts';

// Key figures derived from Statistics Denmark's StatBank (api.statbank.dk), declared as formulas
// over its tables. Units: REGK31 with PRISENHED "LOBM" is in 1.000 kr., current prices, so
// amounts are scaled by 1000 to kr.; FOLK1A counts persons on the 1st of the quarter, and a
// year's volume is the population on 1 January of that year (TID "<år>K1").

/** Net operating expenditure (drift, i alt netto) in 1.000 kr., current prices. */
const REGK31_NET: Readonly<Record<string, readonly CodeSelector[]>> = {
  DRANST: ['1'],
  ART: ['TOT'],
  PRISENHED: ['LOBM'],
};

/** Every function (5 digits, "53027" = 5.30.27) of the hovedfunktioner named "5.30" etc. */
function functions(...hovedfunktioner: readonly string[]): readonly CodeSelector[] {
  return hovedfunktioner.map((h) => ({ prefix: h.replace('.', ''), length: 5 }));
}

function expenditure(
  descriptionDa: string,
  ...parts: readonly {
    readonly hf: readonly string[];
    readonly from?: number;
    readonly to?: number;
  }[]
): SeriesSum {
  return {
    unit: '1.000 kr.',
    descriptionDa,
    terms: parts.map((p): SeriesTerm => ({
      table: 'REGK31',
      variables: { FUNKTION: functions(...p.hf), ...REGK31_NET },
      ...(p.from !== undefined ? { fromYear: p.from } : {}),
      ...(p.to !== undefined ? { toYear: p.to } : {}),
    })),
  };
}

function population(descriptionDa: string, ages: readonly string[]): SeriesSum {
  return {
    unit: 'personer',
    descriptionDa,
    terms: [{ table: 'FOLK1A', variables: { ALDER: ages, KØN: ['TOT'], CIVILSTAND: ['TOT'] } }],
  };
}

/** The 2018 chart of accounts: elderly (5.30) and adults (5.38) split from the old 5.32. */
const CHART_2018: DefinitionBreak = {
  year: 2018,
  description:
    'Den kommunale kontoplan blev lagt om i 2018: ældre konteres på hovedfunktion 5.30, voksne ' +
    'med særlige behov på 5.38; før 2018 lå ældre og voksne med handicap sammen på 5.32, så ' +
    'niveauet før og efter 2018 ikke er sammenligneligt.',
  descriptionEn:
    'The municipal chart of accounts was reorganised in 2018: the elderly are booked on main ' +
    'function 5.30 and adults with special needs on 5.38; before 2018 the elderly and adults ' +
    'with disabilities were booked together on 5.32, so the level before and after 2018 is not ' +
    'comparable.',
};

const ALL_AGES = population('Indbyggere 1. januar', ['IALT']);
const FIRST_YEAR = 2008; // FOLK1A begins 2008K1, REGK31 in 2007

/** An age group of FOLK1A: the single years from..to (125 is FOLK1A's oldest age). */
interface AgeGroup {
  readonly slug: string;
  readonly label: string;
  readonly from: number;
  readonly to: number;
}
const AGE_GROUPS = {
  '0-5': { slug: '0-5', label: '0-5-årige', from: 0, to: 5 },
  '6-16': { slug: '6-16', label: '6-16-årige', from: 6, to: 16 },
  '0-17': { slug: '0-17', label: '0-17-årige', from: 0, to: 17 },
  '18-64': { slug: '18-64', label: '18-64-årige', from: 18, to: 64 },
  '67+': { slug: '67', label: '67+-årige', from: 67, to: 125 },
} as const satisfies Record<string, AgeGroup>;
type AgeGroupKey = keyof typeof AGE_GROUPS;

const agePopulation = (g: AgeGroup): SeriesSum =>
  population(`Antal ${g.label} 1. januar`, ageCodes(g.from, g.to));

/** The id of a structural share "statbank-andel-67-aarige". */
const shareId = (g: AgeGroup): string => `statbank-andel-${g.slug}-aarige`;

const POPULATION_ID = 'statbank-indbyggertal';

const volumeOf = (g: AgeGroup): VolumeDefinition => ({
  population: POPULATION_ID,
  share: shareId(g),
  description: `Antal ${g.label} 1. januar (FOLK1A; indbyggertal × andel ${g.label} / 100)`,
  descriptionEn: `Number of persons aged ${g.slug === '67' ? '67+' : g.slug} on 1 January (FOLK1A; population × share aged ${g.slug === '67' ? '67+' : g.slug} / 100)`,
});

const perPerson = (numerator: SeriesSum, denominator: SeriesSum): KeyFigureFormula => ({
  numerator,
  denominator,
  scale: 1000,
  decimals: 0,
  fromYear: FIRST_YEAR,
});

function unitCost(spec: {
  readonly id: string;
  readonly area: string;
  readonly areaEn: string;
  readonly group: AgeGroupKey | 'indb';
  readonly themes: EntrySpec['themes'];
  readonly covers: readonly PoolRef[];
  /** The nøgletal area figure that holds the same money or more. */
  readonly parent?: string;
  readonly numerator: SeriesSum;
  readonly breaks?: EntrySpec['breaks'];
}): EntrySpec {
  const g = spec.group === 'indb' ? undefined : AGE_GROUPS[spec.group];
  const per = g ? `pr. ${g.label.replace(/e$/, '')}` : 'pr. indb.';
  const perEn = g ? `per person aged ${g.label.replace(/-årige$/, '')}` : 'per inhabitant';
  return cost({
    id: spec.id,
    sourceName: `${spec.area} ${per} (REGK31/FOLK1A)`,
    nameDa: `${spec.area} ${per}`,
    nameEn: `${spec.areaEn} ${perEn}`,
    unit: `kr. ${per}`,
    themes: spec.themes,
    covers: spec.covers,
    volume: g
      ? volumeOf(g)
      : {
          population: POPULATION_ID,
          description: 'Indbyggere 1. januar (FOLK1A)',
          descriptionEn: 'Inhabitants on 1 January (FOLK1A)',
        },
    source: 'statbank',
    formula: perPerson(spec.numerator, g ? agePopulation(g) : ALL_AGES),
    ...(spec.parent !== undefined ? { parent: spec.parent } : {}),
    ...(spec.breaks ? { breaks: spec.breaks } : {}),
  });
}

function share(g: AgeGroup): EntrySpec {
  return structure({
    id: shareId(g),
    sourceName: `Andel ${g.label} (FOLK1A)`,
    nameDa: `Andel ${g.label} af indbyggerne 1. januar`,
    nameEn: `Share of the population aged ${g.label.replace(/-årige$/, '')} on 1 January`,
    unit: 'pct.',
    themes: ['structure'],
    source: 'statbank',
    formula: {
      numerator: agePopulation(g),
      denominator: ALL_AGES,
      scale: 100,
      decimals: 2,
      fromYear: FIRST_YEAR,
    },
  });
}

/** Unit costs and structural variables computed from StatBank's REGK31 and FOLK1A. */
export const STATBANK: readonly EntrySpec[] = [
  structure({
    id: POPULATION_ID,
    sourceName: 'Indbyggere 1. januar (FOLK1A)',
    nameDa: 'Indbyggere 1. januar',
    nameEn: 'Population on 1 January',
    unit: 'indb.',
    themes: ['structure'],
    source: 'statbank',
    formula: { numerator: ALL_AGES, scale: 1, decimals: 0, fromYear: FIRST_YEAR },
  }),
  ...Object.values(AGE_GROUPS).map(share),
  unitCost({
    id: 'statbank-aeldre-pr-67-aarig',
    area: 'Nettodriftsudgifter til ældre',
    areaEn: 'Net operating expenditure on the elderly',
    group: '67+',
    themes: ['elderly-health'],
    covers: ['aeldre'],
    // Until 2017 5.32 also held adults with disabilities, so the parent is the sum of both.
    parent: 'udg-aeldre-voksne-saerlige-behov-pr-18-aarig',
    // The chart of accounts moved the elderly to hovedfunktion 5.30 in 2018; before, 5.32
    // held the elderly and adults with disabilities together, so the years are not comparable.
    numerator: expenditure(
      'Nettodriftsudgifter, hovedfunktion 5.30 (fra 2018) / 5.32 (til 2017)',
      { hf: ['5.30'], from: 2018 },
      { hf: ['5.32'], to: 2017 },
    ),
    breaks: [CHART_2018],
  }),
  unitCost({
    id: 'statbank-dagtilbud-pr-0-5-aarig',
    area: 'Nettodriftsudgifter til dagtilbud',
    areaEn: 'Net operating expenditure on day care',
    group: '0-5',
    themes: ['children-young'],
    // All of 5.25: the places, fripladser and søskendetilskud, and private pasning (5.25.19).
    covers: ['dagtilbud', 'fripladser', 'privat-pasning'],
    parent: 'udg-dagtilbud-netto-pr-indb',
    numerator: expenditure('Nettodriftsudgifter, hovedfunktion 5.25', { hf: ['5.25'] }),
  }),
  unitCost({
    id: 'statbank-folkeskole-pr-6-16-aarig',
    area: 'Nettodriftsudgifter til folkeskoleområdet',
    areaEn: 'Net operating expenditure on primary schooling',
    group: '6-16',
    themes: ['children-young'],
    covers: ['folkeskoler', 'sfo', 'folkeskole-oevrige', 'privatskoler'],
    parent: 'udg-folkeskoleomraadet-pr-indb',
    numerator: expenditure('Nettodriftsudgifter, hovedfunktion 3.22', { hf: ['3.22'] }),
  }),
  unitCost({
    id: 'statbank-boern-unge-saerlige-behov-pr-0-17-aarig',
    area: 'Nettodriftsudgifter til børn og unge med særlige behov',
    areaEn: 'Net operating expenditure on children and young people with special needs',
    group: '0-17',
    themes: ['children-young', 'employment-social-family'],
    covers: ['boern-unge-saerlige-behov'],
    parent: 'udg-boern-unge-saerlige-behov-pr-0-17-aarig',
    numerator: expenditure('Nettodriftsudgifter, hovedfunktion 5.28', { hf: ['5.28'] }),
  }),
  unitCost({
    id: 'statbank-voksne-saerlige-behov-pr-18-64-aarig',
    area: 'Nettodriftsudgifter til voksne med særlige behov',
    areaEn: 'Net operating expenditure on adults with special needs',
    group: '18-64',
    themes: ['specialised-adults'],
    covers: ['voksne-saerlige-behov'],
    parent: 'udg-voksne-saerlige-behov-pr-18-66-aarig',
    numerator: expenditure('Nettodriftsudgifter, hovedfunktion 5.38', { hf: ['5.38'] }),
    breaks: [CHART_2018],
  }),
  unitCost({
    id: 'statbank-administration-pr-indb',
    area: 'Nettodriftsudgifter til administration',
    areaEn: 'Net operating expenditure on administration',
    group: 'indb',
    themes: ['administration'],
    // 6.45 Administrativ organisation and 6.52 Lønpuljer; 6.48 (erhvervsudvikling, turisme og
    // landdistrikter) lies between them in the chart of accounts but is not administration.
    // Not 6.42 (politisk organisation): the part 'adm-central/6.45' leaves it out. Lønpuljer
    // lie in no nøgletal area, so the figure has no area parent.
    covers: ['adm-central/6.45', 'loenpuljer'],
    numerator: expenditure('Nettodriftsudgifter, hovedfunktion 6.45 og 6.52', {
      hf: ['6.45', '6.52'],
    }),
  }),
];
