import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, ReportModel, Text } from '../../core/index.ts';
import { HOSTILE, reportModelFixture, visible } from '../../../test/fixtures/report-model.ts';
import { readDocx, type DocxContent } from '../../../test/support/docx-read.ts';
import { chartSvg as drawChart } from '../chart-svg.ts';
import { reportDocx, type ChartSvg } from './index.ts';

const DATE = new Date('2026-12-01T08:00:00Z');
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const plain = (t: Text): string => (typeof t === 'string' ? t : t.map((r) => r.text).join(''));
type TableBlock = Extract<Block, { kind: 'table' }>;

/**
 * The document as a reader sees it: every string through visible(), as docx puts U+FFFD where
 * a lone surrogate was (the XML walk has already refused any character XML cannot hold).
 */
function seen<T>(x: T): T {
  if (typeof x === 'string') return visible(x) as T;
  if (Array.isArray(x)) return x.map(seen) as T;
  if (x instanceof Map || x instanceof Uint8Array || x === null || typeof x !== 'object') return x;
  return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, seen(v)])) as T;
}

function blocksOf<K extends Block['kind']>(model: ReportModel, kind: K) {
  return model.sections
    .flatMap((s) => [...(s.narrative ?? []), ...s.blocks])
    .filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
}

describe('reportDocx(model)', () => {
  const model = reportModelFixture('da');
  const calls: Parameters<ChartSvg>[] = [];
  const chartSvg: ChartSvg = (...args) => {
    calls.push(args);
    return drawChart(...args);
  };
  let bytes: Uint8Array;
  let docx: DocxContent;
  let dir: string;

  beforeAll(async () => {
    bytes = await reportDocx(model, { chartSvg, date: DATE });
    docx = seen(await readDocx(bytes));
    dir = mkdtempSync(join(tmpdir(), 'potentiale-docx-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is a zip that unzip tests clean, every XML part well-formed', () => {
    const file = join(dir, 'report.docx');
    writeFileSync(file, bytes);
    expect(execFileSync('unzip', ['-t', file]).toString()).toMatch(/No errors detected/);
    expect(docx.parts).toContain('word/document.xml');
  });

  it('holds the title, language and creator in its properties', () => {
    expect(docx.title).toBe(visible(model.title));
    expect(docx.language).toBe('da-DK');
    expect(docx.styleLanguage).toBe('da-DK');
    expect(docx.creator).toBe('Potentiale');
    expect(docx.created).toBe('2026-12-01T08:00:00Z');
  });

  it('starts with a title page: the title, municipality, year, price level, data version', () => {
    expect(docx.paragraphs[0]).toMatchObject({ style: 'Title', text: visible(model.title) });
    expect(docx.tables[0]).toEqual([
      ['Kommune', visible(`${model.municipality.name} (766)`)],
      ['År', 'regnskab 2018'],
      ['Prisniveau', 'kr., 2010-priser'],
      ['Dataversion', '42 (import 2026-12-01)'],
    ]);
  });

  it('lists the numbered sections in a table of contents, with their pages', () => {
    const toc = docx.paragraphs.filter((p) => p.style === 'TOC1');
    expect(toc.map((p) => p.text.split('\t')[0])).toEqual(
      model.sections.map((s, i) => `${i + 1}. ${s.title}`),
    );
    for (const p of toc) expect(p.text).toMatch(/\t\d+$/);
  });

  it('gives each section a numbered Heading 1, and headings in it Heading 2', () => {
    const h1 = docx.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(h1).toEqual(model.sections.map((s, i) => `${i + 1}. ${s.title}`));
    const h2 = docx.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(h2).toEqual([visible(`Vores fokus ${HOSTILE}`), 'Ældre', 'Formler']);
  });

  it('puts the municipality’s text first in its section, marked', () => {
    const at = docx.paragraphs.findIndex((p) => p.style === 'Heading1');
    expect(docx.paragraphs[at + 1]?.text).toBe('Kommunens tekst');
    expect(docx.paragraphs[at + 2]?.text).toBe(visible(`Vores fokus ${HOSTILE}`));
  });

  it('keeps bold, italic, links and footnote marks as runs', () => {
    const runs = docx.paragraphs.flatMap((p) => p.runs);
    expect(runs.find((r) => r.text === 'hjemmeplejen')).toMatchObject({ bold: true });
    expect(runs.find((r) => r.text === 'valgt')).toMatchObject({ italic: true, bold: false });
    expect(runs.find((r) => r.text === 'udbuddet')?.href).toBe(
      'https://example.org/udbud?a=1&b=<2>',
    );
    const mark = docx.paragraphs
      .find((p) => p.text.startsWith('Potentialet er'))
      ?.runs.find((r) => r.superscript);
    expect(mark).toMatchObject({ text: '1', anchor: 'formula_1' });
  });

  it('shows hostile text as text, without the characters XML cannot hold', () => {
    const warning = docx.paragraphs.find((p) => p.text.startsWith('Advarsel'));
    expect(visible(warning?.text ?? '')).toBe(visible(`Advarsel ${HOSTILE}`));
    expect(warning?.text).toContain('<script>alert(1)</script> ]]> & &amp;');
  });

  it('draws tables as Word tables: cells as the model’s, header repeated, rows unsplit', () => {
    const block = blocksOf(model, 'table')[0] as TableBlock;
    const rows = docx.tableRows.find((t) => t[0]?.cells[0] === 'Område');
    expect(rows?.map((r) => r.cells)).toEqual([
      block.columns.map((c) => `${c.label}${c.note ?? ''}`),
      ...block.rows.map((r) => r.map((t) => visible(plain(t)))),
      (block.total ?? []).map(plain),
    ]);
    expect(rows?.map((r) => r.header)).toEqual([true, false, false, false]);
    expect(rows?.every((r) => r.cantSplit)).toBe(true);
    expect(rows?.[1]?.align).toEqual(['left', 'right', 'right']);
    expect(rows?.[3]?.bold).toEqual([true, true, true]);
    expect(rows?.[1]?.bold).toEqual([false, false, false]);
    const caption = docx.paragraphs.find((p) => p.style === 'Caption');
    expect(caption?.text).toBe(visible(block.caption));
    expect(docx.paragraphs.some((p) => p.text === visible(block.notes?.[0] ?? ''))).toBe(true);
  });

  it('draws facts as a two-column table', () => {
    expect(docx.tables).toContainEqual([
      ['Indbyggere', '46.000'],
      [visible(`Label ${HOSTILE}`), 'fed'],
    ]);
  });

  it('makes lists Word lists, a nested item on its own line', () => {
    const items = docx.paragraphs.filter((p) => p.list).map((p) => p.text);
    expect(items).toEqual(['ældre', 'børn\n– unge', 'en', 'to']);
  });

  it('draws each chart as a PNG across the page, its alt text the block’s', () => {
    const charts = blocksOf(model, 'chart');
    expect(calls.map(([block, lang, width]) => [block.title, lang, width])).toEqual(
      charts.map((c) => [c.title, 'da', 640]),
    );
    expect(docx.images.map((i) => i.descr)).toEqual(charts.map((c) => visible(c.alt)));
    expect(docx.images.map((i) => i.title)).toEqual(charts.map((c) => visible(c.title)));
    for (const image of docx.images) {
      const png = docx.media.get(image.file);
      expect([...(png ?? []).slice(0, 8)]).toEqual(PNG_SIGNATURE);
    }
  });

  it('numbers the formulas in the appendix, where the marks link to', () => {
    const formulas = docx.paragraphs.filter((p) => /^\d+\.\t/.test(p.text));
    expect(formulas.map((p) => p.text)).toEqual(
      model.formulas.map((f, i) => visible(`${i + 1}.\t${f.name}: ${f.text}`)),
    );
  });

  it('has "Side X af Y" in the footer and the title in the header, not on the title page', () => {
    expect(docx.footers.filter((f) => f !== '')).toEqual([
      expect.stringMatching(/^Side .* af \d+$/),
    ]);
    expect(docx.headers.filter((h) => h !== '')).toEqual([visible(model.title)]);
  });
});

describe('reportDocx(model) in English', () => {
  it('says so in its language and its own words', async () => {
    const docx = await readDocx(await reportDocx(reportModelFixture('en'), { date: DATE }));
    expect(docx.language).toBe('en-GB');
    expect(docx.styleLanguage).toBe('en-GB');
    expect(docx.paragraphs.some((p) => p.text === 'The municipality’s text')).toBe(true);
    expect(docx.footers.filter((f) => f !== '')).toEqual([
      expect.stringMatching(/^Page .* of \d+$/),
    ]);
  });

  it('adds an appendix for the formulas when the model has none', async () => {
    const base = reportModelFixture('en');
    const model = { ...base, sections: base.sections.filter((s) => s.id !== 'appendix') };
    const docx = await readDocx(await reportDocx(model, { date: DATE, pageNumbers: false }));
    const h1 = docx.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(h1.at(-1)).toBe(`${model.sections.length + 1}. Appendix`);
    expect(docx.paragraphs.filter((p) => p.style === 'Heading2').at(-1)?.text).toBe('Formulas');
  });
});

describe('reportDocx(model) at the edges', () => {
  it('renders a model without sections or formulas', async () => {
    const model = { ...reportModelFixture('da'), sections: [], formulas: [] };
    const docx = await readDocx(await reportDocx(model, { date: DATE }));
    expect(docx.paragraphs.filter((p) => p.style === 'Heading1')).toEqual([]);
    expect(docx.paragraphs.filter((p) => p.style === 'TOC1')).toEqual([]);
  });

  it('renders empty texts, an empty table and an empty list', async () => {
    const base = reportModelFixture('da');
    const model: ReportModel = {
      ...base,
      sections: [
        {
          id: 'budget',
          title: '',
          blocks: [
            { kind: 'paragraph', text: [] },
            { kind: 'paragraph', text: '' },
            { kind: 'list', items: [] },
            { kind: 'facts', items: [] },
            { kind: 'table', caption: '', columns: [{ label: 'A', align: 'left' }], rows: [] },
          ],
        },
      ],
    };
    const docx = await readDocx(await reportDocx(model, { date: DATE }));
    expect(docx.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      '1. ',
      '2. Bilag',
    ]);
    // No table without rows (Word refuses to open one): the facts give none, the table its header.
    expect(docx.tables.slice(1)).toEqual([[['A']]]);
  });
});
