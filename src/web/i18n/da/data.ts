import { ATTRIBUTIONS as A } from '../../../core/index.ts';

/** Text of the Data page: what is loaded, and how to import when nothing is. */
export const data = {
  title: 'Data',
  lead: 'Hvilke tal Potentiale har, hvor nye de er, og hvor de kommer fra: hvilke filer der er indlæst, hvornår, og hvad hver import ændrede.',
  summary: {
    title: 'Overblik',
    observations: 'Tal i databasen',
    observationsInfo:
      'Antal observationer (kommune × år × nøgletal), inklusive manglende og udefinerede værdier',
    imports: 'Importer',
    importsInfo: 'Antal importerede filer og hentninger fra Danmarks Statistik',
    keyFigures: 'Nøgletal med tal',
    keyFiguresInfo: 'Nøgletal i kataloget, der har værdier for mindst ét år',
    latest: 'Seneste import',
    latestNote: 'hvornår data blev indlæst, ikke hvor nye tallene er',
    latestInfo:
      'Tidspunktet for den seneste import i denne installation. Det siger ikke, hvor nye tallene er: se «Hvor nye er tallene?»',
    source: 'Potentiales database',
  },
  freshness: {
    title: 'Hvor nye er tallene?',
    intro:
      'Nøgletallene slutter i forskellige år: kilderne opdateres forskelligt, og nogle nøgletal er udgået. Det nyeste år kan være budget, ikke regnskab. Beløb er gemt i det prisniveau, kilden offentliggjorde dem i, og omregnes på siderne.',
    headline: (atNewest: string, total: string, newest: number, common: string, year: number) =>
      `${atNewest} af ${total} nøgletal med tal har tal for ${newest}; flest (${common}) slutter i ${year}.`,
    caption: 'Pr. kilde: nøgletal med tal, årene, og hvor mange nøgletal der slutter i hvilket år',
    source: 'Kilde',
    keyFigures: 'Nøgletal med tal',
    notFetched: 'Ikke hentet endnu',
    years: 'År med tal',
    endsIn: 'Nyeste år: antal nøgletal',
    prices: 'Prisniveau (som gemt)',
    basis: {
      current: 'løbende priser',
      none: 'ikke kroner',
      unknown: 'ukendt prisniveau',
      fixed: (year: number) => `faste ${year}-priser`,
    },
    and: ' og ',
    figuresSummary: (n: string) => `Vis alle ${n} nøgletal med deres nyeste år`,
    figuresCaption:
      'Hvert nøgletal: kilde, første og nyeste år med tal, regnskab eller budget, nyeste regnskabsår, prisniveau og kommuner med tal i det nyeste år',
    figure: 'Nøgletal',
    firstYear: 'Første år',
    lastYear: 'Nyeste år',
    lastAccounts: 'Nyeste regnskab',
    municipalities: 'Kommuner',
    notFetchedCell: 'ikke hentet endnu',
  },
  sources: {
    names: {
      noegletal: A.noegletal.productDa,
      regk31: `${A.statbank.citationDa}, REGK31`,
      statbank: `${A.statbank.citationDa}, ${A.statbank.productDa}`,
      tidy: 'Importerede filer (tidy CSV)',
    } as Record<string, string>,
    none: 'Ingen nøgletal har tal endnu.',
  },
  imports: {
    title: 'Importer',
    caption: 'Hver import med fil, format, tidspunkt og hvad den ændrede, nyeste først',
    none: 'Der er ikke importeret noget endnu.',
    file: 'Fil og format',
    importedAt: 'Importeret',
    exportedBy: 'Eksporteret',
    keyFigures: 'Nøgletal',
    rows: 'Rækker læst',
    inserted: 'Nye',
    updated: 'Ændrede',
    unchanged: 'Uændrede',
    status: 'Status',
    diagnostics: 'Diagnostik',
    noExport: 'ikke oplyst',
    rowsInfo: 'Antal værdier, filen indeholdt',
    insertedInfo: 'Værdier, der ikke fandtes før',
    updatedInfo: 'Værdier, der fandtes med et andet tal og blev opdateret',
    unchangedInfo: 'Værdier, der fandtes med samme tal',
    bytes: (size: string) => `${size} kB`,
    diagnosticsLink: (n: number) => (n === 1 ? '1 meddelelse' : `${n} meddelelser`),
  },
  formats: {
    'noegletal-csv': 'De Kommunale Nøgletal (CSV)',
    'noegletal-xlsx': 'De Kommunale Nøgletal (XLSX)',
    'dst-classification': 'Danmarks Statistiks kommuneinddeling',
    'dagi-topojson': 'DAGI-grænser (TopoJSON)',
    'dagi-geojson': 'DAGI-grænser (GeoJSON)',
    'regk31-csv': 'REGK31, Danmarks Statistik (CSV)',
    'budk32-csv': 'BUDK32 (budget), Danmarks Statistik (CSV)',
    'folk1a-age-csv': 'Folketal efter alder (FOLK1A), Danmarks Statistik (CSV)',
    'tidy-csv': 'Tidy CSV',
    'price-index-csv': 'Pris- og lønindeks (år;indeks;basis)',
    'statbank-api': 'Statistikbanken (API)',
  } as Record<string, string>,
  statuses: {
    applied: 'Indlæst',
    unchanged: 'Uændret (fandtes allerede)',
  } as Record<string, string>,
  diagnostics: {
    title: 'Diagnostik fra importen',
    intro:
      'Det, importen bemærkede: fil, linje, felt og værdi. Info er kun til orientering (fx at en landstotal blev sprunget over); en advarsel betyder, at en værdi eller række ikke blev brugt.',
    none: 'Ingen import har diagnostik.',
    summary: (file: string, n: number) =>
      `${file}: ${n === 1 ? '1 meddelelse' : `${n} meddelelser`}`,
    caption: (file: string) => `Diagnostik for ${file}`,
    line: 'Linje',
    field: 'Felt',
    value: 'Værdi',
    message: 'Meddelelse',
    severity: 'Art',
    severities: {
      error: 'Fejl',
      warning: 'Advarsel',
      info: 'Info',
    } as Record<string, string>,
  },
  howTo: {
    emptyTitle: 'Sådan importerer du data',
    adminTitle: 'For administratorer',
    adminIntro:
      'Til den, der driver denne installation af Potentiale. Som bruger af siden skal du ikke gøre noget.',
    adminSummary: 'Sådan importerer eller henter du flere data (kommandolinjen)',
    intro:
      'Potentiale læser offentlige data fra filer, du har hentet, eller direkte fra Danmarks Statistik. Kommandoerne køres i en terminal i Potentiales mappe.',
    stopFirst:
      'Stop først serveren (Ctrl+C i dens terminal): den indbyggede database kan kun bruges af ét program ad gangen, og en import, mens serveren kører, går tabt. Har du startet serveren med --db, så brug samme --db. Med en PostgreSQL-server (DATABASE_URL) kan serveren køre videre.',
    importTitle: 'Importér filer fra en mappe',
    importText:
      'Læser alle filer i mappen og dens undermapper, som Potentiale kender formatet på. Formatet genkendes ud fra indholdet, og den samme fil to gange ændrer intet.',
    importCommand: 'npx potentiale import <mappe>',
    examplesText: 'Fx eksempeldataene, eller en mappe med eksporter fra noegletal.dk:',
    exampleShared: 'npx potentiale import ../shared/data/raw',
    exampleNoegletal: 'npx potentiale import ~/Downloads/noegletal',
    fetchTitle: 'Hent fra Danmarks Statistik',
    fetchText:
      'Henter REGK31 (kommunernes regnskaber) og FOLK1A (befolkningen) for de seneste fem år fra Statistikbankens API og beregner nøgletallene. Kræver forbindelse til internettet.',
    fetchCommand: 'npx potentiale fetch',
    restartTitle: 'Start serveren igen',
    restartText:
      'Genindlæs derefter siden. Startes serveren på en tom database med forbindelse til internettet, henter den selv fra Danmarks Statistik første gang.',
    serveCommand: 'npx potentiale serve',
    formatsTitle: 'Formater, der kan importeres',
    formats: [
      'De Kommunale Nøgletal: eksporter fra noegletal.dk som CSV (semikolon, dansk talformat) eller XLSX, ét eller mange nøgletal pr. fil.',
      'Danmarks Statistiks kommuneinddeling (regioner, landsdele og kommuner) som CSV.',
      'DAGI-grænser for kommuner og regioner som TopoJSON eller GeoJSON, til kortet.',
      'REGK31 fra Statistikbanken: nettodriftsudgifter pr. indbygger pr. funktion, som CSV.',
      'BUDK32 fra Statistikbanken: budgettet i samme form som REGK31; filen skal have BUDK32 i navnet eller ligge i en mappe med BUDK32 i navnet, fx BUDK32-2025.csv.',
      'Tidy CSV med kolonnerne municipality_code;year;key_figure;value, til alle andre tal; en sidste kolonne year_kind (regnskab eller budget) kan skille regnskab og budget ad.',
    ],
    safety:
      'En import er én transaktion: enten kommer hele filen ind, eller intet. En fil med fejl afvises med fil, linje og værdi, og intet, der allerede er gemt, går tabt.',
  },
};
