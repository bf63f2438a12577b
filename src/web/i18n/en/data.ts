import { ATTRIBUTIONS as A } from '../../../core/index.ts';
import type { Widen } from '../widen.ts';
import type { da } from '../da/index.ts';

export const data: Widen<typeof da.data> = {
  title: 'Data',
  lead: 'Which figures Potentiale has, how recent they are and where they come from: which files were loaded, when, and what each import changed.',
  summary: {
    title: 'Overview',
    observations: 'Figures in the database',
    observationsInfo:
      'Number of observations (municipality × year × key figure), including missing and undefined values',
    imports: 'Imports',
    importsInfo: 'Number of imported files and fetches from Statistics Denmark',
    keyFigures: 'Key figures with values',
    keyFiguresInfo: 'Key figures in the catalogue with values for at least one year',
    latest: 'Latest import',
    latestNote: 'when data were loaded, not how recent the figures are',
    latestInfo:
      'The time of the latest import into this installation. It does not say how recent the figures are: see “How recent are the figures?”',
    source: 'Potentiale’s database',
  },
  freshness: {
    title: 'How recent are the figures?',
    intro:
      'The key figures end in different years: the sources are updated differently, and some figures were discontinued. The newest year may be budget, not accounts. Amounts are stored at the price level the source published them in, and converted on the pages.',
    headline: (atNewest: string, total: string, newest: number, common: string, year: number) =>
      `${atNewest} of ${total} key figures with values have figures for ${newest}; most (${common}) end in ${year}.`,
    caption:
      'Per source: key figures with values, the years, and how many key figures end in which year',
    source: 'Source',
    keyFigures: 'Key figures with values',
    notFetched: 'Not fetched yet',
    years: 'Years with figures',
    endsIn: 'Newest year: number of key figures',
    prices: 'Price level (as stored)',
    basis: {
      current: 'current prices',
      none: 'not in kroner',
      unknown: 'unknown price level',
      fixed: (year: number) => `fixed ${year} prices`,
    },
    and: ' and ',
    figuresSummary: (n: string) => `Show all ${n} key figures with their newest year`,
    figuresCaption:
      'Each key figure: source, first and newest year with values, accounts or budget, newest accounts year, price level and municipalities with values in the newest year',
    figure: 'Key figure',
    firstYear: 'First year',
    lastYear: 'Newest year',
    lastAccounts: 'Newest accounts',
    municipalities: 'Municipalities',
    notFetchedCell: 'not fetched yet',
  },
  sources: {
    names: {
      noegletal: A.noegletal.productEn,
      regk31: `${A.statbank.citationEn}, REGK31`,
      statbank: `${A.statbank.citationEn}, ${A.statbank.productEn}`,
      tidy: 'Imported files (tidy CSV)',
    },
    none: 'No key figure has values yet.',
  },
  imports: {
    title: 'Imports',
    caption: 'Each import with its file, format, time and what it changed, newest first',
    none: 'Nothing has been imported yet.',
    file: 'File and format',
    importedAt: 'Imported',
    exportedBy: 'Exported',
    keyFigures: 'Key figures',
    rows: 'Rows read',
    inserted: 'New',
    updated: 'Changed',
    unchanged: 'Unchanged',
    status: 'Status',
    diagnostics: 'Diagnostics',
    noExport: 'not stated',
    rowsInfo: 'Number of values the file contained',
    insertedInfo: 'Values that did not exist before',
    updatedInfo: 'Values that existed with another figure and were updated',
    unchangedInfo: 'Values that existed with the same figure',
    bytes: (size: string) => `${size} kB`,
    diagnosticsLink: (n: number) => (n === 1 ? '1 message' : `${n} messages`),
  },
  formats: {
    'noegletal-csv': 'De Kommunale Nøgletal (CSV)',
    'noegletal-xlsx': 'De Kommunale Nøgletal (XLSX)',
    'dst-classification': 'Statistics Denmark’s municipal classification',
    'dagi-topojson': 'DAGI boundaries (TopoJSON)',
    'dagi-geojson': 'DAGI boundaries (GeoJSON)',
    'regk31-csv': 'REGK31, Statistics Denmark (CSV)',
    'budk32-csv': 'BUDK32 (budget), Statistics Denmark (CSV)',
    'folk1a-age-csv': 'Population by age (FOLK1A), Statistics Denmark (CSV)',
    'tidy-csv': 'Tidy CSV',
    'price-index-csv': 'Price and wage index (year;index;base)',
    'statbank-api': 'StatBank Denmark (API)',
  },
  statuses: {
    applied: 'Loaded',
    unchanged: 'Unchanged (already there)',
  },
  diagnostics: {
    title: 'Diagnostics from the imports',
    intro:
      'What the import noticed: file, line, field and value. Info is for information only (e.g. that a national total was skipped); a warning means a value or row was not used.',
    none: 'No import has diagnostics.',
    summary: (file: string, n: number) => `${file}: ${n === 1 ? '1 message' : `${n} messages`}`,
    caption: (file: string) => `Diagnostics for ${file}`,
    line: 'Line',
    field: 'Field',
    value: 'Value',
    message: 'Message',
    severity: 'Kind',
    severities: {
      error: 'Error',
      warning: 'Warning',
      info: 'Info',
    },
  },
  howTo: {
    emptyTitle: 'How to import data',
    adminTitle: 'For administrators',
    adminIntro:
      'For whoever runs this installation of Potentiale. As a user of the site you need not do anything.',
    adminSummary: 'How to import or fetch more data (the command line)',
    intro:
      'Potentiale reads public data from files you have downloaded, or directly from Statistics Denmark. The commands are run in a terminal in Potentiale’s folder.',
    stopFirst:
      'Stop the server first (Ctrl+C in its terminal): the built-in database can be used by one program at a time, and an import while the server runs is lost. If you started the server with --db, use the same --db. With a PostgreSQL server (DATABASE_URL) the server can keep running.',
    importTitle: 'Import the files in a folder',
    importText:
      'Reads every file in the folder and its subfolders whose format Potentiale knows. The format is recognised from the content, and importing the same file twice changes nothing.',
    importCommand: 'npx potentiale import <folder>',
    examplesText: 'For example the sample data, or a folder of exports from noegletal.dk:',
    exampleShared: 'npx potentiale import ../shared/data/raw',
    exampleNoegletal: 'npx potentiale import ~/Downloads/noegletal',
    fetchTitle: 'Fetch from Statistics Denmark',
    fetchText:
      'Fetches REGK31 (the municipal accounts) and FOLK1A (the population) for the latest five years from the StatBank API and computes the key figures. Needs an internet connection.',
    fetchCommand: 'npx potentiale fetch',
    restartTitle: 'Start the server again',
    restartText:
      'Then reload the page. A server started on an empty database with an internet connection fetches from Statistics Denmark by itself the first time.',
    serveCommand: 'npx potentiale serve',
    formatsTitle: 'Formats that can be imported',
    formats: [
      'De Kommunale Nøgletal: exports from noegletal.dk as CSV (semicolons, Danish number format) or XLSX, one or many key figures per file.',
      'Statistics Denmark’s classification of regions, provinces and municipalities as CSV.',
      'DAGI boundaries of municipalities and regions as TopoJSON or GeoJSON, for the map.',
      'REGK31 from StatBank Denmark: net operating expenditure per inhabitant by function, as CSV.',
      'BUDK32 from StatBank Denmark: the budget in the same shape as REGK31; the file must have BUDK32 in its name or lie in a folder with BUDK32 in its name, e.g. BUDK32-2025.csv.',
      'Tidy CSV with the columns municipality_code;year;key_figure;value, for any other figures; a last column year_kind (regnskab/accounts or budget) tells accounts from budget.',
    ],
    safety:
      'An import is one transaction: either the whole file goes in, or nothing. A file with errors is refused with its file, line and value, and nothing already stored is lost.',
  },
};
