/**
 * Text of the Home page (Forside), and of the map of Denmark (t.home.denmarkMap), which the
 * key-figure page shows too.
 */

// The map of Denmark (DenmarkMap), shared by every page that shows it.
const denmarkMap = {
  loading: 'Henter kortet …',
  noBoundaries:
    'Kommunegrænserne er ikke importeret, så kortet kan ikke tegnes. Tallene står i tabellen.',
  label: (figure: string, year: number) => `Kort over kommunerne: ${figure}, ${year}`,
  summary: (
    figure: string,
    year: number,
    count: number,
    lowest: string,
    highest: string,
    missing: number,
  ) =>
    `Kort over Danmarks kommuner farvet efter ${figure} i ${year}. ${count} kommuner har en værdi; laveste er ${lowest}, højeste er ${highest}.` +
    (missing > 0 ? ` ${missing} ${missing === 1 ? 'kommune' : 'kommuner'} uden værdi.` : ''),
  rank: (rank: number, count: number) => `nr. ${rank} af ${count}`,
  rankNeutral: (rank: number, count: number) => `nr. ${rank} af ${count}, højeste først`,
  noValue: 'ingen værdi',
  legend: 'Signaturforklaring',
  darkerIsHigher: 'Mørkere farve betyder højere værdi.',
  polarity: {
    'lower-is-better': 'Lavere er bedre: nr. 1 har den laveste værdi.',
    'higher-is-better': 'Højere er bedre: nr. 1 har den højeste værdi.',
    neutral: 'Hverken højere eller lavere er i sig selv bedre.',
  } as Record<string, string>,
  count: (n: number) => (n === 1 ? '1 kommune' : `${n} kommuner`),
  source: (source: string, year: number) => `Kilde: ${source}, ${year}.`,
  bornholm: 'Bornholm er vist i en boks øverst til højre.',
  capital: 'Hovedstadsområdet',
  capitalNote:
    'Hovedstadsområdet er vist forstørret i en boks nord for Sjælland; rammen på kortet viser området.',
  skipMap: 'Spring kortets kommuner over',
  tableCaption: (figure: string, year: number) => `${figure}, ${year}: alle kommuner`,
  /** The last word of a downloaded map's file name: »udgifter-til-aeldre-2023-kort.svg«. */
  fileName: 'kort',
};

export const home = {
  title: 'Kommunernes nøgletal på ét kort',
  lead: 'Potentiale sammenligner Danmarks 98 kommuner på de kommunale nøgletal: hvad de bruger pr. borger, ældre eller elev, og hvordan de ligger i forhold til kommuner med samme rammevilkår.',
  about: {
    heading: 'Et landkort, ikke et facit',
    points: [
      'Tallene viser, hvor det kan betale sig at kigge nærmere, og hvilke kommuner det kan være værd at ringe til.',
      'Penge er ikke det samme som kvalitet: en høj udgift kan være et bevidst valg, og en lav udgift kan have en pris.',
      'Kommunerne prioriterer forskelligt og har forskellige rammevilkår. Potentialet er et beregnet spænd, ikke et sparekrav.',
    ],
  },
  search: {
    heading: 'Find din kommune',
    label: 'Kommunens navn',
    hint: 'Vælg en kommune for at se dens potentialepakke: nøgletal, sammenligningskommuner og hvem I kan tale med.',
  },
  map: {
    heading: 'Danmarkskort',
    intro:
      'Vælg et nøgletal og et år. Peg på eller gå med tabulatortasten til en kommune for at se tallet, og klik eller tryk Enter for at åbne kommunen.',
    keyFigure: 'Nøgletal',
    year: 'År',
    otherGroup: 'Øvrige nøgletal',
    moreAbout: (name: string) => `Mere om ${name}: rangliste, udvikling og data`,
    noYears: 'Nøgletallet har ingen værdier endnu.',
    noValues: (name: string, year: number) => `Der er ingen værdier for ${name} i ${year}.`,
    noKeyFigures: 'Der er ingen nøgletal i databasen endnu.',
  },
  denmarkMap,
};
