/** Text of the Compare municipalities page (/sammenlign?k=101,147,…). */
export const compare = {
  title: 'Sammenlign kommuner',
  lead: 'Vælg to til fem kommuner og et tema, og se temaets nøgletal side om side, med hver kommunes rang blandt alle kommuner.',
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
  theme: 'Tema',
  year: 'År',
  latest: 'Seneste år med data',
  yearNote:
    'Hvert nøgletal vises for det seneste år med data, medmindre du vælger et år. Året står ved nøgletallet.',
  figure: 'Nøgletal',
  caption: (theme: string, n: number) => `${theme}: ${n} kommuner side om side`,
  rankOf: (rank: number, n: number) => `${rank}. af ${n}`,
  rankLabel: 'rang',
  best: 'bedst',
  bestNote:
    'Bedst betyder den bedste værdi blandt de valgte kommuner efter nøgletallets retning (fx lavest udgift). Nøgletal uden retning har ingen bedste. Bedst er ikke et facit.',
  noDirection: 'ingen retning',
  noValue: 'ingen værdi',
  noFigures: 'Temaet har ingen nøgletal med data.',
  withoutData: (names: string, year: number | null) =>
    year === null ? `Uden data i databasen: ${names}.` : `Uden data for ${year}: ${names}.`,
  count: (n: number, max: number) => `${n} af højst ${max} kommuner valgt.`,
  noDataYear: (year: number) => `ingen data i ${year}`,
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
};
