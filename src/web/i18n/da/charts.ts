/** Text of the charts: reference lines, axis breaks, the index view and the downloads. */
export const charts = {
  reference: {
    /** The reference line's own label at its end in a chart. */
    short: 'Median',
    /** What the reference line is called in a legend, by kind. */
    name: (kind: 'peers' | 'all') =>
      kind === 'peers' ? 'Sammenligningsgruppens median' : 'Median af alle kommuner',
    sentence: (name: string, value: string) => `${name}: ${value}.`,
    /** The peer group's median: the one reference line of every chart that has a group. */
    peerMedian: 'Sammenligningsgruppens median',
    /** Without a group (no municipality chosen), the line is the median of all municipalities. */
    allMedian: 'Median af alle kommuner',
    allMedianWhy:
      'Ingen kommune er valgt, så der er ingen sammenligningsgruppe: linjen er medianen af alle kommuner.',
    peerMedianWhy: (name: string, n: number) =>
      `Linjen er medianen af ${name}s ${n} sammenligningskommuner (kommunen selv ikke medregnet).`,
  },
  axis: {
    fromZero: 'Den lodrette akse starter ved 0.',
    broken: (from: string) =>
      `Den lodrette akse starter ved ${from}, ikke ved 0 (markeret med et brud på aksen).`,
  },
  view: {
    label: 'Vis som',
    values: 'Værdier',
    index: 'Indeks (median = 100)',
    indexAxis: 'Indeks, sammenligningsgruppens median = 100',
    indexAxisAll: 'Indeks, medianen af alle kommuner = 100',
    indexDefinition: (reference: string) =>
      `Indeks = egen værdi / ${reference.toLowerCase()} × 100. 100 er medianen; 110 er 10 % over.`,
  },
  tooFew: (n: number, years: string) =>
    n === 0
      ? 'Der er ingen år med værdier at vise en udvikling for.'
      : `Der er kun ${n === 1 ? 'ét år' : `${n} år`} med værdier (${years}): for få til at vise en udvikling som en linje. Tallene står her:`,
  breakLabel: (year: number) => `Brud ${year}`,
  /** The development against the peer group on the kommune page. */
  development: {
    summaryValues: (p: { name: string; from: number; to: number; own: string; median: string }) =>
      `Linjediagram: ${p.name} og sammenligningsgruppens median, ${p.from}–${p.to}. ${p.name}: ${p.own}. Medianen: ${p.median}.`,
    summaryIndex: (p: { name: string; from: number; to: number; a: string; b: string }) =>
      `Linjediagram: ${p.name} som indeks mod sammenligningsgruppens median (100), ${p.from}–${p.to}: ${p.a} i ${p.from} og ${p.b} i ${p.to}.`,
    fromTo: (a: string, b: string) => `${a} → ${b}`,
    tableCaption: (name: string) =>
      `Udviklingen for ${name}: egen værdi, sammenligningsgruppens median og indeks`,
    index: 'Indeks (median = 100)',
    indexInfo: (name: string) =>
      `Indeks = kommunens værdi / sammenligningsgruppens median for ${name} × 100.`,
    othersNote:
      'Her måles udviklingen som i metoden (afsnit om udvikling): indeks mod gruppens gennemsnit, 1 = gennemsnittet.',
  },
  download: {
    label: 'Hent diagrammet',
    svg: 'SVG',
    png: 'PNG',
    svgLabel: (title: string) => `Hent diagrammet »${title}« som SVG (vektorgrafik)`,
    pngLabel: (title: string) => `Hent diagrammet »${title}« som PNG (billede)`,
    failed: 'Diagrammet kunne ikke gemmes som billede.',
    source: (source: string) => `Kilde: ${source}. Beregnet med Potentiale.`,
    prices: (level: string) => `Beløb i ${level}.`,
  },
};
