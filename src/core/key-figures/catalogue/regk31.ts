import type { Theme } from '../key-figure.ts';
import { ageGroup, cost, PER_INHABITANT, type EntrySpec, type PoolRef } from './define.ts';

// The 25 account functions of the DST REGK31 extract (PROVENANCE.md §10): net operating
// expenditure per inhabitant in current prices, accounts 2020-2024. Each function is a part of
// its nøgletal area (its parent) and of the pool of that area, as a sub-pool named by the
// function ('aeldre/5.30.27'), so it overlaps its area figures, the StatBank area figure and
// the totals, but not its sibling functions, which are disjoint money and may be summed.
// No function changed its content in the chart of accounts within 2020-2024, so no breaks.

/** An age group a function serves, for its figure per person of the group. */
interface TargetGroup {
  /** The catalogue's share, e.g. `andel-67-aarige` (for 2021 from FOLK1A by single years). */
  readonly share: string;
  /** "67+", "6-16": as in "pr. 67+-årig". */
  readonly group: string;
  readonly groupEn: string;
}

const AGED_67: TargetGroup = { share: 'andel-67-aarige', group: '67+', groupEn: 'aged 67+' };
const AGED_0_17: TargetGroup = { share: 'andel-0-17-aarige', group: '0-17', groupEn: 'aged 0-17' };

interface FunctionSpec {
  /** "5.30.27": hovedkonto.hovedfunktion.funktion. */
  readonly number: string;
  /** DST's name of the function, exactly as in the export. */
  readonly name: string;
  readonly nameEn: string;
  readonly theme: Theme;
  readonly covers: readonly PoolRef[];
  /** The nøgletal figure the function is a part of. */
  readonly parent: string;
  readonly counterparts?: readonly string[];
  readonly perGroup?: TargetGroup;
}

const UNIT = 'kr. pr. indb.';

/** `regk31-5-30-27`: the id the REGK31 importer gives the function (regk31KeyFigure). */
const idOf = (number: string): string => `regk31-${number.replaceAll('.', '-')}`;

/**
 * The function per inhabitant, as the importer stores it, and, where it serves a natural age
 * group, the same money per person of that group, computed when read (`derived`).
 */
function regk31Function(f: FunctionSpec): readonly EntrySpec[] {
  const id = idOf(f.number);
  const perInhabitant = cost({
    id,
    // Exactly regk31KeyFigure's source name, so a stored figure adopts this entry.
    sourceName: `REGK31 ${f.number} ${f.name} (netto, ${UNIT})`,
    nameDa: `${f.name} (funktion ${f.number}), netto pr. indbygger`,
    nameEn: `${f.nameEn} (function ${f.number}), net per inhabitant`,
    unit: UNIT,
    themes: [f.theme],
    volume: PER_INHABITANT,
    covers: f.covers,
    parent: f.parent,
    source: 'regk31',
    ...(f.counterparts ? { counterparts: f.counterparts } : {}),
  });
  const g = f.perGroup;
  if (!g) return [perInhabitant];
  const per = `pr. ${g.group}-årig`;
  return [
    perInhabitant,
    cost({
      // The same money C as its parent over another volume: a package sums one of the two.
      id: `${id}-pr-${g.group.replace('+', '')}-aarig`,
      sourceName: `REGK31 ${f.number} ${f.name} (netto, kr. ${per})`,
      nameDa: `${f.name} (funktion ${f.number}), netto ${per}`,
      nameEn: `${f.nameEn} (function ${f.number}), net per person ${g.groupEn}`,
      unit: `kr. ${per}`,
      themes: [f.theme],
      volume: ageGroup(g.share, `${g.group}-årige`),
      covers: f.covers,
      parent: id,
      source: 'regk31',
      derived: { perInhabitant: id, share: g.share },
      ...(f.counterparts ? { counterparts: f.counterparts } : {}),
    }),
  ];
}

