/** Text of the key-figure pages: the list (/noegletal) and the explorer (/noegletal/{id}). */
export const keyFigure = {
  title: 'Nøgletal',
  kinds: {
    cost: 'Udgift (enhedsudgift)',
    activity: 'Aktivitet og serviceniveau',
    quality: 'Kvalitet og resultat',
    structure: 'Rammevilkår',
    finance: 'Finansiering',
  } as Record<string, string>,
  status: {
    value: 'Værdi',
    missing: 'Mangler (M)',
    undefined: 'Ikke defineret (U)',
    confidential: 'Fortrolig (diskretioneret)',
    'no-data': 'Ingen data',
  } as Record<string, string>,
  list: {
    title: 'Nøgletal',
    lead: 'Alle nøgletal i Potentiale, ordnet efter tema. Vælg et nøgletal for at se de 98 kommuner rangeret, på kortet, over for rammevilkår og over tid.',
    filter: 'Søg i nøgletal',
    filterHint: 'Skriv en del af navnet, fx ældre eller pr. indb.',
    count: (shown: number, total: number) =>
      shown === total ? `${total} nøgletal` : `${shown} af ${total} nøgletal passer`,
    noMatch: 'Intet nøgletal passer til søgningen. Prøv et kortere ord.',
    uncatalogued: 'Øvrige nøgletal fra kilderne (uden tema)',
    unit: 'Enhed',
    years: 'Årgange',
    noYears: 'ikke hentet endnu',
    figures: (n: number) => (n === 1 ? '1 nøgletal' : `${n} nøgletal`),
  },
  about: {
    back: 'Alle nøgletal',
    unit: 'Enhed',
    kind: 'Art',
    source: 'Kilde',
    sourceName: 'Navn i kilden',
    polarity: 'Retning',
    themes: 'Tema',
    years: 'År med data',
    volume: 'Målgruppe (volumen)',
    definition: 'Definition og noter',
    noNotes: 'Kilden har ingen noter til dette nøgletal.',
    note: (n: number) => `Note ${n}`,
    breaks: 'Brud i opgørelsen',
    breakAt: (year: number) => `Fra ${year}`,
    noData: 'Tallene for dette nøgletal er ikke hentet endnu.',
    noDataLink: 'Se hvilke tal der er hentet, og hvor nye de er',
  },
  controls: {
    year: 'År',
    yearOption: (year: number, kind: string | null) => (kind ? `${year} · ${kind}` : String(year)),
    yearNote: 'Om året',
    otherVariant: (kindYear: string) => `${kindYear} findes også, men vises ikke`,
    municipality: 'Fremhæv kommune',
    none: '– ingen –',
    peers: 'Fremhæv sammenligningskommuner',
  },
  chosen: {
    heading: (name: string, year: string) => `${name}, ${year}`,
    value: 'Værdi',
    rank: 'Rang blandt kommunerne',
    rankOf: (rank: number, n: number) => `${rank}. af ${n}`,
    noRank: 'ingen rang (ingen værdi)',
    median: 'Landsmedian',
    medianDefinition: (name: string) => `Medianen af de 98 kommuners værdier for ${name}`,
    peerMedian: 'Median i sammenligningsgruppen',
    peerMedianDefinition: (group: string) =>
      `Medianen af sammenligningskommunernes værdier (${group}), uden kommunen selv`,
    rankDefinition: (polarity: string) => `Rang 1 er ${polarity}.`,
    peersLoading: 'Henter sammenligningskommuner …',
    peersError: 'Sammenligningskommunerne kunne ikke hentes, så de er ikke fremhævet.',
    peersAre: (group: string) => `Sammenligningskommuner (${group}):`,
    openMunicipality: (name: string) => `Se potentialepakken for ${name}`,
    unknown: (code: string) => `Ukendt kommunekode i adressen: ${code}. Vælg en kommune på listen.`,
    noDataYear: (year: number) =>
      `Nøgletallet har ingen data for ${year}; siden viser det seneste år med data.`,
    pick: 'Vælg en kommune for at fremhæve den og dens sammenligningskommuner i alle figurer.',
  },
  rankFirst: {
    'lower-is-better': 'den laveste værdi (lavere er bedre)',
    'higher-is-better': 'den højeste værdi (højere er bedre)',
    neutral:
      'den højeste værdi; nøgletallet har ingen retning, så rangen siger ikke noget om godt eller skidt',
  } as Record<string, string>,
  legend: {
    chosen: 'Valgt kommune',
    peers: 'Sammenligningskommune',
    others: 'Øvrige kommuner',
  },
  ranking: {
    heading: 'Rangering',
    intro: (first: string) => `De 98 kommuner sorteret efter værdi. Rang 1 er ${first}.`,
    summary: (p: {
      name: string;
      year: number;
      n: number;
      best: string;
      worst: string;
      median: string;
      chosen: string;
    }) =>
      `Vandret søjlediagram: ${p.n} kommuner rangeret på ${p.name} i ${p.year}, fra ${p.best} til ${p.worst}. ${p.median}${p.chosen}`,
    chosenSentence: (name: string, rank: string, peers: string) =>
      ` ${name} er nr. ${rank}.${peers ? ` Fremhævede sammenligningskommuner: ${peers}.` : ''}`,
    medianLabel: (name: string, value: string) => `${name} ${value}`,
    missing: (n: number) =>
      n === 1
        ? '1 kommune har ingen værdi og er ikke med.'
        : `${n} kommuner har ingen værdi og er ikke med.`,
    caption: (name: string, year: number) => `${name}, ${year}: rangering`,
  },
  map: {
    heading: 'Kortet',
    intro:
      'Klik på en kommune på kortet (eller tab til den og tryk Enter) for at fremhæve den og dens sammenligningskommuner på hele siden.',
    outlines: (name: string) =>
      `${name} har en tyk kant og sammenligningskommunerne en stiplet kant.`,
  },
  scatter: {
    heading: 'Sammenhæng med rammevilkår',
    variable: 'Rammevilkår (vandret akse)',
    intro:
      'Hver prik er en kommune. Linjen er den lineære regression (mindste kvadraters metode) over alle kommuner med begge værdier.',
    r2: (r2: string, share: string, n: number, variable: string) =>
      `R² = ${r2}: forskelle i ${variable.toLowerCase()} forklarer ${share} af forskellene mellem de ${n} kommuner (en lineær sammenhæng, ikke en årsag).`,
    r2Short: (r2: string) => `R² = ${r2}`,
    noFit: 'For få kommuner med begge værdier til en regressionslinje.',
    fallbackYear: (variable: string, wanted: number, used: number) =>
      `${variable} har ingen data for ${wanted}, så figuren bruger ${used}, det nærmeste år med data.`,
    noStructureData: (variable: string) => `${variable} har ingen data i databasen.`,
    summary: (p: { name: string; variable: string; year: number; n: number; fit: string }) =>
      `Punktdiagram: ${p.name} (lodret) mod ${p.variable} (vandret) for ${p.n} kommuner i ${p.year}. ${p.fit}`,
    peersSentence: (names: string) => ` Sammenligningskommunerne (firkanter): ${names}.`,
    caption: (name: string, variable: string) => `${name} og ${variable}`,
  },
  development: {
    heading: 'Udvikling over tid',
    intro:
      'Linjerne viser værdien år for år. Den stiplede linje er sammenligningsgruppens median (uden valgt kommune: medianen af alle kommuner). Lodrette linjer markerer brud i opgørelsen.',
    introPeers: (name: string) => `Viser ${name} og sammenligningskommunerne.`,
    introPicked: 'Viser de kommuner, du har valgt.',
    introNone: 'Vælg en kommune ovenfor, eller tilføj op til 5 kommuner her.',
    add: 'Tilføj kommune til udviklingen',
    addNone: '– vælg –',
    addButton: 'Tilføj',
    remove: (name: string) => `Fjern ${name} fra udviklingen`,
    picked: 'Valgte kommuner i udviklingen',
    max: 'Der kan højst vises 5 valgte kommuner. Fjern én først.',
    breakLabel: (year: number) => `Brud ${year}`,
    summary: (p: {
      name: string;
      from: number;
      to: number;
      lines: string;
      reference: string;
      breaks: string;
    }) =>
      `Linjediagram: ${p.name} fra ${p.from} til ${p.to} for ${p.lines} og ${p.reference}.${p.breaks}`,
    breaksSentence: (years: string) => ` Brud i opgørelsen: ${years}.`,
    caption: (name: string) => `${name} over tid`,
    year: 'År',
    prices: (unit: string) => `Alle år i ${unit}, så de kan sammenlignes.`,
    unconverted: (years: string, level: string) =>
      `Ikke omregnet: intet prisindeks for ${years}. De år vises i ${level}, som offentliggjort, med hule prikker og uden linje til de øvrige år.`,
    unconvertedMark: 'ikke omregnet',
  },
  table: {
    heading: 'Tabel',
    caption: (name: string, year: string) => `${name}, alle kommuner, ${year}`,
    rank: 'Rang',
    rankOf: (n: number) => `Rang (af ${n})`,
    municipality: 'Kommune',
    value: 'Værdi',
    status: 'Status',
    chosenMark: '(valgt)',
    peerMark: '(sammenligningskommune)',
  },
};
