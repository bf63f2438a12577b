import MarkdownIt, { type Token } from 'markdown-it';
import {
  InvalidInputError,
  NARRATIVE_MAX,
  REPORT_SECTION_IDS,
  type Block,
  type ReportSectionId,
  type Run,
  type Text,
} from '../core/index.ts';

// A municipality's narrative: Markdown from its editor, turned into the report model's blocks
// by walking markdown-it's tokens, never by rendering HTML, so nothing the editor writes can
// become markup in the HTML, the PDF or the DOCX. Two layers keep links safe: markdown-it's own
// link check (it refuses javascript:, vbscript:, file: and data: and leaves such a link's
// source as text), then ours, which lets only http(s) and mailto through and keeps any other
// link's text as plain text. Raw HTML is off, so tags stay visible text.

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false })
  // Pipes and tildes stay visible text: the model has no struck-out run, and a narrative's
  // table would be a table without a caption or aligned numbers.
  .disable(['table', 'strikethrough']);

const SAFE_HREF = /^(https?:\/\/|mailto:)[^\s\p{Cc}]+$/iu;

/**
 * Whether an address may become a link in the report: http(s) or mailto, without spaces or
 * control characters; nothing else. The renderers escape it where it goes.
 */
export function isSafeHref(href: string): boolean {
  return SAFE_HREF.test(href);
}

/**
 * The blocks of a narrative: paragraphs, headings (any level), bullet and ordered lists
 * (a nested list's items follow their parent's in one flat list), block quotes' paragraphs
 * and code as plain paragraphs, bold and italic runs, code spans as plain text, links only to
 * http(s) or mailto; a soft break becomes a space, a hard one a newline. Images become their
 * alt text. An empty narrative gives no blocks. Refuses text longer than NARRATIVE_MAX.
 * @example narrativeBlocks('Vi **prioriterer** <b>ældre</b>') // [{ kind: 'paragraph', text: [{ text: 'Vi ' }, { text: 'prioriterer', bold: true }, { text: ' <b>ældre</b>' }] }]
 */
export function narrativeBlocks(source: string): Block[] {
  if (source.length > NARRATIVE_MAX) {
    throw new InvalidInputError(
      `Kommunens tekst er ${source.length} tegn; højst ${NARRATIVE_MAX} er tilladt.`,
      'narrative',
    );
  }
  const blocks: Block[] = [];
  let list: { ordered: boolean; items: Text[] } | null = null;
  // The lists inside a top-level item, with their next number (0 for a bullet list).
  const nested: number[] = [];
  let item: Run[] = [];
  let inHeading = false;
  const add = (runs: Run[]) => {
    if (list) {
      if (item.length > 0 && item[item.length - 1]?.text.endsWith(' ') === false) {
        item.push({ text: ' ' });
      }
      item.push(...runs);
      return;
    }
    const text = toText(runs);
    if (isEmpty(text)) return;
    blocks.push(inHeading ? { kind: 'heading', text: plain(runs) } : { kind: 'paragraph', text });
  };
  for (const token of markdown.parse(source, {})) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = token.type === 'ordered_list_open';
        if (list) nested.push(ordered ? Number(token.attrGet('start') ?? 1) : 0);
        else list = { ordered, items: [] };
        break;
      }
      case 'bullet_list_close':
      case 'ordered_list_close':
        if (nested.length > 0) nested.pop();
        else if (list) {
          if (list.items.length > 0) {
            blocks.push({
              kind: 'list',
              items: list.items,
              ...(list.ordered ? { ordered: true } : {}),
            });
          }
          list = null;
        }
        break;
      case 'list_item_open': {
        // A nested item goes on its own line inside its top-level item, so the top-level
        // numbers stay the author's.
        const n = nested.length;
        if (n === 0) break;
        const next = nested[n - 1] ?? 0;
        if (next > 0) nested[n - 1] = next + 1;
        item.push({ text: `\n${'  '.repeat(n - 1)}${next > 0 ? `${next}.` : '–'} ` });
        break;
      }
      case 'list_item_close':
        if (nested.length === 0 && list) {
          const text = toText(item);
          list.items.push(isEmpty(text) ? '' : text);
          item = [];
        }
        break;
      case 'heading_open':
        inHeading = true;
        break;
      case 'heading_close':
        inHeading = false;
        break;
      case 'inline':
        add(inlineRuns(token.children ?? []));
        break;
      case 'fence':
      case 'code_block':
        add([{ text: token.content.replace(/\n$/, '') }]);
        break;
      default:
        break;
    }
  }
  return blocks;
}

/** The runs of an inline token's children: bold and italic by nesting, links only if safe. */
function inlineRuns(children: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let bold = 0;
  let italic = 0;
  const hrefs: (string | null)[] = [];
  const push = (text: string) => {
    if (text === '') return;
    const href = hrefs[hrefs.length - 1] ?? null;
    const run: Run = {
      text,
      ...(bold > 0 ? { bold: true } : {}),
      ...(italic > 0 ? { italic: true } : {}),
      ...(href !== null ? { href } : {}),
    };
    const last = runs[runs.length - 1];
    if (last && sameStyle(last, run)) runs[runs.length - 1] = { ...last, text: last.text + text };
    else runs.push(run);
  };
  for (const c of children) {
    switch (c.type) {
      case 'strong_open':
        bold += 1;
        break;
      case 'strong_close':
        bold -= 1;
        break;
      case 'em_open':
        italic += 1;
        break;
      case 'em_close':
        italic -= 1;
        break;
      case 'link_open': {
        const href = String(c.attrGet('href') ?? '');
        hrefs.push(isSafeHref(href) ? href : null);
        break;
      }
      case 'link_close':
        hrefs.pop();
        break;
      case 'softbreak':
        push(' ');
        break;
      case 'hardbreak':
        push('\n');
        break;
      default:
        // text, text_special (an escape or entity), code_inline, and image, whose content is
        // its alt text: the report loads nothing.
        push(c.content);
        break;
    }
  }
  return runs;
}

const sameStyle = (a: Run, b: Run): boolean =>
  a.bold === b.bold && a.italic === b.italic && a.href === b.href && a.note === b.note;

/** Runs as Text: a plain string when none is bold, italic or a link. */
function toText(runs: readonly Run[]): Text {
  return runs.every((r) => r.bold !== true && r.italic !== true && r.href === undefined)
    ? plain(runs)
    : runs;
}

const plain = (runs: readonly Run[]): string => runs.map((r) => r.text).join('');

const isEmpty = (text: Text): boolean =>
  (typeof text === 'string' ? text : plain(text)).trim() === '';

/**
 * A draft's narratives as blocks, section by section (blank ones left out), each parsed and
 * made inert by narrativeBlocks: what the API's `narrative=draft` and the CLI's `--draft` use.
 */
export function narrativesOf(
  texts: Readonly<Partial<Record<string, string>>>,
): Partial<Record<ReportSectionId, readonly Block[]>> {
  const out: Partial<Record<ReportSectionId, readonly Block[]>> = {};
  for (const id of REPORT_SECTION_IDS) {
    const text = texts[id];
    if (text !== undefined && text.trim() !== '') out[id] = narrativeBlocks(text);
  }
  return out;
}
