import type { ReportLang } from '../../core/index.ts';

/** The DOCX's own words (the model brings the rest), Danish first. */
export const DOCX_TEXT = {
  da: {
    contents: 'Indhold',
    narrative: 'Kommunens tekst',
    municipality: 'Kommune',
    year: 'År',
    prices: 'Prisniveau',
    dataVersion: 'Dataversion',
    formulas: 'Formler',
    appendix: 'Bilag',
    page: 'Side',
    of: 'af',
    locale: 'da-DK',
  },
  en: {
    contents: 'Contents',
    narrative: 'The municipality’s text',
    municipality: 'Municipality',
    year: 'Year',
    prices: 'Price level',
    dataVersion: 'Data version',
    formulas: 'Formulas',
    appendix: 'Appendix',
    page: 'Page',
    of: 'of',
    locale: 'en-GB',
  },
} as const satisfies Record<ReportLang, Record<string, string>>;

export type DocxWords = (typeof DOCX_TEXT)[ReportLang];
