/**
 * The words of a search query: letters and digits only, lower-cased, at most 12 words of at
 * most 60 characters. Everything else (quotes, `&|!:*`, brackets) separates words, so no user
 * text ever reaches tsquery syntax.
 * @example queryWords('Ældre & "hjemmepleje"!') // ['ældre', 'hjemmepleje']
 */
export function queryWords(q: string): string[] {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((w) => w.slice(0, 60)))].slice(0, 12);
}

/** Shortest part of a compound we try: three letters ("job", "bus"). */
const MIN_PART = 3;

/**
 * The ways to cut a word into two parts for compound search, longest first part first.
 * Danish joins compounds with a linking -s- or -e- (arbejdsmarked, børnehave), so a first part
 * ending in one is also offered without it.
 * @example compoundCuts('ældreområdet')[0] // ['ældreområ', 'det'] … and ['ældre', 'området'] among them
 */
export function compoundCuts(word: string): Array<readonly [string, string]> {
  const cuts: Array<readonly [string, string]> = [];
  for (let i = word.length - MIN_PART; i >= MIN_PART; i--) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    cuts.push([head, tail]);
    if (/[se]$/.test(head) && head.length - 1 >= MIN_PART) cuts.push([head.slice(0, -1), tail]);
  }
  return cuts;
}

/** A query word and, when it is a compound of words the portal knows, its two parts. */
export interface QueryTerm {
  readonly word: string;
  readonly parts?: readonly [string, string];
}

/**
 * Decides how each word is searched, given a stemmer's results and the portal's vocabulary
 * (the stems in its items). A word whose stem is in the vocabulary is searched as itself.
 * Otherwise, if it splits into two known words ("ældreområdet" → "ældre" + "området"), it is
 * searched as itself or either part; the longest first part wins. With `firstPartAlone` (the
 * last resort, after the typo fallback found nothing), a known first part of at least four
 * letters is enough: Danish compounds put the meaning in front. Without a cut the word is
 * itself.
 * @example termsFor(['ældreområdet'], new Map([['ældreområdet','ældreområd'],['ældre','ældr'],['området','områd']]), new Set(['ældr','områd']))[0]?.parts // ['ældre', 'området']
 */
export function termsFor(
  words: readonly string[],
  stems: ReadonlyMap<string, string>,
  vocabulary: ReadonlySet<string>,
  firstPartAlone = false,
): QueryTerm[] {
  const known = (w: string) => {
    const stem = stems.get(w);
    return stem !== undefined && vocabulary.has(stem);
  };
  return words.map((word) => {
    if (known(word) || /^\d+$/.test(word)) return { word };
    const cuts = compoundCuts(word);
    const cut =
      cuts.find(([head, tail]) => known(head) && known(tail)) ??
      (firstPartAlone ? cuts.find(([head]) => head.length >= 4 && known(head)) : undefined);
    return cut === undefined ? { word } : { word, parts: cut };
  });
}

/**
 * The text for `to_tsquery('danish', …)`, which stems each word: every term must match (AND),
 * a compound by itself or by one of its parts. Words are letters and digits only (queryWords),
 * each quoted, so the text is always valid tsquery syntax whatever the user typed.
 * @example tsQueryText([{ word: 'ældreområdet', parts: ['ældre', 'området'] }, { word: 'pleje' }]) // "( 'ældreområdet' | 'ældre' | 'området' ) & 'pleje'"
 */
export function tsQueryText(terms: readonly QueryTerm[]): string {
  const quoted = (s: string) => `'${s.replace(/[^\p{L}\p{N}]/gu, '')}'`;
  return terms
    .map((t) =>
      t.parts === undefined
        ? quoted(t.word)
        : `( ${quoted(t.word)} | ${quoted(t.parts[0])} | ${quoted(t.parts[1])} )`,
    )
    .join(' & ');
}
