import { REPORT_SECTION_IDS, type ReportLang, type ReportSectionId } from './model.ts';

/** The sections' titles in Danish and English, as the report and the draft page show them. */
export const REPORT_SECTION_TITLES: Readonly<
  Record<ReportSectionId, { readonly da: string; readonly en: string }>
> = {
  front: { da: 'Forside', en: 'Front page' },
  profile: {
    da: 'Strukturel profil og sammenligningsgruppe',
    en: 'Structural profile and comparison group',
  },
  package: { da: 'Pakken i alt', en: 'The package total' },
  'top-potentials': { da: 'De største potentialer', en: 'The largest potentials' },
  themes: { da: 'Nøgletal pr. tema', en: 'Key figures by theme' },
  'talk-to': { da: 'Hvem I kan tale med', en: 'Whom to talk to' },
  initiatives: { da: 'Kommunens initiativer', en: "The municipality's initiatives" },
  barriers: { da: 'Regelbarrierer', en: 'Rule barriers' },
  budget: { da: 'Budgetafvigelser', en: 'Budget deviations' },
  steering: { da: 'Styringsmodellen', en: 'The steering self-assessment' },
  map: { da: 'Kortet', en: 'The map' },
  appendix: {
    da: 'Bilag: definitioner, formler og kilder',
    en: 'Appendix: definitions, formulas and sources',
  },
};

/** The longest narrative a section may have, in characters (UTF-16 code units, as JS counts). */
export const NARRATIVE_MAX = 20000;

/** @example isReportSectionId('themes') // true */
export function isReportSectionId(value: string): value is ReportSectionId {
  return (REPORT_SECTION_IDS as readonly string[]).includes(value);
}

/** @example sectionTitle('map', 'en') // 'The map' */
export const sectionTitle = (id: ReportSectionId, lang: ReportLang): string =>
  REPORT_SECTION_TITLES[id][lang];
