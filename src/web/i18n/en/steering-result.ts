import type { Catalogue } from '../catalogue.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const list = (names: readonly string[]) =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;

/** The result of a steering self-assessment, /styring/{id} (issue 19). */
export const steeringResult: Catalogue['steeringResult'] = {
  title: 'Result of the self-assessment',
  back: 'The steering model and your assessments',
  refused: 'You cannot see this assessment.',
  facts: {
    label: 'About the assessment',
    municipality: 'Municipality',
    created: 'Created',
    questionnaire: 'Questionnaire version',
    dataVersion: 'Data version',
    noDataVersion: 'unknown data version',
    sharing: 'Sharing',
    shared: 'Shared with the other municipalities',
    sharedSince: (date: string) => `Shared with the other municipalities since ${date}`,
    notShared: 'Not shared: only the municipality’s own editors can see the result',
    round: 'Round',
    roundLink: (id: number) => `Round ${id}`,
  },
  actions: {
    answer: 'Answer / continue answering',
    share: 'Share the result with the other municipalities',
    unshare: 'Stop sharing the result',
    busy: 'Saving …',
    shareHelp:
      'A shared result counts in other municipalities’ comparisons and can be read by everyone; the respondents are then shown without names.',
    conflict:
      'The assessment was changed meanwhile. The page now shows the newest version; try again.',
    download: 'Download the result as Excel (XLSX)',
  },
  centres: {
    title: 'The three centres',
    grades:
      'The grade per centre: A for a self-score of 4.0 or more, B from 3.0 to below 4.0 and C below 3.0 (scale 1–5). A centre without counting answers gets no grade.',
    selfScore: 'Self-score',
    outOf: (v: string) => `${v} of 5`,
    grade: 'Grade',
    noGrade: 'no grade',
    spread: 'Spread between the respondents',
    spreadText: (sd: string, min: string, max: string) =>
      `standard deviation ${sd}, from ${min} to ${max}`,
    respondents: 'Respondents counted',
    noAnswers: 'No answers yet',
    dataScore: 'Data score (from the key figures)',
    dataScoreText: (score: string, grade: string) => `${score} of 5, grade ${grade}`,
    noDataScore: 'No data score: too few components in the data',
    dataNote:
      'The economic-financial centre is scored from the key figures before anyone answers; see the data table below.',
  },
  comparison: {
    title: 'Comparison with the other municipalities',
    onlyShared: 'Only municipalities that have shared their result count in the averages.',
    peers: (name: string) => `The peer group (${name})`,
    peersShort: 'The peer group',
    all: 'All participants',
    group: (n: number, names: readonly string[]) =>
      n === 0
        ? 'no municipality has shared yet'
        : `${n} ${plural(n, 'municipality', 'municipalities')}: ${list(names)}`,
    own: 'Your self-score',
    data: 'Data score',
    axis: 'Score (1–5) →',
    summary: (centre: string, own: string, peers: string, all: string) =>
      `${centre}: your self-score ${own}, the peer group's average ${peers}, all participants' average ${all} (scale 1–5).`,
    caption: (centre: string) => `${centre}: your score and the averages`,
    series: 'Series',
    score: 'Score',
    participants: 'Municipalities',
  },
  findings: {
    title: 'Findings',
    intro:
      'Disagreement between respondents or centres is a finding in itself; it is worth talking about.',
    noneYet: 'No findings yet: there are no finished answers.',
    none: 'No findings: the answers largely agree, and the data score is close to the self-score.',
    kinds: {
      'data-gap': 'Data and self-score',
      'respondent-spread': 'Respondents disagree',
      'statement-disagreement': 'Disagreement on a statement',
      'centre-gap': 'Gap between the centres',
      'home-view': 'A centre sees itself differently',
    },
  },
  weakest: {
    title: 'The weakest fields, and whom to call',
    none: 'There are no finished answers yet, so no fields can be named.',
    field: (name: string, centre: string, score: string) => `${name} (${centre}): score ${score}`,
    call: 'Whom can you call?',
    noCalls: (min: string) =>
      `No one to suggest yet. We only suggest municipalities that have shared their result and score at least ${min} on the field, preferably from your peer group.`,
    callsIntro: (min: string) =>
      `Municipalities that have shared their result and score at least ${min} on the field; your peer group first, then the most similar municipalities.`,
    fieldScore: (score: string) => `field score ${score}`,
    peer: 'in your peer group',
    notPeer: 'outside your peer group',
    items: 'Their knowledge items on steering',
    noItems: 'no knowledge items on steering yet',
  },
  data: {
    title: 'Data: the key figures behind',
    intro: (group: string, n: number) =>
      `The municipality against its peer group, ${group} (${n} ${plural(n, 'municipality', 'municipalities')}), in accounts figures.`,
    caption: 'The data indicators',
    columns: {
      name: 'Indicator',
      years: 'Years (kind)',
      value: 'Value',
      median: 'Peer group median',
      relative: 'Difference from the median',
      score: 'Score',
    },
    /** "regnskab 2014–2018". */
    kindYears: (kind: string, years: string) => `${kind} ${years}`,
    notScored: 'not scored',
    missing: 'Missing',
    definition: 'Definition',
    peers: (n: number) => `${n} ${plural(n, 'municipality', 'municipalities')}`,
    relativePercent: (v: string) => `${v}%`,
    relativePoints: (v: string) => `${v} percentage points`,
    relativeBudget: 'scored on the municipality’s own deviation',
    components: (n: number) =>
      `The data score is the mean of ${n} ${plural(n, 'component', 'components')}; it needs at least 2.`,
  },
  statements: {
    title: 'The statements',
    intro:
      'Each statement with its mean, lowest and highest answer, the number of scores and of "don’t know".',
    caption: (centre: string) => `Statements of ${centre}`,
    statement: 'Statement',
    mean: 'Mean',
    range: 'Lowest–highest',
    n: 'Scores',
    dontKnow: 'Don’t know',
  },
  respondents: {
    title: 'Respondents',
    none: 'No one has answered yet.',
    caption: 'The respondents',
    label: 'Respondent',
    centre: 'Own centre',
    state: 'State',
    finished: 'finished',
    started: 'in progress',
    answered: 'Statements answered',
    answeredOf: (a: number, total: number) => `${a} of ${total}`,
    you: '(you)',
  },
  history: {
    title: 'Over time',
    intro: 'The municipality’s assessments that you can see, the oldest first.',
    caption: 'The municipality’s assessments over time',
    date: 'Date',
    assessment: 'Assessment',
    finished: 'Finished answers',
    data: 'Data score',
    current: '(this one)',
    summary: (n: number) =>
      `The municipality's ${n} assessments over time: each centre's self-score and the data score (scale 1–5).`,
    axis: '↑ Score (1–5)',
    one: 'The chart shows when the municipality has at least two assessments.',
  },
};
