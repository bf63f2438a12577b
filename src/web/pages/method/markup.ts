/**
 * The small markup the method texts are written in, so the catalogue stays plain strings:
 * in a formula `c_i` and `z_{ik}` are subscripts, `x^2` and `Q^{1/n}` superscripts; in running
 * text a `backticked` part is a symbol or command, shown as code.
 */

/** A piece of a formula: plain text, a subscript or a superscript. */
export interface ScriptSegment {
  readonly kind: 'text' | 'sub' | 'sup';
  readonly text: string;
}

/** A piece of running text: plain, or a symbol/command in backticks (without them). */
export interface InlineSegment {
  readonly kind: 'text' | 'code';
  readonly text: string;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Splits a formula into text, subscripts (`_x`, `_{xy}`) and superscripts (`^x`, `^{xy}`).
 * A bare script runs over letters and digits; a lone `_` or `^` stays as it is, and so does
 * an unclosed brace.
 * @example parseScripts('c*_i') // [{ kind: 'text', text: 'c*' }, { kind: 'sub', text: 'i' }]
 */
export function parseScripts(formula: string): ScriptSegment[] {
  const out: ScriptSegment[] = [];
  let text = '';
  const chars = [...formula];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] ?? '';
    const next = chars[i + 1];
    if ((ch === '_' || ch === '^') && next !== undefined) {
      let script = '';
      let end = i + 1;
      if (next === '{') {
        const close = chars.indexOf('}', i + 2);
        if (close > i + 2) {
          script = chars.slice(i + 2, close).join('');
          end = close + 1;
        }
      } else {
        while (end < chars.length && WORD.test(chars[end] ?? '')) script += chars[end++];
      }
      if (script !== '') {
        if (text !== '') out.push({ kind: 'text', text });
        text = '';
        out.push({ kind: ch === '_' ? 'sub' : 'sup', text: script });
        i = end;
        continue;
      }
    }
    text += ch;
    i++;
  }
  if (text !== '') out.push({ kind: 'text', text });
  return out;
}

/**
 * Splits running text at backticks into plain text and code; an unpaired backtick is kept.
 * @example parseInline('med `P_i` i kr.') // text, code 'P_i', text
 */
export function parseInline(text: string): InlineSegment[] {
  const out: InlineSegment[] = [];
  const parts = text.split('`');
  // An even number of parts means an odd number of backticks: the last one is unpaired.
  const paired = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  for (let i = 0; i < paired; i++) {
    const part = parts[i] ?? '';
    if (part !== '') out.push({ kind: i % 2 === 1 ? 'code' : 'text', text: part });
  }
  if (paired < parts.length) {
    const rest = `\`${parts.slice(paired).join('`')}`;
    const last = out[out.length - 1];
    if (last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + rest };
    else out.push({ kind: 'text', text: rest });
  }
  return out;
}
