import { competition } from './competition.ts';
import { overview } from './overview.ts';

/** Text of the Municipality page (the potential package). */
export const municipality = {
  title: 'Kommune',
  documentTitle: (name: string) => `${name}: potentialepakke`,
  eyebrow: 'Potentialepakke',
  regionLine: (region: string, landsdel: string | null) =>
    landsdel ? `${region} · ${landsdel}` : region,
  intro:
    'Hvor meget lavere kunne udgiften være, hvis kommunen lå på sammenligningskommunernes niveau? Tallene er et landkort over, hvor det kan betale sig at se nærmere efter, og hvem man kan tale med, ikke et facit.',
  notFound: {
    title: 'Kommunen findes ikke',
    text: (code: string) =>
      `Der er ingen kommune med koden "${code}". Kommunekoder går fra 101 til 860.`,
    search: 'Find kommunen på forsiden',
  },
  noYears: 'Der er ingen nøgletal med år i databasen, så der er ingen pakke at vise.',
  noPackage: (year: number) =>
    `Der er ingen nøgletal med et potentiale i ${year}. Vælg et andet år.`,
  noPackageInPrices: (year: number, base: number) =>
    `Ingen af pakkens beløb for ${year} kan vises i ${base}-priser: pris- og lønindekset når ikke ${year}. Vælg løbende priser eller et andet år.`,
  overview,
  competition,
  controls: {
    label: 'Valg for pakken',
    savedGroup: (name: string) => `Gemt gruppe: ${name}`,
    updating: 'Opdaterer …',
    print: 'Udskriv / gem som PDF',
    prices: 'Prisniveau',
    pricesDefault: 'Løbende priser (årets egne)',
    pricesFixed: (year: number) => `Faste priser: ${year}-priser`,
    pricesCurrent: 'Løbende priser, kun beløb der kan omregnes',
  },
  year: {
    /** One year in the picker: "2018 · regnskab · 12 nøgletal · dækning 97 %". */
    option: (p: {
      year: number;
      kind: string | null;
      figures: number;
      coverage: string | null;
      comparable: boolean;
    }) =>
      [
        String(p.year),
        p.kind,
        p.figures === 1 ? '1 nøgletal' : `${p.figures} nøgletal`,
        p.coverage === null ? 'dækning ukendt' : `dækning ${p.coverage}`,
        p.comparable || p.coverage === null ? null : 'ikke sammenlignelig',
      ]
        .filter(Boolean)
        .join(' · '),
    coverage: (pct: string) => `dækning ${pct}`,
    lowCoverage: (pct: string) => `dækker kun ${pct} af udgifterne`,
    notComparable: 'ikke sammenlignelig som helhed',
    chosenByDefault:
      'Året er det nyeste, der mest er regnskab og dækker mindst halvdelen af udgifterne.',
    note: 'Om året',
  },
  total: {
    heading: 'Samlet potentiale',
    positiveLabel: 'Potentiale (sum af de positive)',
    positiveExplain:
      'Summen af de nøgletal, hvor kommunen bruger mere end benchmark: så meget mindre ville udgiften være på benchmarkniveau.',
    signedLabel: 'Nettoposition',
    signedWord: {
      negative: 'samlet mindreforbrug mod benchmark',
      positive: 'samlet merforbrug mod benchmark',
      zero: 'samlet på benchmark',
    },
    signedExplain:
      'Summen med fortegn, hvor mindreforbrug modregnes. Den er ikke penge at finde, men siger, hvor kommunen samlet står mod benchmark på de nøgletal, der indgår.',
    unit: (label: string) => `Beløb i ${label}`,
    coverage: (pct: string, denominator: string) => `Pakken dækker ${pct} af ${denominator}.`,
    denominators: {
      'nettodriftsudgifter-pr-indb': 'nettodriftsudgifterne',
      'serviceudgifter-pr-indb': 'serviceudgifterne (nettodriftsudgifterne mangler for året)',
    } as Record<string, string>,
    coverageUnknown:
      'Dækningen kan ikke beregnes: hverken nettodrifts- eller serviceudgifter pr. indbygger findes for året i pakkens prisniveau.',
    notComparable: (year: number) => `${year} kan ikke sammenlignes som helhed`,
    notComparableText:
      'Pakkens total vises derfor ikke som et resultat. Se de enkelte nøgletal nedenfor.',
    warningsHeading: 'Vær opmærksom på',
    nothingCounted: 'intet tælles med',
    basis: (level: string, group: string, year: number) =>
      `Benchmark: ${level} i gruppen "${group}", ${year}.`,
    figuresCounted: (n: number) =>
      n === 1 ? '1 nøgletal indgår i summen.' : `${n} nøgletal indgår i summen.`,
    positiveDefinition:
      'Sum over de nøgletal, der indgår, af max(0, potentiale). Nøgletal, der overlapper, tælles kun én gang.',
    signedDefinition:
      'Sum over de nøgletal, der indgår, af potentialet med fortegn (mindreforbrug trækkes fra).',
    themeOverview: (prices: string) => `Potentiale pr. tema, ${prices}`,
    theme: 'Tema',
    positive: 'Potentiale',
    signed: 'Nettoposition',
  },
  aggregates: {
    heading: 'Det samlede niveau',
    lead: 'Samlede nøgletal på tværs af områder, fx serviceudgifter. De viser kommunens samlede niveau mod benchmark og lægges aldrig sammen med pakken.',
    caption: (prices: string) => `Samlede nøgletal ved siden af pakken, ${prices}`,
    figure: 'Nøgletal',
    value: 'Egen værdi',
    benchmark: 'Benchmark',
    difference: 'Forskel × volumen',
    differenceDefinition: (name: string) =>
      `${name}: (egen værdi − benchmark) × volumen. Et samlet niveau, ikke en del af pakkens sum.`,
  },
  profile: {
    heading: 'Rammevilkår',
    lead: (year: number) =>
      `Kommunens strukturelle forhold i ${year}. Disse bruges til at finde sammenligningskommunerne; de øvrige står under »Vis alle«.`,
    usedForPeers: 'bruges til sammenligningsgruppen',
    more: (n: number) => `Vis alle rammevilkår (${n} i alt)`,
    none: 'Der er ingen rammevilkår for dette år.',
  },
  theme: {
    total: 'Temaets potentiale',
    signed: 'nettoposition',
    nothingCounted:
      'Intet nøgletal i temaet tælles med i pakkens sum (se hvorfor ved hvert nøgletal).',
    notComparable: 'Temaets sum vises ikke, fordi året ikke kan sammenlignes som helhed.',
    peers: (group: string, n: number) => `Sammenligningsgruppe: ${group} (${n} kommuner)`,
    caption: (theme: string) => `Nøgletal i temaet ${theme}`,
    totalDefinition: (theme: string) =>
      `Temaet ${theme}: sum af de positive potentialer for de nøgletal i temaet, der indgår (overlappende nøgletal tælles én gang).`,
    signedDefinition: (theme: string) =>
      `Temaet ${theme}: sum af potentialerne med fortegn for de nøgletal i temaet, der indgår.`,
  },
  columns: {
    figure: 'Nøgletal',
    value: 'Egen værdi',
    benchmark: 'Benchmark',
    rank: 'Rang',
    potential: 'Potentiale',
    corridor: 'Korridor på tværs af niveauer',
    status: 'Status og advarsler',
    development: 'Udvikling',
  },
  figure: {
    unit: (unit: string) => `Enhed: ${unit}`,
    rank: (rank: number, of: number) => `${rank}. af ${of}`,
    corridor: (min: string, max: string) => `${min} til ${max}`,
    potentialWord: {
      positive: 'kunne bruge mindre',
      negative: 'bruger mindre',
      zero: 'på benchmark',
    },
    status: {
      included: 'Tælles med i summen',
      countedIn: (theme: string) => `Talt med under ${theme}`,
      overlaps: (other: string) => `Overlapper med ${other}, tælles ikke med i summen`,
      'no-potential': 'Intet potentiale: mangler værdi, benchmark eller volumen',
      'not-summable': 'Ikke en udgift, der kan lægges sammen; vises til orientering',
      aggregate: 'Samlet niveau: vises ved siden af pakken og lægges ikke sammen',
    } as Record<string, string | ((other: string) => string)>,
    /** Before the API's reason (Danish only), which says the rest. */
    statusShort: {
      overlaps: 'Tælles ikke med',
      'no-potential': 'Intet potentiale',
      'not-summable': 'Lægges ikke sammen',
      aggregate: 'Samlet niveau',
    } as Record<string, string>,
    /** Whether the API's Danish reason for a left-out figure is shown (it is in Danish). */
    showReasonDa: true as boolean,
    showDevelopment: 'Vis udvikling',
    hideDevelopment: 'Skjul udvikling',
    developmentOf: (name: string) => `for ${name}`,
    noValue: 'ingen værdi',
  },
  info: {
    computed: 'Potentiale, beregnet',
    computedFrom: (source: string) => `Potentiale, beregnet på ${source}`,
    ownValue: (name: string, unit: string) => `${name} (${unit}), kommunens egen værdi.`,
    benchmark: (level: string, group: string, n: number, unit: string) =>
      `Benchmark: ${level} af ${group} (${n} kommuner), ${unit}.`,
    rank: (polarity: string) =>
      `Placering blandt sammenligningsgruppen og kommunen selv; 1 = bedst efter nøgletallets retning (${polarity}).`,
    rankNeutral: 'Placering blandt sammenligningsgruppen og kommunen selv; 1 = højeste værdi.',
    potential: (value: string, benchmark: string, volume: string, result: string) =>
      `Potentiale = (egen værdi − benchmark) × volumen = (${value} − ${benchmark}) × ${volume} = ${result}. Positivt: kommunen kunne bruge så meget mindre på benchmarkniveau. Negativt: kommunen bruger mindre end benchmark.`,
    volume: (description: string) => `Volumen: ${description}.`,
    corridor: (minLevel: string, min: string, maxLevel: string, max: string) =>
      `Potentialet ved hvert benchmarkniveau: lavest ${min} (${minLevel}), højest ${max} (${maxLevel}).`,
    structure: (name: string, unit: string) => `${name} (${unit}).`,
  },
  development: {
    heading: (name: string) => `Udvikling: ${name}`,
    year: 'År',
    value: 'Egen værdi',
    breakNote: (year: number, text: string) => `Databrud ${year}: ${text}`,
    startsAfterBreak: (year: number) =>
      `Udviklingen vises fra ${year}, fordi opgørelsen blev ændret det år.`,
    others: 'Kommuner i gruppen med en anden udvikling end jer',
    other: (name: string, from: string, to: string, change: string) =>
      `${name}: indeks ${from} → ${to} (${change})`,
  },
  peers: {
    heading: 'Sammenligningskommunerne',
    themeLabel: 'Tema',
    nearestLead: (n: number, k: number) =>
      `De ${k} kommuner, der ligner mest på ${n} rammevilkår. Hver variabel standardiseres over alle 98 kommuner, og afstanden er den samlede forskel: 0 er ens, og jo mindre, jo mere ens.`,
    otherLead: (group: string, n: number) =>
      `${group}: ${n} kommuner. Gruppen vælges ikke efter rammevilkår, så der er ingen afstand at vise.`,
    variables: 'Rammevilkår, der indgår',
    caption: (theme: string) => `Sammenligningskommuner for ${theme}, nærmeste først`,
    name: 'Kommune',
    distance: 'Afstand',
    why: 'Begrundelse',
    closest: (names: string) => `Tættest på: ${names}.`,
    furthest: (names: string) => `Størst forskel: ${names}.`,
    share: (name: string, share: string) => `${name} (${share} af afstanden)`,
    distanceDefinition:
      'Strukturel afstand: kvadratroden af summen af de vægtede, kvadrerede forskelle i standardiserede rammevilkår. 0 = ens.',
    leftOut: (n: number) =>
      n === 1
        ? '1 kommune mangler data og er udeladt.'
        : `${n} kommuner mangler data og er udeladt.`,
    variableNames: {
      'log-population': 'indbyggertal',
      'log-density': 'befolkningstæthed',
      'share-0-17': 'andel 0-17-årige',
      'share-67-plus': 'andel 67+-årige',
      'socioeconomic-index': 'socioøkonomisk indeks',
      'expenditure-need': 'udgiftsbehov pr. indbygger',
      'tax-base': 'beskatningsgrundlag pr. indbygger',
      'urban-share': 'andel i bymæssig bebyggelse',
    } as Record<string, string>,
  },
  talkTo: {
    heading: 'Hvem kan I tale med?',
    lead: 'Kommuner, der ligner jer og gør det billigere (eller bedre) på nøgletallet, uden at være dårligere på de tilknyttede kvalitetstal. Rangeret efter lighed og forskellens størrelse.',
    figureLabel: 'Nøgletal',
    none: 'Ingen sammenlignelige kommuner gør det bedre på dette nøgletal.',
    valueDefinition: (figure: string, value: string, own: string) =>
      `${figure}: ${value} mod jeres ${own}. Forskellen er regnet i forhold til jeres værdi.`,
    better: (pct: string, direction: 'lower' | 'higher') =>
      `${pct} ${direction === 'lower' ? 'lavere' : 'højere'}`,
    ruleHeading: 'Sådan er listen lavet',
    inDanish: '',
    /** Used when the API's Danish reason is not shown (the English page composes its own). */
    reason: (p: {
      name: string;
      value: string;
      own: string;
      relative: string | null;
      inPeerGroup: boolean;
      distance: string;
      notWorse: readonly string[];
      unknown: readonly string[];
      notJudged: readonly string[];
    }) =>
      [
        `${p.name} har ${p.value} mod jeres ${p.own}${p.relative ? ` (${p.relative})` : ''}.`,
        `Kommunen ${p.inPeerGroup ? 'hører til jeres sammenligningsgruppe' : 'ligger uden for jeres sammenligningsgruppe'}, strukturel afstand ${p.distance}.`,
        p.notWorse.length ? `Ikke dårligere på: ${p.notWorse.join('; ')}.` : '',
        p.unknown.length ? `Ukendt (mangler data): ${p.unknown.join('; ')}.` : '',
        p.notJudged.length ? `Vist, men ikke vurderet: ${p.notJudged.join('; ')}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
  },
  exports: {
    heading: 'Hent pakken',
    lead: 'Hele pakken med de samme valg, til Excel eller videre beregning.',
  },
};
