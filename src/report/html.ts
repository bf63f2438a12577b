/**
 * HTML built from templates in which every interpolated value is escaped unless it is itself
 * built by `markup`: a title, a municipality's name or an item's title (user input) can never
 * become markup, whatever it holds.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template may hold: text (escaped), numbers, safe HTML, lists of them, or nothing. */
export type HtmlValue =
  SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text for HTML content and for attribute values in double or single quotes.
 * @example escapeHtml('"><img onerror=x>') // '&quot;&gt;&lt;img onerror=x&gt;'
 */
export function escapeHtml(text: string): string {
  return text
    .replace(NOT_XML, (c) => (c.length === 1 && c.charCodeAt(0) < 0xd800 ? '' : '\ufffd'))
    .replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * Characters neither HTML nor XML may hold: control characters (except tab, newline and
 * carriage return; dropped) and lone surrogates (shown as U+FFFD), so that an SVG from the
 * same text parses everywhere (resvg for the DOCX refuses them).
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function render(v: HtmlValue): string {
  if (v instanceof SafeHtml) return v.value;
  if (v === null || v === undefined || v === false) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return escapeHtml(v);
  return v.map(render).join('');
}

/**
 * A template of HTML: the literal parts are markup, every value is escaped (lists joined, null,
 * undefined and false left out). Named `markup`, not `html`, so that Prettier leaves the
 * templates' text as written (it reformats templates tagged `html`, whitespace included).
 * @example markup`<td>${'<b>'}</td>`.value // '<td>&lt;b&gt;</td>'
 */
export function markup(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, k) => {
    out += render(v) + (strings[k + 1] ?? '');
  });
  return new SafeHtml(out);
}