// Libraries, culture and sport sit with "teknik, miljø og tværgående drift", as in
// technical-culture.ts (the seven themes have no culture theme).
const TECHNICAL: readonly FunctionSpec[] = [
  {
    number: '0.28.20',
    name: 'Grønne områder og naturpladser',
    nameEn: 'Parks and nature areas',
    theme: 'technical-environment',
    covers: ['byudvikling/0.28.20'],
    parent: 'udg-byudvikling-bolig-miljoe-pr-indb',
  },
  {
    // Fritidsfaciliteter under hovedkonto 0, which "sport og fritid" also counts (its pool).
    number: '0.32.31',
    name: 'Stadion og idrætsanlæg',
    nameEn: 'Stadiums and sports grounds',
    theme: 'technical-environment',
    covers: ['idraetsanlaeg/0.32.31'],
    parent: 'udg-byudvikling-bolig-miljoe-pr-indb',
  },
  {
    number: '2.28.11',
    name: 'Vejvedligeholdelse m.v.',
    nameEn: 'Road maintenance etc.',
    theme: 'technical-environment',
    covers: ['transport/2.28.11'],
    parent: 'udg-transport-infrastruktur-pr-indb',
  },
  {
    number: '2.32.31',
    name: 'Busdrift',
    nameEn: 'Bus services',
    theme: 'technical-environment',
    covers: ['transport/2.32.31'],
    parent: 'udg-transport-infrastruktur-pr-indb',
  },
  {
    number: '3.32.50',
    name: 'Folkebiblioteker',
    nameEn: 'Public libraries',
    theme: 'technical-environment',
    covers: ['bibliotek/3.32.50'],
    parent: 'biblioteksudgifter-pr-indb',
    counterparts: ['bibliotekslaan-pr-indb', 'personale-folkebiblioteker-pr-1000-indb'],
  },
];

const CHILDREN: readonly FunctionSpec[] = [
  {
    number: '3.22.01',
    name: 'Folkeskoler',
    nameEn: 'Public schools',
    theme: 'children-young',
    covers: ['folkeskoler/3.22.01'],
    parent: 'udg-folkeskolen-pr-6-16-aarig',
    perGroup: { share: 'andel-6-16-aarige', group: '6-16', groupEn: 'aged 6-16' },
  },
  {
    // SFO is for the youngest pupils (0.-3. klasse), as the nøgletal SFO fee for 6-9-årige.
    number: '3.22.05',
    name: 'Skolefritidsordninger',
    nameEn: 'After-school care (SFO)',
    theme: 'children-young',
    covers: ['sfo/3.22.05'],
    parent: 'udg-folkeskoleomraadet-pr-indb',
    perGroup: { share: 'andel-6-9-aarige', group: '6-9', groupEn: 'aged 6-9' },
  },
  {
    number: '3.22.08',
    name:
      'Kommunale specialskoler, behandlings- og specialundervisningstilbud samt ' +
      'specialundervisningstilbud på børne- og ungehjem',
    nameEn:
      'Municipal special schools, day-treatment and special-education provision, also at ' +
      "children's homes",
    theme: 'children-young',
    covers: ['folkeskole-oevrige/3.22.08'],
    parent: 'udg-folkeskoleomraadet-pr-indb',
  },
  {
    // What the municipality pays the state per pupil in a private school: a summable cost
    // within folkeskoleområdet, as the nøgletal figure for private schools is.
    number: '3.22.10',
    name: 'Bidrag til staten for elever på private skoler',
    nameEn: 'Contribution to the state for pupils in private schools',
    theme: 'children-young',
    covers: ['privatskoler/3.22.10'],
    parent: 'udg-privatskoler-efterskoler-pr-6-16-aarig',
    counterparts: ['privatskoleelever-pr-100-elever'],
  },
  {
    // Fripladstilskud and søskendetilskud may be booked on the function of the place; nothing
    // here says they are not, so it shares the whole pool 'fripladser' with the nøgletal figure
    // for them (a package then sums one of the two: double counting is worse, see POOLS).
    number: '5.25.14',
    name: 'Daginstitutioner',
    nameEn: 'Day-care centres',
    theme: 'children-young',
    covers: ['dagtilbud/5.25.14', 'fripladser'],
    parent: 'udg-dagtilbud-netto-pr-indb',
    perGroup: { share: 'andel-0-5-aarige', group: '0-5', groupEn: 'aged 0-5' },
  },
  {
    number: '5.28.21',
    name:
      'Rådgivning samt forebyggende indsatser eller foranstaltninger og støttende indsatser ' +
      'for børn og unge',
    nameEn: 'Counselling, preventive and supportive measures for children and young people',
    theme: 'children-young',
    covers: ['boern-unge-saerlige-behov/5.28.21'],
    parent: 'udg-boern-unge-saerlige-behov-pr-0-17-aarig',
    perGroup: AGED_0_17,
  },
  {
    number: '5.28.22',
    name: 'Plejefamilier',
    nameEn: 'Foster families',
    theme: 'children-young',
    covers: ['boern-unge-saerlige-behov/5.28.22'],
    parent: 'udg-boern-unge-saerlige-behov-pr-0-17-aarig',
    perGroup: AGED_0_17,
  },
];

