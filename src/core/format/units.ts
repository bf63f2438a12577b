import type { NumberLocale } from './number.ts';

// The units of the key figures are written in Danish in the sources and the catalogue
// ("kr. pr. 67+-årig", "pladser pr. 100 0-2-årige", "indb."). English is built from the same
// grammar: "<what> pr. <per>", with the words, numbers and age groups translated, so a unit that
// an import brings in is translated as well as the catalogue's.

/** Words of a unit, Danish → English, the plural where the Danish is plural. */
const WORDS: Readonly<Record<string, string>> = {
  'kr.': 'DKK',
  'indb.': 'inhabitants',
  indbyggere: 'inhabitants',
  pladser: 'places',
  boliger: 'dwellings',
  elever: 'pupils',
  elev: 'pupil',
  skoler: 'schools',
  skole: 'school',
  klasser: 'classes',
  klasse: 'class',
  personer: 'persons',
  personale: 'staff',
  årsværk: 'full-time equivalents',
  udlån: 'loans',
  husstande: 'households',
  husstand: 'household',
  måned: 'month',
  dag: 'day',
  døgn: 'day',
  år: 'year',
  'km²': 'km²',
  'pct.': '%',
  promille: '‰',
  'ja/nej': 'yes/no',
};

/** A denominator after "pr." is singular in English unless it has a number: "per inhabitant". */
const SINGULAR: Readonly<Record<string, string>> = {
  'indb.': 'inhabitant',
  indbygger: 'inhabitant',
};

/** Whole units that are not "<what> pr. <per>". */
const WHOLE: Readonly<Record<string, string>> = {
  'indeks (land = 1)': 'index (country = 1)',
  '1.000 kr.': 'DKK thousand',
  'kr.': 'DKK',
};

/** "67+-årig" / "0-2-årige" → "person aged 67+" / "persons aged 0-2". */
function ageGroup(word: string): string | undefined {
  const m = /^(\d+(?:\+|-\d+))-årig(e)?$/.exec(word);
  if (!m) return undefined;
  return `${m[2] === undefined ? 'person' : 'persons'} aged ${m[1] ?? ''}`;
}

/** "1.000" → "1,000": a Danish whole number with thousands dots. */
function number(word: string): string | undefined {
  return /^\d{1,3}(\.\d{3})+$/.test(word) ? word.replace(/\./g, ',') : undefined;
}

function word(w: string, singular: boolean): string {
  return (singular ? SINGULAR[w] : undefined) ?? WORDS[w] ?? ageGroup(w) ?? number(w) ?? w;
}

function words(text: string, singular: boolean): string {
  return text
    .split(' ')
    .map((w) => (w.endsWith(',') ? `${word(w.slice(0, -1), singular)},` : word(w, singular)))
    .join(' ');
}

/**
 * A key figure's unit in English: "kr. pr. 67+-årig" → "DKK per person aged 67+",
 * "pladser pr. 100 0-2-årige" → "places per 100 persons aged 0-2", "indb." → "inhabitants",
 * "pct." → "%". Words it does not know are kept as they are.
 * @example unitEn('kr. pr. indb.') // 'DKK per inhabitant'
 */
export function unitEn(unit: string): string {
  const whole = WHOLE[unit];
  if (whole !== undefined) return whole;
  const at = unit.indexOf(' pr. ');
  if (at < 0) return unit.startsWith('pr. ') ? `per ${per(unit.slice(4))}` : words(unit, false);
  const what = unit.slice(0, at);
  return `${WHOLE[what] ?? words(what, false)} per ${per(unit.slice(at + 5))}`;
}

/** The denominator: singular when it is one word ("per inhabitant"), as written otherwise. */
function per(text: string): string {
  return words(text, !/^\d/.test(text));
}

/**
 * A unit in the language of the page: Danish as the catalogue writes it, or English (unitEn).
 * @example unitText('en', 'indb.') // 'inhabitants'
 */
export function unitText(locale: NumberLocale, unit: string): string {
  return locale === 'da' ? unit : unitEn(unit);
}
