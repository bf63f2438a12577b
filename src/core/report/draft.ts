import type { ReportLang, ReportSectionId } from './model.ts';
import { NARRATIVE_MAX, isReportSectionId } from './sections.ts';

/**
 * A saved narrative draft of a municipality's report (issue 20): the choices the report is
 * made with and the editors' own words per section, as Markdown written. Every save is a new
 * version; version 0 is the empty draft of a municipality that has saved none.
 */
export interface ReportDraft {
  readonly municipality: string;
  readonly version: number;
  /** The report's year; null in the empty draft (the report's default applies). */
  readonly year: number | null;
  /** The peers spec string the API takes, e.g. `nearest:10` (`nearest` in the empty draft). */
  readonly peers: string;
  /** `current` or a base year; null for the report's default (always in the empty draft). */
  readonly prices: string | null;
  readonly lang: ReportLang;
  readonly narratives: Readonly<Partial<Record<ReportSectionId, string>>>;
  readonly createdBy: number | null;
  /** The author's label (e-mail), when the author still exists. */
  readonly authorLabel: string | null;
  readonly createdAt: string | null;
}

/** Why a narrative is refused: a section the report does not have, or too long a text. */
export interface NarrativeFault {
  readonly section: string;
  readonly fault: 'unknown-section' | 'too-long';
  readonly length: number;
}

/**
 * The faults of a draft's narratives, in the order given: sections the report does not have,
 * and texts longer than NARRATIVE_MAX characters. Empty when all is well.
 * @example narrativeFaults({ themes: 'Vi har…', forord: 'x' }) // [{ section: 'forord', fault: 'unknown-section', length: 1 }]
 */
export function narrativeFaults(narratives: Readonly<Record<string, string>>): NarrativeFault[] {
  const faults: NarrativeFault[] = [];
  for (const [section, text] of Object.entries(narratives)) {
    if (!isReportSectionId(section))
      faults.push({ section, fault: 'unknown-section', length: text.length });
    else if (text.length > NARRATIVE_MAX)
      faults.push({ section, fault: 'too-long', length: text.length });
  }
  return faults;
}

/**
 * The narratives worth keeping: every known section with text that is more than white space,
 * as written. Call it after narrativeFaults found nothing.
 * @example keptNarratives({ themes: '  ', map: 'Se kortet' }) // { map: 'Se kortet' }
 */
export function keptNarratives(
  narratives: Readonly<Record<string, string>>,
): Partial<Record<ReportSectionId, string>> {
  const out: Partial<Record<ReportSectionId, string>> = {};
  for (const [section, text] of Object.entries(narratives))
    if (isReportSectionId(section) && text.trim() !== '') out[section] = text;
  return out;
}