// The elderly per 67+-årig, as the nøgletal elderly figure since 2004.
const ELDERLY_HEALTH: readonly FunctionSpec[] = [
  {
    number: '5.30.26',
    name: 'Personlig og praktisk hjælp og madservice til ældre omfattet af frit valg af leverandør',
    nameEn: 'Personal and practical help and meals for the elderly, with free choice of provider',
    theme: 'elderly-health',
    covers: ['aeldre/5.30.26'],
    parent: 'udgifter-aeldre-pr-67-aarig',
    perGroup: AGED_67,
  },
  {
    number: '5.30.27',
    name: 'Pleje og omsorg m.v. af primært ældre undtaget frit valg af leverandør',
    nameEn: 'Care of mainly elderly people, outside free choice of provider',
    theme: 'elderly-health',
    covers: ['aeldre/5.30.27'],
    parent: 'udgifter-aeldre-pr-67-aarig',
    counterparts: ['pladser-plejehjem-pr-1000-65-aarige', 'plejeboliger-pr-1000-65-aarige'],
    perGroup: AGED_67,
  },
  {
    number: '5.30.28',
    name: 'Hjemmesygepleje',
    nameEn: 'Home nursing',
    theme: 'elderly-health',
    covers: ['aeldre/5.30.28'],
    parent: 'udgifter-aeldre-pr-67-aarig',
    perGroup: AGED_67,
  },
  {
    // A summable cost, as the nøgletal figure for the same money: hospital use by the
    // municipality's citizens, which prevention and elderly care can lower.
    number: '4.62.81',
    name: 'Aktivitetsbestemt medfinansiering af sundhedsvæsenet',
    nameEn: 'Activity-based co-financing of the regional health service',
    theme: 'elderly-health',
    covers: ['medfinansiering/4.62.81'],
    parent: 'udg-medfinansiering-sundhedsvaesen-pr-indb',
  },
  {
    number: '4.62.85',
    name: 'Kommunal tandpleje',
    nameEn: 'Municipal dental care',
    theme: 'elderly-health',
    covers: ['sundhed/4.62.85'],
    parent: 'udg-sundhedsydelser-pr-indb',
  },
];

const ADULTS: readonly FunctionSpec[] = [
  {
    number: '5.38.45',
    name: 'Behandling af personer med stofmisbrug',
    nameEn: 'Treatment of drug abuse',
    theme: 'specialised-adults',
    covers: ['voksne-saerlige-behov/5.38.45'],
    parent: 'udg-voksne-saerlige-behov-pr-18-66-aarig',
  },
];

