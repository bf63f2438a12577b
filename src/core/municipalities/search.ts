import type { Municipality } from './municipality.ts';

/** What a name search needs of a municipality. */
export interface NamedMunicipality {
  readonly code: string;
  readonly name: string;
}

/**
 * How a name matched, best first: `exact` (the whole name, a known other spelling or a common
 * abbreviation such as "Kbh."), `prefix` (the name or one of its words starts with the text),
 * `contains` (from two letters on), `typo` (within a few letters' edits of the name, of how
 * far it was typed, or of one of its words).
 */
export type MatchKind = 'exact' | 'prefix' | 'contains' | 'typo';

export interface MunicipalityMatch<M extends NamedMunicipality> {
  readonly municipality: M;
  readonly kind: MatchKind;
  /** Letters' edits for `typo` (1 or more); 0 otherwise. */
  readonly edits: number;
}

const RANK: Readonly<Record<MatchKind, number>> = { exact: 0, prefix: 1, contains: 2, typo: 3 };

/**
 * A name as plain ASCII letters for comparing: lower case; æ, ø, å written ae, oe, aa (as on a
 * keyboard without them; ä, ö, ü, é likewise); "Kommune"/"Regionskommune", code numbers in
 * brackets, spaces, hyphens, dots and apostrophes dropped.
 * @example foldName('Høje-Taastrup Kommune') // 'hoejetaastrup'
 */
export function foldName(name: string): string {
  return words(name).join('');
}

/** The folded words of a name: "Lyngby-Taarbæk" → ["lyngby", "taarbaek"]. */
function words(name: string): string[] {
  const s = name
    .toLowerCase()
    .normalize('NFC')
    .replace(/\(\d+\)/g, ' ')
    .replace(/\b(regions)?kommunes?\b/g, ' ')
    .replace(/[æä]/g, 'ae')
    .replace(/[øö]/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/ü/g, 'ue')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  return s
    .split(/[\s\-–/]+/)
    .map((w) => w.replace(/[^a-z0-9]/g, ''))
    .filter((w) => w !== '');
}

/**
 * Other names people write for a municipality, folded (foldName): the common abbreviations
 * ("Kbh.", "Frb.", "Fr.havn"), English and older names, and the names before the
 * municipalities were renamed. A name that is merely misspelt needs no entry: the edit
 * distance finds it.
 */
const OTHER_NAMES: ReadonlyMap<string, string> = new Map([
  // København
  ['kbh', '101'],
  ['kbhvn', '101'],
  ['kbhavn', '101'],
  ['cph', '101'],
  ['copenhagen', '101'],
  ['kk', '101'],
  // Frederiksberg
  ['frb', '147'],
  ['frberg', '147'],
  ['fberg', '147'],
  // Frederikshavn, Frederikssund
  ['frhavn', '813'],
  ['fhavn', '813'],
  ['frsund', '250'],
  ['fsund', '250'],
  // Høje-Taastrup, Lyngby-Taarbæk, Ringkøbing-Skjern
  ['htk', '169'],
  ['htaastrup', '169'],
  ['ltk', '173'],
  ['rksk', '760'],
  // Helsingør in English; Brønderslev under its name of 2007–2011.
  ['elsinore', '217'],
  ['broenderslevdronninglund', '810'],
]);

/** The most edits a typed text of this many letters may be from a name and still match. */
function allowedEdits(length: number): number {
  if (length < 4) return 0;
  if (length <= 5) return 1;
  if (length <= 8) return 2;
  return 3;
}

/**
 * The optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions:
 * "Randres" is one edit from "Randers") between `a` and `b`, or between `a` and the closest
 * beginning of `b` at least as long as `a` when `prefix` (a name typed part way with a slip).
 * @example editDistance('hedenstedt', 'hedensted') // 1
 */
export function editDistance(a: string, b: string, prefix = false): number {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  // d[i * width + j]: the edits between a[0..i) and b[0..j).
  const d = new Uint16Array((n + 1) * width);
  const at = (i: number, j: number): number => d[i * width + j] ?? 0;
  for (let j = 0; j <= m; j++) d[j] = j;
  for (let i = 1; i <= n; i++) {
    d[i * width] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i * width + j] = best;
    }
  }
  if (!prefix || m <= n) return at(n, m);
  // A beginning at least as long as the text: "Koge" is not one edit from "Koe(benhavn)".
  let best = at(n, n);
  for (let j = n + 1; j <= m; j++) best = Math.min(best, at(n, j));
  return best;
}

interface Keys {
  readonly whole: string;
  readonly words: readonly string[];
}

