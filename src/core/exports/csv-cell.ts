/** A cell that a spreadsheet would run as a formula: it starts with one of these (OWASP). */
const TRIGGER = /^[=+\-@\t\r]/;

/** A plain decimal number, with a point or a Danish comma, thousands marks and an exponent. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)*|[.,]\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Where a spreadsheet may start a new cell inside a CSV field: the separators of both locales
 * (a Danish Excel splits a comma file on `;`, an English one a semicolon file on `,`) and line
 * ends (a reader that splits on the other separator no longer sees the quotes around them).
 */
const SPLIT = /([,;\r\n])/;

/**
 * The text of a CSV cell made safe to open in a spreadsheet (CSV formula injection, OWASP): a
 * cell, or a part of it after a `,`, `;` or line break, that starts with `=`, `+`, `-`, `@`, a
 * tab or a carriage return gets a leading `'`, so that Excel and LibreOffice show it as text.
 * Plain numbers stay as they are (`-12.5`, `-3,2`, `+1`, `-1.234,5`, `1e-5`). Quoting for the
 * CSV syntax is the writer's job, after this.
 * @example neutraliseCsvCell('=HYPERLINK("http://x")') // `'=HYPERLINK("http://x")`
 * @example neutraliseCsvCell('-3,2') // '-3,2'
 * @example neutraliseCsvCell('a;@SUM(A1)') // "a;'@SUM(A1)"
 */
export function neutraliseCsvCell(text: string): string {
  const safe = (part: string) => !TRIGGER.test(part) || PLAIN_NUMBER.test(part);
  if (safe(text) && !SPLIT.test(text)) return text;
  const parts = text
    .split(SPLIT)
    .map((part, i) => (i % 2 === 1 || i === 0 || safe(part) ? part : `'${part}`))
    .join('');
  return safe(parts) ? parts : `'${parts}`;
}
