const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const list = (names: readonly string[]) =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} og ${names[names.length - 1] ?? ''}`;

/** The result of a steering self-assessment, /styring/{id} (issue 19). */
export const steeringResult = {
  title: 'Resultat af selvevalueringen',
  back: 'Styringsmodellen og jeres vurderinger',
  refused: 'Du kan ikke se denne vurdering.',
  facts: {
    label: 'Om vurderingen',
    municipality: 'Kommune',
    created: 'Oprettet',
    questionnaire: 'Spørgeskemaets version',
    dataVersion: 'Dataversion',
    noDataVersion: 'ukendt dataversion',
    sharing: 'Deling',
    shared: 'Delt med de andre kommuner',
    sharedSince: (date: string) => `Delt med de andre kommuner siden ${date}`,
    notShared: 'Ikke delt: kun kommunens egne redaktører kan se resultatet',
    round: 'Runde',
    roundLink: (id: number) => `Runde ${id}`,
  },
  actions: {
    answer: 'Besvar / fortsæt besvarelsen',
    share: 'Del resultatet med de andre kommuner',
    unshare: 'Stop med at dele resultatet',
    busy: 'Gemmer …',
    shareHelp:
      'Et delt resultat tæller med i andre kommuners sammenligning og kan læses af alle; respondenterne vises da uden navne.',
    conflict: 'Vurderingen blev ændret i mellemtiden. Siden viser nu den nyeste udgave; prøv igen.',
    download: 'Hent resultatet som Excel (XLSX)',
  },
  centres: {
    title: 'De tre centre',
    grades:
      'Karakteren pr. center: A ved en selvvurdering på 4,0 eller mere, B fra 3,0 til under 4,0 og C under 3,0 (skala 1–5). Et center uden tællende svar får ingen karakter.',
    selfScore: 'Selvvurdering',
    outOf: (v: string) => `${v} af 5`,
    grade: 'Karakter',
    noGrade: 'ingen karakter',
    spread: 'Spredning mellem respondenterne',
    spreadText: (sd: string, min: string, max: string) =>
      `standardafvigelse ${sd}, fra ${min} til ${max}`,
    respondents: 'Respondenter, der tæller',
    noAnswers: 'Ingen besvarelser endnu',
    dataScore: 'Datascore (fra nøgletallene)',
    dataScoreText: (score: string, grade: string) => `${score} af 5, karakter ${grade}`,
    noDataScore: 'Ingen datascore: der er for få komponenter i data',
    dataNote:
      'Det økonomisk-finansielle center er scoret fra nøgletallene, før nogen har svaret; se tabellen over data nedenfor.',
  },
  comparison: {
    title: 'Sammenligning med de andre kommuner',
    onlyShared: 'Kun kommuner, der har delt deres resultat, tæller med i gennemsnittene.',
    peers: (name: string) => `Sammenligningsgruppen (${name})`,
    peersShort: 'Sammenligningsgruppen',
    all: 'Alle deltagere',
    group: (n: number, names: readonly string[]) =>
      n === 0
        ? 'ingen kommuner har delt endnu'
        : `${n} ${plural(n, 'kommune', 'kommuner')}: ${list(names)}`,
    own: 'Jeres selvvurdering',
    data: 'Datascore',
    axis: 'Score (1–5) →',
    summary: (centre: string, own: string, peers: string, all: string) =>
      `${centre}: jeres selvvurdering ${own}, sammenligningsgruppens gennemsnit ${peers}, alle deltageres gennemsnit ${all} (skala 1–5).`,
    caption: (centre: string) => `${centre}: jeres score og gennemsnittene`,
    series: 'Serie',
    score: 'Score',
    participants: 'Kommuner',
  },
  findings: {
    title: 'Fund',
    intro:
      'Uenighed mellem respondenter eller centre er et fund i sig selv; det er værd at tale om.',
    noneYet: 'Ingen fund endnu: der er ingen afsluttede besvarelser.',
    none: 'Ingen fund: svarene er ret samstemmende, og datascoren ligger tæt på selvvurderingen.',
    kinds: {
      'data-gap': 'Data og selvvurdering',
      'respondent-spread': 'Uenige respondenter',
      'statement-disagreement': 'Uenighed om et udsagn',
      'centre-gap': 'Forskel mellem centrene',
      'home-view': 'Eget center ser sig anderledes',
    } as Record<string, string>,
  },
  weakest: {
    title: 'De svageste felter, og hvem I kan ringe til',
    none: 'Der er endnu ingen afsluttede besvarelser, så ingen felter kan udpeges.',
    field: (name: string, centre: string, score: string) => `${name} (${centre}): score ${score}`,
    call: 'Hvem kan I ringe til?',
    noCalls: (min: string) =>
      `Ingen at foreslå endnu. Vi foreslår kun kommuner, der har delt deres resultat og scorer mindst ${min} på feltet, og helst kommuner fra jeres sammenligningsgruppe.`,
    callsIntro: (min: string) =>
      `Kommuner, der har delt deres resultat og scorer mindst ${min} på feltet; jeres sammenligningsgruppe først, dernæst de mest lignende kommuner.`,
    fieldScore: (score: string) => `feltets score ${score}`,
    peer: 'i jeres sammenligningsgruppe',
    notPeer: 'uden for jeres sammenligningsgruppe',
    items: 'Deres vidensartikler om styring',
    noItems: 'ingen vidensartikler om styring endnu',
  },
  data: {
    title: 'Data: nøgletallene bag',
    intro: (group: string, n: number) =>
      `Kommunen holdt op mod sin sammenligningsgruppe, ${group} (${n} ${plural(n, 'kommune', 'kommuner')}), i regnskabstal.`,
    caption: 'Dataindikatorerne',
    columns: {
      name: 'Indikator',
      years: 'År (årstype)',
      value: 'Værdi',
      median: 'Sammenligningsgruppens median',
      relative: 'Forskel fra medianen',
      score: 'Score',
    },
    /** "regnskab 2014–2018". */
    kindYears: (kind: string, years: string) => `${kind} ${years}`,
    notScored: 'scores ikke',
    missing: 'Mangler',
    definition: 'Definition',
    peers: (n: number) => `${n} ${plural(n, 'kommune', 'kommuner')}`,
    relativePercent: (v: string) => `${v} %`,
    relativePoints: (v: string) => `${v} procentpoint`,
    relativeBudget: 'scoret på kommunens egen afvigelse',
    components: (n: number) =>
      `Datascoren er gennemsnittet af ${n} ${plural(n, 'komponent', 'komponenter')}; den kræver mindst 2.`,
  },
  statements: {
    title: 'Udsagnene',
    intro:
      'Hvert udsagn med gennemsnit, laveste og højeste svar, antal svar med tal og antal "ved ikke".',
    caption: (centre: string) => `Udsagn i ${centre}`,
    statement: 'Udsagn',
    mean: 'Gennemsnit',
    range: 'Laveste–højeste',
    n: 'Svar med tal',
    dontKnow: 'Ved ikke',
  },
  respondents: {
    title: 'Respondenter',
    none: 'Ingen har svaret endnu.',
    caption: 'Respondenterne',
    label: 'Respondent',
    centre: 'Eget center',
    state: 'Status',
    finished: 'afsluttet',
    started: 'i gang',
    answered: 'Besvarede udsagn',
    answeredOf: (a: number, total: number) => `${a} af ${total}`,
    you: '(dig)',
  },
  history: {
    title: 'Over tid',
    intro: 'Kommunens vurderinger, som du kan se, fra den ældste.',
    caption: 'Kommunens vurderinger over tid',
    date: 'Dato',
    assessment: 'Vurdering',
    finished: 'Afsluttede besvarelser',
    data: 'Datascore',
    current: '(denne)',
    summary: (n: number) =>
      `Kommunens ${n} vurderinger over tid: hvert centers selvvurdering og datascoren (skala 1–5).`,
    axis: '↑ Score (1–5)',
    one: 'Diagrammet vises, når kommunen har mindst to vurderinger.',
  },
};
