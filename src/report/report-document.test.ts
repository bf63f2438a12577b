import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../core/index.ts';
import { HOSTILE, IMG, SCRIPT, smallReportModel } from '../../test/support/report-model.ts';
import { blockHtml, LONG_TABLE } from './blocks-html.ts';
import { reportDocumentHtml } from './report-document.ts';

function read(model: ReportModel) {
  const html = reportDocumentHtml(model);
  return { html, document: parseHTML(html).document };
}

/** Anything to search below: the document or one of its elements. */
interface Root {
  querySelectorAll(selector: string): Iterable<{ readonly textContent: string | null }>;
}

const texts = (d: Root, selector: string) =>
  [...d.querySelectorAll(selector)].map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('reportDocumentHtml(model)', () => {
  it('is one document in the model’s language with its title', () => {
    const { document, html } = read(smallReportModel());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(document.documentElement.getAttribute('lang')).toBe('da');
    expect(document.querySelector('title')?.textContent).toBe(smallReportModel().title);
    expect(document.querySelector('h1')?.textContent).toBe(smallReportModel().title);
    expect(read(smallReportModel('en')).document.documentElement.getAttribute('lang')).toBe('en');
  });

  it('lets no text become markup: no script, no injected element or attribute', () => {
    const { document, html } = read(smallReportModel());
    expect(document.querySelectorAll('script, img, iframe, object, embed')).toHaveLength(0);
    expect(document.querySelectorAll('[onerror], [onload], [onclick]')).toHaveLength(0);
    expect(html).not.toContain(SCRIPT);
    expect(html).not.toContain(IMG);
    // The hostile text is there, as text.
    expect(document.querySelector('h1')?.textContent).toContain(HOSTILE);
    expect(texts(document, 'caption')).toContain(`Pakkens potentialer ${HOSTILE}`);
    expect(texts(document, 'tbody th')).toContain(`Dagtilbud ${SCRIPT}`);
  });

  it('links only http(s) and mailto addresses', () => {
    const { document } = read(smallReportModel());
    const hrefs = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(hrefs.filter((h) => !/^(#|https?:|mailto:)/.test(h ?? ''))).toEqual([]);
    expect(hrefs).toContain('https://example.dk/aeldre?a=1&b="2"');
    expect(hrefs).toContain('mailto:a@b.dk');
    // "Skole" had a javascript: link: it is plain text in its cell.
    const skole = [...document.querySelectorAll('tbody th')].find((c) =>
      c.textContent?.startsWith('Skole'),
    );
    expect(skole?.querySelector('a')).toBeNull();
    expect(skole?.querySelector('em')?.textContent).toBe(' (ny)');
  });

  it('puts the essentials and a linked table of contents on the front page', () => {
    const { document } = read(smallReportModel());
    const front = document.querySelector('header.front');
    const facts = texts(front, 'dd');
    expect(facts).toEqual(
      expect.arrayContaining([
        `Hedensted ${IMG} (766)`,
        'regnskab 2018',
        'kr., 2018-priser',
        `42 (import 2026-12-01) ${SCRIPT}`,
        '47.012',
      ]),
    );
    const toc = [...document.querySelectorAll('nav.toc a')];
    expect(toc.map((a) => a.textContent?.replace(/\s+/g, ' '))).toEqual([
      `1 Strukturprofil ${HOSTILE}`,
      '2 Pakken',
      '3 Temaer',
      '4 Regelbarrierer',
      '5 Kortet',
      '6 Bilag',
    ]);
    for (const a of toc) {
      const id = (a.getAttribute('href') ?? '').slice(1);
      expect(document.getElementById(id)?.tagName.toLowerCase()).toBe('section');
    }
    // The front section is the front page, not a numbered section.
    expect(document.querySelectorAll('section#section-front')).toHaveLength(0);
  });

  it('shows the municipality’s own text first in its section, marked as such', () => {
    const { document } = read(smallReportModel());
    const section = document.getElementById('section-profile');
    const first = section?.querySelector('h2 + *');
    expect(first?.tagName.toLowerCase()).toBe('aside');
    expect(first?.getAttribute('aria-label')).toBe('Kommunens tekst');
    expect(first?.querySelector('.narrative-label')?.textContent).toBe('Kommunens tekst');
    expect(first?.querySelector('h3')?.textContent).toBe(`Vores blik ${SCRIPT}`);
    const en = read(smallReportModel('en')).document;
    expect(en.querySelector('.narrative-label')?.textContent).toBe('The municipality’s text');
  });

  it('links every footnote mark to its numbered formula in the appendix', () => {
    const { document } = read(smallReportModel());
    const marks = [...document.querySelectorAll('sup.fn a')];
    expect(marks.length).toBeGreaterThanOrEqual(4);
    for (const a of marks) {
      const target = document.getElementById((a.getAttribute('href') ?? '').slice(1));
      expect(target?.closest('#section-appendix')).not.toBeNull();
      expect(target?.parentElement?.matches('ol.formulas')).toBe(true);
    }
    expect(texts(document, 'ol.formulas li')).toEqual([
      `Potentiale: (enhedsudgift − benchmark) × volumen ${SCRIPT}`,
      'Dækning: andel af pakkens udgift med et benchmark',
    ]);
    // Column marks sit in the header cells.
    expect(texts(document, 'thead th.num')).toEqual([`Potentiale ${IMG}1`, 'Dækning2']);
  });

  it('writes a mark without a formula as a bare number, and adds an appendix for formulas', () => {
    const model = smallReportModel();
    const noAppendix = { ...model, sections: model.sections.filter((s) => s.id !== 'appendix') };
    const { document } = read(noAppendix);
    expect(document.querySelector('#section-appendix h2')?.textContent).toBe('6 Bilag');
    expect(document.querySelectorAll('ol.formulas li')).toHaveLength(2);
    const ctx = { lang: 'da' as const, formulas: 2 };
    const p = blockHtml({ kind: 'paragraph', text: [{ text: 'x', note: 7 }] }, ctx).value;
    expect(p).toBe('<p>x<sup class="fn">7</sup></p>');
  });

  it('draws tables with a caption, a header, right-aligned numbers and a total', () => {
    const { document } = read(smallReportModel());
    const table = document.querySelector('#section-package table.report-table');
    expect(table?.querySelector('caption')).not.toBeNull();
    expect(table?.querySelectorAll('thead th')).toHaveLength(3);
    expect(table?.querySelectorAll('tbody:not(.total) tr')).toHaveLength(3);
    expect(texts(table, 'tbody:not(.total) td.num')).toEqual([
      '12.345.678',
      '98 %',
      '−1.234',
      '100 %',
      '7.000',
      '–',
    ]);
    expect(texts(table, 'tbody.total > tr > *')[0]).toBe('I alt');
    expect(table?.closest('.table-block')?.classList.contains('long')).toBe(false);
    expect(texts(document, '#section-package .block-notes p')).toContain(
      `Kilde: Danmarks Statistik ${SCRIPT}`,
    );
  });

  it('lets only a table longer than a page break across pages', () => {
    const rows = Array.from({ length: LONG_TABLE + 1 }, (_, k) => [`r${k}`]);
    const html = blockHtml(
      { kind: 'table', caption: 'c', columns: [{ label: 'a', align: 'left' }], rows },
      { lang: 'da', formulas: 0 },
    ).value;
    expect(html).toContain('class="table-block long"');
  });

  it('marks paragraph tones: note, warning with its word, absent', () => {
    const { document } = read(smallReportModel());
    expect(texts(document, 'p.note')).toContain('En note.');
    expect(texts(document, 'p.warning')).toEqual(['Advarsel: Dækningen er under 90 %.']);
    expect(texts(document, 'p.absent')).toEqual(['Kommunen har ingen regelbarrierer.']);
  });

  it('draws each chart inline, its title above and its notes below', () => {
    const { document } = read(smallReportModel());
    const figures = [...document.querySelectorAll('figure.chart-block')];
    expect(figures).toHaveLength(3);
    for (const f of figures) {
      const children = [...f.children].map((c) => c.tagName.toLowerCase());
      expect(children[0]).toBe('figcaption');
      expect(children[1]).toBe('svg');
      expect(f.querySelector('svg')?.getAttribute('role')).toBe('img');
    }
    const notes = figures[0]?.querySelector('.block-notes')?.textContent;
    expect(notes).toBe(`2018-priser. Regnskab. ${IMG}`);
  });

  it('starts a section with a table, chart or narrative on a new page; a short one follows on', () => {
    const { document } = read(smallReportModel());
    const newPage = [...document.querySelectorAll('section.new-page')].map((s) => s.id);
    expect(newPage).toEqual([
      'section-profile',
      'section-package',
      'section-themes',
      'section-map',
    ]);
    expect(document.querySelector('style')?.textContent).toContain('break-before: page');
  });

  it('gives the same document for the same model', () => {
    expect(reportDocumentHtml(smallReportModel())).toBe(reportDocumentHtml(smallReportModel()));
  });
});
