/** Text of the Compare municipalities page (/sammenlign?k=101,147,…). */
export const compare = {
  title: 'Sammenlign kommuner',
  lead: 'Vælg to til fem kommuner, og se potentialet og sammenligningsgruppens median for hvert nøgletal side om side: alle temaer, eller dem du vælger.',
  chosen: 'Valgte kommuner',
  search: 'Søg efter en kommune at tilføje',
  orList: 'Eller vælg fra listen',
  addNone: '– vælg kommune –',
  addButton: 'Tilføj',
  remove: (name: string) => `Fjern ${name}`,
  already: (name: string) => `${name} er allerede valgt.`,
  full: 'Du kan sammenligne højst 5 kommuner. Fjern en kommune, før du tilføjer en ny.',
  tooFew: (n: number) =>
    n === 0
      ? 'Vælg mindst to kommuner for at sammenligne dem. Tilføj dem ovenfor, fx din egen kommune og en nabokommune.'
      : 'Vælg én kommune mere for at sammenligne: der skal være mindst to.',
  tooMany: (n: number) =>
    `Adressen har ${n} kommuner, men der kan sammenlignes højst 5. Fjern ${n - 5} for at se sammenligningen.`,
  unknown: (codes: string) => `Ukendt kommunekode: ${codes}. Koden er sprunget over.`,
  repeated: (names: string) =>
    `${names} står mere end én gang i adressen. Hver kommune vises én gang.`,
  themes: 'Temaer',
  allThemes: 'Alle temaer',
  noTheme: 'Vælg mindst ét tema for at se sammenligningen.',
  unknownTheme: (themes: string) => `Ukendt tema i adressen: ${themes}. Det er sprunget over.`,
  year: 'År',
  latest: 'Pakkens standardår',
  yearNote:
    'Alle tal er fra samme år: som standard det nyeste år med regnskab, som på kommunesiden. Hver kommune sammenlignes med sin egen gruppe af de 10 mest lignende kommuner, og potentialet er beregnet som i kommunens potentialepakke.',
  figure: 'Nøgletal',
  caption: (theme: string, n: number) => `${theme}: ${n} kommuner side om side`,
  rankOf: (rank: number, n: number) => `${rank}. af ${n}`,
  rankLabel: 'rang',
  best: 'bedst',
  bestNote:
    'Bedst betyder den bedste værdi blandt de valgte kommuner efter nøgletallets retning (fx lavest udgift). Nøgletal uden retning har ingen bedste. Bedst er ikke et facit.',
  noDirection: 'ingen retning',
  noValue: 'ingen værdi',
  noFigures: 'Temaet har ingen nøgletal med data i året.',
  count: (n: number, max: number) => `${n} af højst ${max} kommuner valgt.`,
  median: 'median i gruppen',
  potential: 'potentiale',
  potentialNote:
    'Potentialet er (egen værdi − gruppens median) × volumen, i kroner: positivt betyder, at kommunen kunne bruge mindre, hvis den lå på gruppens median; negativt, at den allerede bruger mindre. Et nøgletal, der overlapper et andet, tælles ikke med i summen (som i kommunens pakke).',
  notCounted: 'ikke i summen',
  overview: {
    heading: 'Potentiale pr. tema',
    caption: (unit: string, kind: string) => `Potentiale pr. tema og kommune (${unit}, ${kind})`,
    total: 'I alt, valgte temaer',
    packageTotal: 'Hele pakken',
  },
  themeCaption: (theme: string, unit: string, kind: string) =>
    `${theme}: egen værdi, gruppens median og potentiale (${unit}, ${kind})`,
  chart: {
    heading: 'Placering blandt alle kommuner',
    intro:
      'Hver række er et nøgletal; hver kommune har sit eget symbol. Til venstre er rang 1 (den bedste efter nøgletallets retning; for nøgletal uden retning den højeste værdi).',
    axis: 'Rang blandt kommunerne →',
    summary: (theme: string, lines: string) =>
      `Prikdiagram over rang blandt kommunerne på temaet ${theme}. ${lines}`,
    line: (figure: string, ranks: string) => `${figure}: ${ranks}.`,
    rankOf: (name: string, rank: string) => `${name} nr. ${rank}`,
  },
  table: {
    heading: 'Nøgletal side om side',
  },
  loadingNote: 'Beregner potentialepakkerne …',
};
