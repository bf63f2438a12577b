import type { Catalogue } from '../catalogue.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * The steering self-assessment (issue 19): /styring, the new assessment's form, the
 * questionnaire (/styring/{id}/svar) and a round (/styring/runder/{id}).
 */
export const steering: Catalogue['steering'] = {
  centres: {
    'strategic-political': 'Strategic-political',
    'economic-financial': 'Economic-financial',
    'social-professional': 'Social-professional',
  },
  score: (mean: string, grade: string | null) => (grade === null ? mean : `${mean} (${grade})`),
  link: 'The steering model – self-assessment',
  list: {
    title: 'The steering model: self-assessment',
    eyebrow: 'The specialised social area',
    lead: 'Steering the specialised social area rests on three steering centres that must work together: the strategic-political, the economic-financial and the social-professional centre. In a self-assessment, the municipality’s people from each centre rate a set of statements from 1 to 5. The economic-financial centre is also scored from the municipality’s own figures before anyone has answered.',
    method: 'Read about the model, the grades and their limits',
    start: 'Start a self-assessment',
    loginHint:
      'Log in as a municipality’s editor to start a self-assessment and see your own assessments.',
    login: 'Log in',
    own: 'Your assessments',
    ownNone: 'Your municipality has no self-assessment yet.',
    shared: 'Shared assessments of other municipalities',
    sharedNone: 'No other municipality has shared a self-assessment yet.',
    others: 'Other municipalities’ assessments',
    caption: 'the centres’ means (grade) and the data score',
    rounds: 'Rounds',
    roundsNone: 'You take part in no round.',
    roundsCaption: 'Rounds you take part in or facilitate',
    columns: {
      title: 'Assessment',
      municipality: 'Municipality',
      date: 'Created',
      respondents: 'Responses',
      data: 'Data score',
      shared: 'Shared',
      answer: 'Answer',
      round: 'Round',
      deadline: 'Deadline',
      participants: 'Municipalities',
      sharedCount: 'Have shared',
    },
    respondents: (finished: number, started: number) => `${finished} of ${started} finished`,
    yes: 'Yes',
    no: 'No',
    answer: 'Answer',
    noDeadline: 'No deadline',
  },
  roundForm: {
    heading: 'Open a round',
    lead: 'A round gathers several municipalities around the same questionnaire; each municipality gets its own assessment. As facilitator you see the comparison across them as soon as there are answers.',
    name: 'Name of the round',
    municipalities: 'Municipalities',
    municipalitiesHelp:
      'Municipality codes or names, separated by commas or line breaks, e.g. 727, Odder, 840.',
    deadline: 'Deadline (optional)',
    submit: 'Open the round',
    saving: 'Opening …',
    unknown: (names: string) => `Not known: ${names}.`,
  },
  create: {
    title: 'Start a self-assessment',
    loginNeeded: 'Log in as a municipality’s editor to start a self-assessment.',
    notAllowed: 'Only a municipality’s editors can start a self-assessment for it.',
    municipality: 'Municipality',
    name: 'Title',
    nameHelp:
      'E.g. “Self-assessment spring 2027”. Everyone who can see the assessment sees the title.',
    share: 'Share the result with other municipalities',
    shareHelp:
      'Only shared assessments count in the comparison and can be read by other municipalities; responses are then shown without names. You can change this later.',
    submit: 'Create and go to the questionnaire',
    saving: 'Creating …',
    cancel: 'Cancel',
    problem: 'The assessment was not created',
  },
  answer: {
    title: (title: string) => `Answer: ${title}`,
    back: 'To the result',
    loginNeeded: 'Log in as the municipality’s editor to answer the self-assessment.',
    notAllowed: (name: string) => `Only editors of ${name} can answer this self-assessment.`,
    intro: (name: string) =>
      `The questionnaire for ${name}. Answer from how things are today, not how they should be. Your answers are saved as you go, so you can pause and continue later.`,
    respondent: 'About you',
    label: 'Your name or title',
    labelHelp: 'Seen only by the municipality’s own editors; shared results show no names.',
    centre: 'Your steering centre',
    centreHelp:
      'The centre you work in yourself. You answer every statement, the other centres’ too.',
    chooseCentre: 'Choose your steering centre, and your answers are saved.',
    progress: (n: number, total: number) => `${n} of ${total} answered`,
    saving: 'Saving …',
    savedAt: (time: string) => `Saved at ${time}`,
    notSaved: 'Not saved',
    finishedNote: (date: string) =>
      `You finished the response on ${date}. A changed answer is saved at once, and the response still counts.`,
    dontKnow: 'Don’t know',
    low: (text: string) => `1: ${text}`,
    high: (text: string) => `5: ${text}`,
    statement: (id: string) => `Statement ${id}`,
    unanswered: 'Not answered',
    finish: 'Finish the response',
    finishing: 'Finishing …',
    finishHelp:
      'When you finish, your answers count in the result. Every statement needs an answer; “Don’t know” is an answer too.',
    problem: 'The response was not finished',
    missing: (n: number) => `${n} ${plural(n, 'statement lacks', 'statements lack')} an answer.`,
    goTo: 'Go to the statement',
  },
  round: {
    title: (name: string) => `Round: ${name}`,
    back: 'To the steering model',
    loginNeeded: 'Log in to see the round.',
    facts: (n: number, version: string) =>
      `${n} ${plural(n, 'municipality', 'municipalities')} · questionnaire ${version}`,
    deadline: (date: string) => `Deadline: ${date}`,
    participants: 'Participants',
    participantsCaption: 'The participants: responses and sharing',
    started: 'Started',
    finished: 'Finished',
    shared: 'Has shared',
    waitingFor: 'Waiting for',
    waitingNone: 'Every participant has shared its result.',
    participantNote: 'The results appear here when every participant has shared its assessment.',
    comparison: 'Comparison',
    comparisonCaption: 'Each municipality’s mean (grade) per centre against the round’s mean',
    average: 'The round’s mean',
    chartSummary: (n: number) =>
      `Bar chart: the mean per steering centre for ${n} ${plural(n, 'municipality', 'municipalities')}, on a scale from 1 to 5, with the round’s mean as a vertical rule.`,
    scale: 'Mean (1–5)',
    result: 'See the result',
  },
};
