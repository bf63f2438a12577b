/** A title or row label with its trailing note markers taken off: "Gennemsnit (15) (27)". */
export interface LabelWithNotes {
  readonly label: string;
  readonly noteNumbers: readonly number[];
}

const TRAILING_NOTE = /\s*\((\d{1,3})\)\s*$/;

/**
 * Splits trailing numbered note markers off a label.
 * @example splitNotes('Hillerød Kommune (3)') // { label: 'Hillerød Kommune', noteNumbers: [3] }
 */
export function splitNotes(text: string): LabelWithNotes {
  let label = text.trim();
  const numbers: number[] = [];
  for (let m = TRAILING_NOTE.exec(label); m; m = TRAILING_NOTE.exec(label)) {
    numbers.unshift(Number(m[1]));
    label = label.slice(0, m.index).trimEnd();
  }
  return { label, noteNumbers: numbers };
}

/** "(til 2012)" in a title: the last year the figure was published. */
export function discontinuedAfter(title: string): number | undefined {
  const m = /\((?:til|kun) (\d{4})\)/.exec(title);
  return m ? Number(m[1]) : undefined;
}

/** "… d. 10. september 2019" → "2019-09-10", for ordering exports by age. */
export function exportDate(footer: string): string | undefined {
  const months = [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ];
  const m = /d\.\s*(\d{1,2})\.\s*([a-zæøå]+)\s+(\d{4})/i.exec(footer);
  if (!m) return undefined;
  const month = months.indexOf((m[2] ?? '').toLowerCase());
  if (month < 0) return undefined;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${String(m[1]).padStart(2, '0')}`;
}
