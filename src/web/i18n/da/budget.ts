import { DEVIATION_CAUSE_NAMES_DA } from '../../../core/index.ts';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** Budget follow-up, "Spørg hvorfor" (issue 18): budget against accounts per area and year. */
export const budget = {
  eyebrow: 'Budgetopfølgning – Spørg hvorfor',
  title: (name: string) => `Budget mod regnskab, ${name}`,
  documentTitle: (name: string) => `Budgetopfølgning, ${name}`,
  link: 'Budgetopfølgning – Spørg hvorfor',
  lead: 'Regnskabet sammenlignet med budgettet pr. område (funktion i den kommunale kontoplan) og år. En afvigelse er ikke en fejl i sig selv: spørg hvorfor, og skriv svaret, så andre kan lære af det.',
  back: (name: string) => `Til ${name}`,
  notAvailable: 'Ingen budgettal',
  /** "kr. pr. indbygger, løbende priser". */
  unit: (level: string) => `kr. pr. indbygger, ${level}`,
  rule: (percent: string, perInhabitant: string, minYears: number, window: number) =>
    `Afvigelse = regnskab − budget (plus er merforbrug, minus mindreforbrug). En afvigelse er over tærsklen, når den er mindst ${percent} af budgettet og mindst ${perInhabitant} pr. indbygger; et område får mærket »Gentaget afvigelse«, når det er over tærsklen i mindst ${minYears} af de ${window} nyeste år med både budget og regnskab.`,
  flagged: 'Gentaget afvigelse',
  exceeds: 'Over tærsklen',
  exceedsMark: '▲',
  legend: (mark: string) => `${mark} = over tærsklen`,
  table: {
    caption: (unit: string) =>
      `Afvigelse pr. område og år (${unit}, procent af budgettet og kr. i alt)`,
    area: 'Område (funktion)',
    total: 'i alt',
    none: 'ingen tal',
  },
  summaryFlagged: (n: number) =>
    n === 0
      ? 'Intet område har en gentaget afvigelse.'
      : `${n} ${plural(n, 'område har', 'områder har')} en gentaget afvigelse.`,
  area: {
    heading: 'Område',
    choose: 'Vælg område',
    option: (name: string, area: string, flagged: boolean) =>
      `${name} (${area})${flagged ? ' – gentaget afvigelse' : ''}`,
  },
  chart: {
    heading: 'Afvigelsen år for år',
    summary: (name: string, area: string, years: string) =>
      `Søjler med afvigelsen i procent af budgettet pr. år på ${name} (${area}); over tærsklen: ${years}.`,
    noneExceed: 'intet år',
    axis: 'afvigelse, pct. af budgettet',
    above: 'Over tærsklen',
    within: 'Inden for tærsklen',
    threshold: (percent: string) => `Tærsklen (±${percent})`,
    caption: (unit: string) => `Budget, regnskab og afvigelse pr. år (${unit})`,
    year: 'År',
    budget: 'Budget',
    accounts: 'Regnskab',
    deviation: 'Afvigelse',
    percent: 'Pct. af budgettet',
    amount: 'Afvigelse i alt',
  },
  explanations: {
    heading: 'Kommunens forklaringer',
    lead: 'Hvorfor afveg regnskabet fra budgettet? Årsagen og forklaringen pr. år, som kommunen har skrevet dem.',
    year: 'År',
    deviation: 'Afvigelse',
    cause: 'Årsag',
    text: 'Forklaring',
    none: 'Ingen forklaring endnu',
    internal: 'Intern',
    updated: (date: string) => `opdateret ${date}`,
    caption: (name: string, area: string) => `Afvigelse og forklaring pr. år: ${name} (${area})`,
  },
  form: {
    heading: 'Forklar afvigelsen',
    lead: 'Som redaktør for kommunen kan du skrive, hvorfor regnskabet afveg fra budgettet. En offentlig forklaring ses også af andre kommuner ved siden af deres egne tal.',
    year: 'År',
    cause: 'Årsag',
    text: 'Forklaring',
    textHelp: 'Kort og konkret: hvad skete der, og hvad gør kommunen ved det?',
    visibility: 'Synlighed',
    visibilities: { public: 'Offentlig', internal: 'Kun internt i kommunen' } as Record<
      string,
      string
    >,
    save: 'Gem forklaringen',
    saving: 'Gemmer …',
    saved: (year: number) => `Forklaringen for ${year} er gemt.`,
    problem: 'Forklaringen blev ikke gemt',
    login: 'Log ind som redaktør for kommunen for at forklare afvigelsen',
  },
  causes: DEVIATION_CAUSE_NAMES_DA as Record<string, string>,
  peers: {
    heading: 'Sammenligningskommunernes afvigelser på samme område',
    lead: (group: string) =>
      `Afvigelsen i procent af budgettet (og kr. pr. indbygger) for de sammenligningskommuner (${group}), der har budgettal på området. Deres offentlige forklaringer står under tabellen.`,
    caption: (name: string, area: string, unit: string) =>
      `Afvigelse på ${name} (${area}) pr. kommune og år (${unit})`,
    municipality: 'Kommune',
    own: '(denne kommune)',
    none: 'Ingen af sammenligningskommunerne har budgettal på området.',
    explanations: 'Forklaringer fra kommunerne',
    noExplanations: 'Ingen af kommunerne har skrevet en offentlig forklaring på området endnu.',
  },
  skipped: (n: number) =>
    `${n} ${plural(n, 'år er', 'år er')} udeladt, fordi budgettet er i et andet prisniveau, og intet prisindeks når året.`,
  downloads: 'Hent afvigelserne',
  sources: 'Kilde',
};