const keyCache = new WeakMap<NamedMunicipality, Keys>();
function keysOf(m: NamedMunicipality): Keys {
  let k = keyCache.get(m);
  if (!k) {
    const w = words(m.name);
    k = { whole: w.join(''), words: w };
    keyCache.set(m, k);
  }
  return k;
}

/** How `query` (folded) matches one municipality, or undefined. */
function matchOne(
  q: string,
  alias: string | undefined,
  m: NamedMunicipality,
): { kind: MatchKind; edits: number; partial?: boolean } | undefined {
  const { whole, words: ws } = keysOf(m);
  if (q === whole || alias === m.code) return { kind: 'exact', edits: 0 };
  // "Københavns Kommune", "Bornholms Regionskommune": the genitive s of the official name.
  if (q.endsWith('s') && q.slice(0, -1) === whole) return { kind: 'exact', edits: 0 };
  if (whole.startsWith(q) || ws.some((w) => w.startsWith(q))) return { kind: 'prefix', edits: 0 };
  // One letter is in most names; only from two letters on do names that contain it help.
  if (q.length > 1 && whole.includes(q)) return { kind: 'contains', edits: 0 };
  const allowed = allowedEdits(q.length);
  if (allowed === 0) return undefined;
  // The whole name, how far it was typed, or one of its words (a shorter query, fewer edits).
  const toWhole = editDistance(q, whole);
  const edits = Math.min(
    toWhole,
    editDistance(q, whole, true),
    ...(ws.length > 1 ? ws.map((w) => editDistance(q, w, true)) : []),
  );
  // At equal edits, a whole name before a beginning: "Arø" is Ærø before Br(øndby).
  return edits <= allowed ? { kind: 'typo', edits, partial: toWhole > edits } : undefined;
}

const collator = new Intl.Collator('da');

/**
 * The municipalities whose name matches what was typed, best first: the name itself or a
 * common abbreviation ("Kbh." → København, "Frb" → Frederiksberg), names that start with the
 * text or have a word that does ("Taastrup"), names that contain it; when none does, names
 * within a few edits (typos: "Hedenstedt" → Hedensted, "Randres" → Randers; one edit from 4
 * letters on, two from 6, three from 9). Tolerant of æ/ae, ø/oe, å/aa, case, hyphens, "Kommune" and the
 * genitive s. A municipality code ("751", or its first digits) matches too. Within a kind,
 * fewer edits first, then Danish alphabetical order. An empty query matches nothing.
 * @example searchMunicipalities('Kbh', MUNICIPALITIES)[0].municipality.name // 'København'
 */
export function searchMunicipalities<M extends NamedMunicipality>(
  query: string,
  municipalities: readonly M[],
): MunicipalityMatch<M>[] {
  const trimmed = query.trim();
  if (/^\d{1,3}$/.test(trimmed)) {
    return municipalities
      .filter((m) => m.code.startsWith(trimmed))
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((m) => ({ municipality: m, kind: m.code === trimmed ? 'exact' : 'prefix', edits: 0 }));
  }
  const q = foldName(trimmed);
  if (q === '') return [];
  const alias = OTHER_NAMES.get(q);
  const found: MunicipalityMatch<M>[] = [];
  const partial = new Set<string>();
  for (const m of municipalities) {
    const hit = matchOne(q, alias, m);
    if (hit) found.push({ municipality: m, kind: hit.kind, edits: hit.edits });
    if (hit?.partial) partial.add(m.code);
  }
  // Typos only when nothing matches as written: "Køge" offers Køge, not also København.
  const written = found.some((x) => x.kind !== 'typo');
  return (written ? found.filter((x) => x.kind !== 'typo') : found).sort(
    (a, b) =>
      RANK[a.kind] - RANK[b.kind] ||
      a.edits - b.edits ||
      Number(partial.has(a.municipality.code)) - Number(partial.has(b.municipality.code)) ||
      collator.compare(a.municipality.name, b.municipality.name),
  );
}

/**
 * What a name that names no municipality probably meant: the best matches of the search
 * (searchMunicipalities), at most `limit`, only of the best kind found and its fewest edits,
 * so a clear typo gives one suggestion and an ambiguous text a few.
 * @example suggestMunicipalities('Hedenstedt', MUNICIPALITIES).map((m) => m.name) // ['Hedensted']
 */
export function suggestMunicipalities<M extends NamedMunicipality = Municipality>(
  name: string,
  municipalities: readonly M[],
  limit = 3,
): M[] {
  const matches = searchMunicipalities(name, municipalities);
  const best = matches[0];
  if (!best) return [];
  return matches
    .filter((m) => m.kind === best.kind && m.edits === best.edits)
    .slice(0, limit)
    .map((m) => m.municipality);
}
