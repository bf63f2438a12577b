import type { Block, ReportLang, Run, TableColumn, Text } from '../core/index.ts';
import { chartSvg } from './chart-svg.ts';
import { markup, SafeHtml } from './html.ts';

/** The words the blocks add of their own, Danish and English. */
export const BLOCK_WORDS = {
  da: { formula: (n: number) => `Formel ${n}`, warning: 'Advarsel:' },
  en: { formula: (n: number) => `Formula ${n}`, warning: 'Warning:' },
} as const;

/** How the blocks are drawn: the language, and how many formulas there are to link to. */
export interface BlockContext {
  readonly lang: ReportLang;
  readonly formulas: number;
}

/** More rows than fit on an A4 page with a caption, at 10 pt: such a table may break. */
export const LONG_TABLE = 34;

/** Only these addresses become links; anything else (javascript:, data:, …) stays text. */
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

/** The id of a formula in the appendix: the target of its footnote marks. */
export function formulaId(n: number): string {
  return `formula-${n}`;
}

/**
 * A footnote mark: a superscript link to the appendix's formula n, or the bare number when
 * there is no such formula (a model's mistake shown, not hidden).
 */
export function noteMark(n: number, ctx: BlockContext): SafeHtml {
  const known = Number.isInteger(n) && n >= 1 && n <= ctx.formulas;
  return known
    ? markup`<sup class="fn"><a href="#${formulaId(n)}" aria-label="${BLOCK_WORDS[ctx.lang].formula(n)}">${n}</a></sup>`
    : markup`<sup class="fn">${String(n)}</sup>`;
}

function run(r: Run, ctx: BlockContext): SafeHtml {
  let inner = markup`${r.text}`;
  if (r.italic === true) inner = markup`<em>${inner}</em>`;
  if (r.bold === true) inner = markup`<strong>${inner}</strong>`;
  if (r.href !== undefined && SAFE_HREF.test(r.href.trim()))
    inner = markup`<a href="${r.href.trim()}">${inner}</a>`;
  return markup`${inner}${r.note === undefined ? '' : noteMark(r.note, ctx)}`;
}

/** Text (a string, or runs with bold, italic, links and note marks) as inline HTML. */
export function textHtml(text: Text, ctx: BlockContext): SafeHtml {
  return typeof text === 'string' ? markup`${text}` : markup`${text.map((r) => run(r, ctx))}`;
}

function paragraph(b: Extract<Block, { kind: 'paragraph' }>, ctx: BlockContext): SafeHtml {
  const tone = b.tone ?? 'normal';
  const text = textHtml(b.text, ctx);
  if (tone === 'warning')
    return markup`<p class="warning"><strong>${BLOCK_WORDS[ctx.lang].warning}</strong> ${text}</p>`;
  return tone === 'normal' ? markup`<p>${text}</p>` : markup`<p class="${tone}">${text}</p>`;
}

function columnHead(c: TableColumn, ctx: BlockContext): SafeHtml {
  const mark = c.note === undefined ? '' : noteMark(c.note, ctx);
  return markup`<th scope="col"${c.align === 'right' ? markup` class="num"` : ''}>${c.label}${mark}</th>`;
}

function table(b: Extract<Block, { kind: 'table' }>, ctx: BlockContext): SafeHtml {
  const cell = (t: Text, k: number) => {
    const right = b.columns[k]?.align === 'right';
    // The first column names the row (a municipality, a figure) unless it holds numbers.
    if (k === 0 && !right) return markup`<th scope="row">${textHtml(t, ctx)}</th>`;
    return markup`<td${right ? markup` class="num"` : ''}>${textHtml(t, ctx)}</td>`;
  };
  const row = (cells: readonly Text[]) => markup`<tr>${cells.map(cell)}</tr>`;
  const total = b.total === undefined ? '' : markup`<tbody class="total">${row(b.total)}</tbody>`;
  const notes =
    b.notes === undefined || b.notes.length === 0
      ? ''
      : markup`<div class="block-notes">${b.notes.map((n) => markup`<p>${n}</p>`)}</div>`;
  // A table that cannot fit a page anyway may break (its header repeats); kept whole it would
  // leave the page before it empty first.
  const long = b.rows.length + (b.total === undefined ? 0 : 1) > LONG_TABLE;
  return markup`<div class="table-block${long ? ' long' : ''}">
<table class="report-table">
<caption>${b.caption}</caption>
<thead><tr>${b.columns.map((c) => columnHead(c, ctx))}</tr></thead>
<tbody>${b.rows.map(row)}</tbody>${total}
</table>${notes}
</div>`;
}

function chart(b: Extract<Block, { kind: 'chart' }>, ctx: BlockContext): SafeHtml {
  const notes =
    b.notes === undefined || b.notes.length === 0
      ? ''
      : markup`<div class="block-notes">${b.notes.map((n) => markup`<p>${n}</p>`)}</div>`;
  return markup`<figure class="chart-block">
<figcaption>${b.title}</figcaption>
${new SafeHtml(chartSvg(b, ctx.lang))}
${notes}
</figure>`;
}

/**
 * One block of a section as HTML: a paragraph (its tone a class: note, warning with its word,
 * absent), a heading (h3), a list, facts (a definition list), a table (caption, right-aligned
 * numbers, header repeated on a new page, kept whole when it fits a page) or a chart (inline
 * SVG, its title above and notes below). Every text is escaped; links only http(s)/mailto.
 */
export function blockHtml(b: Block, ctx: BlockContext): SafeHtml {
  switch (b.kind) {
    case 'paragraph':
      return paragraph(b, ctx);
    case 'heading':
      return markup`<h3>${b.text}</h3>`;
    case 'list': {
      const items = b.items.map((t) => markup`<li>${textHtml(t, ctx)}</li>`);
      return b.ordered === true ? markup`<ol>${items}</ol>` : markup`<ul>${items}</ul>`;
    }
    case 'facts':
      return markup`<dl class="facts">${b.items.map((i) => markup`<div><dt>${i.label}</dt><dd>${textHtml(i.value, ctx)}</dd></div>`)}</dl>`;
    case 'table':
      return table(b, ctx);
    case 'chart':
      return chart(b, ctx);
  }
}

/** Blocks one after the other, a line each. */
export function blocksHtml(blocks: readonly Block[], ctx: BlockContext): SafeHtml {
  return markup`${blocks.map((b) => markup`${blockHtml(b, ctx)}\n`)}`;
}
