import { formatNumber } from '../format/index.ts';
import {
  YEAR_KIND_DA,
  YEAR_KIND_EN,
  priceLevelDa,
  priceLevelEn,
  type PriceLevel,
  type YearKind,
} from '../prices/index.ts';
import { GRADE_THRESHOLDS, MIN_DATA_COMPONENTS, type Grade } from '../steering/index.ts';
import type { ReportLang } from './model.ts';

const one = (lang: ReportLang, v: number) => formatNumber(lang, v, 1);

/** The steering section's words, Danish and English. */
export const STEERING_TEXT = {
  da: {
    heading: 'Styringsmodellen: selvevaluering af det specialiserede socialområde',
    about:
      'Styringsmodellen ser på styringen af det specialiserede socialområde (voksne og børn med særlige behov) i tre centre, der skal arbejde sammen: det strategisk-politiske, det økonomisk-finansielle og det socialfaglige. Kommunens respondenter vurderer udsagn fra 1 (passer slet ikke) til 5 (passer fuldt ud), og resultatet står ved siden af kommunens nøgletal og de kommuner, der har delt deres resultat.',
    created: 'oprettet',
    shared: (yes: boolean) => (yes ? 'delt' : 'ikke delt'),
    empty:
      'Vurderingen har endnu ingen færdige besvarelser, så der er ingen selvevaluering at vise.',
    respondents: (finished: number, started: number) =>
      `Besvarelser: ${finished} færdige af ${started} påbegyndte. Respondenterne vises nummereret, uden navne.`,
    respondent: (k: number) => `Respondent ${k}`,
    finished: 'færdig',
    unfinished: 'ikke færdig',
    centresCaption:
      'Centrenes selvevaluering på skalaen 1–5 mod sammenlignelige kommuner og alle deltagere, der har delt deres resultat',
    centre: 'Center',
    mean: 'Gennemsnit',
    grade: 'Karakter',
    spread: 'Spredning (SD; laveste–højeste)',
    respondentsN: 'Respondenter',
    peers: (n: number) => `Sammenlignelige (n = ${n})`,
    all: (n: number) => `Alle deltagere (n = ${n})`,
    dataScore: 'Dataenes score',
    groups: (peers: string, members: string, all: number) =>
      `Sammenlignelige: ${peers}${members === '' ? ', ingen har delt endnu' : `, delt af ${members}`}. Alle deltagere: ${all} ${all === 1 ? 'kommune' : 'kommuner'}, der har delt.`,
    chartsHeading: 'Centrene mod sammenlignelige og alle deltagere',
    own: 'Kommunen',
    peersBar: 'Sammenlignelige',
    allBar: 'Alle deltagere',
    dataBar: 'Dataenes score',
    noValue: 'intet tal',
    findingsHeading: 'Fund',
    noFindings:
      'Ingen fund: respondenterne, centrene og dataene ligger inden for tærsklerne for uenighed.',
    weakestHeading: 'De svageste felter, og hvem I kan ringe til',
    fieldScore: 'feltets score',
    inPeers: 'i sammenligningsgruppen',
    similar: (rank: number) => `nr. ${rank} i lighed`,
    portal: 'Portalen',
    noCalls: 'Ingen kommune, der har delt, scorer mindst 4,0 på feltet endnu.',
    dataHeading: 'Dataindikatorer',
    dataIntro: (score: number | null, grade: Grade | null, components: number, peers: string) =>
      score === null
        ? `Dataenes score for det økonomisk-finansielle center kan ikke beregnes: den kræver mindst ${MIN_DATA_COMPONENTS} komponenter. Sammenligningsgruppe: ${peers}.`
        : `Dataenes score for det økonomisk-finansielle center: ${one('da', score)} (${grade ?? '–'}), gennemsnittet af ${components} komponenter. Sammenligningsgruppe: ${peers}.`,
    indicator: 'Indikator',
    years: 'År',
    value: 'Kommunen',
    peerMedian: 'Gruppens median (antal)',
    prices: 'Prisniveau',
    yearKind: 'Årstype',
    score: 'Score',
    notScored: 'scores ikke',
    priceText: (p: PriceLevel | null) => (p === null ? 'intet (en andel)' : priceLevelDa(p)),
    yearKindText: (k: YearKind | null) => (k === null ? 'ukendt' : YEAR_KIND_DA[k]),
    historyHeading: 'Over tid',
    assessment: 'Vurdering',
    date: 'Dato',
    method: (questionnaire: string, data: string) =>
      `Metode: hvert center scores 1–5 som gennemsnittet af respondenternes gennemsnit; karakter A ved ${one('da', GRADE_THRESHOLDS.A)} eller derover, B ved ${one('da', GRADE_THRESHOLDS.B)} eller derover, C derunder. Dataenes score er gennemsnittet af mindst ${MIN_DATA_COMPONENTS} komponenter, hver scoret 1–5 mod sammenligningsgruppens median, med samme karaktergrænser. Spørgeskema version ${questionnaire}; dataversion ${data}. Se`,
  },
  en: {
    heading: 'The steering model: a self-assessment of the specialised social area',
    about:
      'The steering model looks at how the specialised social area (adults and children with special needs) is steered through three centres that must work together: the strategic-political, the economic-financial and the social-professional. The municipality’s respondents score statements from 1 (not at all true) to 5 (fully true), and the result stands beside the municipality’s key figures and the municipalities that shared their results.',
    created: 'created',
    shared: (yes: boolean) => (yes ? 'shared' : 'not shared'),
    empty: 'The assessment has no finished responses yet, so there is no self-assessment to show.',
    respondents: (finished: number, started: number) =>
      `Responses: ${finished} finished of ${started} started. Respondents are numbered, without names.`,
    respondent: (k: number) => `Respondent ${k}`,
    finished: 'finished',
    unfinished: 'not finished',
    centresCaption:
      'The centres’ self-assessment on the 1–5 scale against peers and all participants who shared their results',
    centre: 'Centre',
    mean: 'Mean',
    grade: 'Grade',
    spread: 'Spread (SD; lowest–highest)',
    respondentsN: 'Respondents',
    peers: (n: number) => `Peers (n = ${n})`,
    all: (n: number) => `All participants (n = ${n})`,
    dataScore: 'Data score',
    groups: (peers: string, members: string, all: number) =>
      `Peers: ${peers}${members === '' ? ', none has shared yet' : `, shared by ${members}`}. All participants: ${all} ${all === 1 ? 'municipality' : 'municipalities'} that shared.`,
    chartsHeading: 'The centres against peers and all participants',
    own: 'The municipality',
    peersBar: 'Peers',
    allBar: 'All participants',
    dataBar: 'Data score',
    noValue: 'no value',
    findingsHeading: 'Findings',
    noFindings:
      'No findings: the respondents, the centres and the data are within the thresholds for disagreement.',
    weakestHeading: 'The weakest fields, and whom to call',
    fieldScore: 'field score',
    inPeers: 'in the peer group',
    similar: (rank: number) => `similarity rank ${rank}`,
    portal: 'Portal',
    noCalls: 'No municipality that shared scores at least 4.0 on the field yet.',
    dataHeading: 'Data indicators',
    dataIntro: (score: number | null, grade: Grade | null, components: number, peers: string) =>
      score === null
        ? `The data’s score for the economic-financial centre cannot be computed: it needs at least ${MIN_DATA_COMPONENTS} components. Peer group: ${peers}.`
        : `The data’s score for the economic-financial centre: ${one('en', score)} (${grade ?? '–'}), the mean of ${components} components. Peer group: ${peers}.`,
    indicator: 'Indicator',
    years: 'Years',
    value: 'The municipality',
    peerMedian: 'Peers’ median (number)',
    prices: 'Price level',
    yearKind: 'Year kind',
    score: 'Score',
    notScored: 'not scored',
    priceText: (p: PriceLevel | null) => (p === null ? 'none (a share)' : priceLevelEn(p)),
    yearKindText: (k: YearKind | null) => (k === null ? 'unknown' : YEAR_KIND_EN[k]),
    historyHeading: 'Over time',
    assessment: 'Assessment',
    date: 'Date',
    method: (questionnaire: string, data: string) =>
      `Method: each centre is scored 1–5 as the mean of its respondents’ means; grade A at ${one('en', GRADE_THRESHOLDS.A)} or above, B at ${one('en', GRADE_THRESHOLDS.B)} or above, C below. The data’s score is the mean of at least ${MIN_DATA_COMPONENTS} components, each scored 1–5 against the peer group’s median, graded by the same thresholds. Questionnaire version ${questionnaire}; data version ${data}. See`,
  },
} as const;