// Transfers are summable costs, lower is better, as the nøgletal transfer figures: the rates are
// set by law, but how many receive them and for how long is what the employment effort moves.
const EMPLOYMENT: readonly FunctionSpec[] = [
  {
    // Only pensions granted since 1 July 2014 (older ones are on 5.48.67-68), so the amount
    // grows year by year as new pensions are granted: a trend to read, not a definition break.
    number: '5.48.66',
    name: 'Førtidspension tilkendt 1. juli 2014 eller senere',
    nameEn: 'Disability pension granted on or after 1 July 2014',
    theme: 'employment-social-family',
    covers: ['foertidspension/5.48.66'],
    parent: 'udg-foertidspension-pr-17-64-aarig',
    counterparts: ['foertidspensionister-pr-100-17-64-aarige'],
  },
  {
    number: '5.57.73',
    name: 'Kontant- og uddannelseshjælp',
    nameEn: 'Social assistance and education assistance',
    theme: 'employment-social-family',
    covers: ['kontanthjaelp/5.57.73'],
    parent: 'udg-kontanthjaelp-revalidering-pr-17-64-aarig',
    counterparts: ['kontanthjaelpsmodtagere-pr-100-17-64-aarige'],
  },
  {
    // The municipal share of the insured unemployed's dagpenge: forsørgelse beyond
    // sygedagpenge, førtidspension and kontanthjælp.
    number: '5.57.78',
    name: 'Dagpenge til forsikrede ledige',
    nameEn: 'Unemployment benefit for insured unemployed people (municipal share)',
    theme: 'employment-social-family',
    covers: ['forsoergelse-oevrige/5.57.78'],
    parent: 'udg-forsoergelse-pr-17-64-aarig',
  },
  {
    // Hovedfunktion 5.58 (revalidering, fleksjob, ressourceforløb) is the "revalidering" of
    // the nøgletal figure "kontanthjælp og revalidering".
    number: '5.58.81',
    name: 'Løntilskud m.v. til personer i fleksjob og personer i løntilskudsstillinger i målgruppe',
    nameEn: 'Wage subsidies for people in flexi-jobs and in subsidised jobs of the target group',
    theme: 'employment-social-family',
    covers: ['kontanthjaelp/5.58.81'],
    parent: 'udg-kontanthjaelp-revalidering-pr-17-64-aarig',
  },
  {
    number: '5.68.90',
    name: 'Driftsudgifter til den kommunale beskæftigelsesindsats',
    nameEn: 'Operating costs of the municipal employment effort',
    theme: 'employment-social-family',
    covers: ['aktivering/5.68.90'],
    parent: 'udg-aktivering-pr-17-64-aarig',
  },
];

// Central administration, by hovedfunktion: 6.42 politisk and 6.45 administrativ organisation.
// The StatBank administration figure holds all of 6.45 ('adm-central/6.45') but not 6.42.
const ADMINISTRATION: readonly FunctionSpec[] = [
  {
    number: '6.42.41',
    name: 'Kommunalbestyrelsesmedlemmer',
    nameEn: 'Members of the municipal council',
    theme: 'administration',
    covers: ['adm-central/6.42/6.42.41'],
    parent: 'udg-central-ledelse-adm-pr-indb',
  },
  {
    number: '6.45.51',
    name: 'Sekretariat og forvaltninger',
    nameEn: 'Secretariats and administrative departments',
    theme: 'administration',
    covers: ['adm-central/6.45/6.45.51'],
    parent: 'udg-central-ledelse-adm-pr-indb',
  },
];

/** The REGK31 account functions per inhabitant, and per person of their age group. */
export const REGK31: readonly EntrySpec[] = [
  ...TECHNICAL,
  ...CHILDREN,
  ...ELDERLY_HEALTH,
  ...ADULTS,
  ...EMPLOYMENT,
  ...ADMINISTRATION,
].flatMap(regk31Function);
