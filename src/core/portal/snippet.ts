/** A piece of a snippet; `mark` is true for the words that matched the query. */
export interface SnippetPart {
  readonly text: string;
  readonly mark: boolean;
}

/** The characters ts_headline is asked to put around a hit (never in stored text). */
export const HIT_START = '\u0001';
export const HIT_STOP = '\u0002';

/**
 * Cuts a ts_headline answer at its hit markers into parts, so the browser renders marks as
 * elements and the text as text (no HTML from the database reaches a page).
 * @example snippetParts('a \u0001b\u0002 c') // [{ text: 'a ', mark: false }, { text: 'b', mark: true }, { text: ' c', mark: false }]
 */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let mark = false;
  let text = '';
  const flush = () => {
    if (text !== '') parts.push({ text, mark });
    text = '';
  };
  for (const ch of headline) {
    if (ch === HIT_START || ch === HIT_STOP) {
      flush();
      mark = ch === HIT_START;
    } else text += ch;
  }
  flush();
  return parts;
}

/** The trigrams of a word as pg_trgm makes them: lower-cased, padded with two spaces before, one after. */
function trigrams(word: string): Set<string> {
  const padded = `  ${word.toLowerCase()} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/**
 * pg_trgm's similarity of two words: shared trigrams over all trigrams.
 * @example trigramSimilarity('hjemmepleje', 'hjemmepleje') // 1
 */
export function trigramSimilarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  return shared / (x.size + y.size - shared);
}

/**
 * A snippet for the typo fallback: the first `maxWords` words of `text`, marking each word that
 * is close (trigram similarity ≥ 0.4) to a query word, as pg_trgm found the item.
 */
export function fuzzySnippet(text: string, words: readonly string[], maxWords = 30): SnippetPart[] {
  const tokens = text.split(/(\s+)/).slice(0, maxWords * 2);
  const parts: SnippetPart[] = [];
  for (const token of tokens) {
    const core = token.match(/[\p{L}\p{N}]+/u)?.[0];
    const mark =
      core !== undefined &&
      core.length >= 3 &&
      words.some((w) => trigramSimilarity(core, w) >= 0.4);
    const last = parts[parts.length - 1];
    if (last && last.mark === mark && !mark)
      parts[parts.length - 1] = { text: last.text + token, mark };
    else parts.push({ text: token, mark });
  }
  if (text.split(/\s+/).length > maxWords) parts.push({ text: ' …', mark: false });
  return parts;
}
