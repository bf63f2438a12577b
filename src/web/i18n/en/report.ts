import type { Catalogue } from '../catalogue.ts';

/** The standard report page (issue 20): choices, downloads and the committee paper's narrative. */
export const report: Catalogue['report'] = {
  button: 'Report',
  buttonTitle: "The standard report as PDF or Word, with the municipality's own text",
  eyebrow: 'Standard report – Know your municipality',
  title: (name: string) => `Report: ${name}`,
  documentTitle: (name: string) => `Report, ${name}`,
  back: (name: string) => `Back to ${name}`,
  lead: "The report brings together the municipality's profile, the package, the largest potentials, the themes with comparison and development, and an appendix with formulas and sources. Download it as a PDF or as a Word document for the agenda system.",
  choices: {
    heading: "The report's choices",
    year: 'Year',
    yearDefault: 'Newest year with data',
    peers: 'Comparison group',
    savedGroup: (name: string) => `Saved group: ${name}`,
    prices: 'Price level',
    lang: 'Language',
    langs: { da: 'Danish', en: 'English' },
  },
  quick: {
    label: { pdf: 'PDF', docx: 'Word' },
    pdf: (name: string) => `The report for ${{ name }} as PDF`,
    docx: (name: string) => `The report for ${{ name }} as Word (DOCX)`,
  },
  downloads: {
    heading: 'Download the report',
    pdf: 'Download PDF',
    docx: 'Download Word (DOCX)',
    html: 'View as HTML',
    withDraft: "With the municipality's text from the latest saved draft.",
    withoutDraft: "Without the municipality's own text.",
  },
  anonymous:
    "The municipality's editors can write the municipality's own text for each section after logging in.",
  login: 'Log in',
  notAllowed:
    "You cannot write text for this municipality's report; its own editors and the national editors can.",
  narrative: {
    heading: "The municipality's text per section",
    help: "The text comes first in its section, marked as the municipality's text. Write in Markdown: **bold**, _italic_, lists with - and links. HTML is shown as plain text.",
    count: (n: string, max: string) => `${n} of ${max} characters`,
    tooLong: (max: string) => `Too long: at most ${max} characters`,
  },
  save: 'Save draft',
  saving: 'Saving…',
  saved: (v: number) => `Saved as version ${v}.`,
  version: (v: number) => (v === 0 ? 'No draft saved yet' : `Draft, version ${v}`),
  conflict:
    'Someone else has changed the draft since you opened it. Fetch the newest version and enter your changes again.',
  reload: 'Fetch the newest version',
  needYear: 'Choose a year before saving.',
  versions: {
    heading: 'Saved versions',
    caption: "The draft's saved versions, newest first",
    empty: 'No saved versions yet.',
    version: 'Version',
    saved: 'Saved',
    author: 'By',
    unknown: 'unknown',
  },
};
