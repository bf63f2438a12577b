/** Text of the Municipality page's overview: the largest potentials, the waterfall, the themes. */
export const overview = {
  heading: 'Hvor ligger potentialet?',
  lead: (n: number) =>
    `De ${n === 1 ? 'nøgletal' : `${n} nøgletal`} med det største potentiale, på tværs af temaerne. Hvert nøgletal tælles én gang, også når det hører til flere temaer; klik på et nøgletal for at se det i sit tema.`,
  none: 'Intet nøgletal, der indgår i summen, har et positivt potentiale: kommunen ligger på eller under benchmark på dem alle.',
  caption: (n: number, unit: string, kindYear: string) =>
    `${n === 1 ? 'Det største potentiale' : `De ${n} største potentialer`}, beløb i ${unit}, ${kindYear}`,
  columns: {
    rank: 'Nr.',
    figure: 'Nøgletal',
    theme: 'Tema',
    value: 'Egen værdi',
    benchmark: 'Benchmark',
    potential: 'Potentiale',
    warnings: 'Advarsler',
  },
  noWarnings: 'ingen advarsler',
  /** After the figure's name in its link, for screen readers. */
  linkHint: (theme: string) => `, se rækken under ${theme}`,
  chart: {
    heading: 'Fra nøgletal til samlet potentiale',
    rest: (n: number) => (n === 1 ? 'Øvrigt nøgletal' : `Øvrige ${n} nøgletal`),
    restShort: 'Øvrige',
    total: 'Samlet potentiale',
    totalShort: 'I alt',
    axis: (prices: string) => `mio. kr., ${prices}`,
    summary: (p: { top: number; topSum: string; rest: string | null; total: string }) =>
      `Vandfaldsdiagram: de ${p.top} største potentialer udgør ${p.topSum}${p.rest ? `, de øvrige nøgletal ${p.rest}` : ''}, i alt ${p.total}.`,
    note: 'Søjlerne lægger de positive potentialer sammen til pakkens samlede potentiale. Hvert nøgletal tælles én gang, og nøgletal, der overlapper et andet, tælles ikke med.',
    restNote: (n: number) =>
      `De øvrige nøgletal er det samlede potentiale minus de ${n} største, som de er vist.`,
    rounded: 'Beløbene er afrundet hver for sig, så de kan afvige lidt fra summen.',
    notComparable:
      'Der vises ingen vej til et samlet potentiale, fordi året ikke kan sammenlignes som helhed.',
    tableCaption: (unit: string) => `Fra nøgletal til samlet potentiale, ${unit}`,
    part: 'Del',
    amount: 'Potentiale',
    running: 'Løbende sum',
  },
  themes: {
    lead: (n: number) =>
      `Hvert tema viser sine ${n} største potentialer. Åbn et tema for at se alle dets nøgletal.`,
    openAll: 'Vis alle nøgletal i alle temaer',
    closeAll: 'Vis kun de største i alle temaer',
    showAll: (n: number) => `Vis alle ${n} nøgletal`,
    showTop: (n: number) => `Vis kun de ${n} største`,
    inTheme: (theme: string) => ` i ${theme}`,
    shown: (n: number, of: number) => `${n} af ${of} nøgletal vises, det største potentiale først.`,
  },
  corridor: (level: string) =>
    `Korridoren viser potentialet på tværs af benchmarkniveauerne: stregen går fra det laveste til det højeste, prikken er det valgte niveau (${level}), og den lodrette streg er nul.`,
  appendix: 'Bilag: alle nøgletal pr. tema, sammenligningskommuner og hvem I kan tale med',
};
