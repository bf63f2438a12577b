import type { ReportModel, ReportSection } from '../core/index.ts';
import { blocksHtml, formulaId, type BlockContext } from './blocks-html.ts';
import { reportHtml } from './document.ts';
import { markup, type SafeHtml } from './html.ts';
import { DOCUMENT_CSS } from './styles.ts';

/** The document's own words, Danish and English. */
export const DOCUMENT_WORDS = {
  da: {
    municipality: 'Kommune',
    year: 'År',
    prices: 'Prisniveau',
    dataVersion: 'Dataversion',
    contents: 'Indhold',
    narrative: 'Kommunens tekst',
    appendix: 'Bilag',
    formulas: 'Formler',
    formulasIntro:
      'Tallene i rapporten er beregnet med disse formler; et hævet tal ved et tal henviser hertil.',
  },
  en: {
    municipality: 'Municipality',
    year: 'Year',
    prices: 'Price level',
    dataVersion: 'Data version',
    contents: 'Contents',
    narrative: 'The municipality’s text',
    appendix: 'Appendix',
    formulas: 'Formulas',
    formulasIntro:
      'The report’s numbers are computed with these formulas; a raised number by a number refers here.',
  },
} as const;

/** A section's id in the document: the target of its table-of-contents link. */
export function sectionAnchor(id: string): string {
  return `section-${id}`;
}

/**
 * Whether a section starts on a new page: one with a table, a chart, a narrative or more than
 * a few blocks does; a section of a line or two (often "no data") follows the one before it.
 */
function startsPage(s: ReportSection): boolean {
  if ((s.narrative?.length ?? 0) > 0) return true;
  if (s.blocks.some((b) => b.kind === 'table' || b.kind === 'chart')) return true;
  return s.blocks.length > 4;
}

function frontPage(model: ReportModel, numbered: readonly Numbered[], ctx: BlockContext): SafeHtml {
  const w = DOCUMENT_WORDS[model.lang];
  const front = model.sections.find((s) => s.id === 'front');
  const m = model.municipality;
  const toc = numbered.map(
    ({ section, n }) =>
      markup`<li><a href="#${sectionAnchor(section.id)}"><span class="n">${n}</span> ${section.title}</a></li>`,
  );
  return markup`<header class="front" id="${sectionAnchor('front')}">
<h1>${model.title}</h1>
<p class="front-municipality">${m.name} <span class="code">(${m.code})</span></p>
<dl class="facts front-facts">
<div><dt>${w.municipality}</dt><dd>${m.name} (${m.code})</dd></div>
<div><dt>${w.year}</dt><dd>${model.yearLabel}</dd></div>
<div><dt>${w.prices}</dt><dd>${model.pricesLabel}</dd></div>
<div><dt>${w.dataVersion}</dt><dd>${model.dataVersion}</dd></div>
</dl>
${front === undefined ? '' : narrativeAndBlocks(front, ctx, model)}
<nav class="toc" aria-labelledby="toc-heading">
<h2 id="toc-heading">${w.contents}</h2>
<ol>${toc}</ol>
</nav>
</header>`;
}

function narrativeAndBlocks(s: ReportSection, ctx: BlockContext, model: ReportModel): SafeHtml {
  const w = DOCUMENT_WORDS[model.lang];
  const narrative =
    s.narrative === undefined || s.narrative.length === 0
      ? ''
      : markup`<aside class="narrative" aria-label="${w.narrative}">
<p class="narrative-label">${w.narrative}</p>
${blocksHtml(s.narrative, ctx)}</aside>
`;
  return markup`${narrative}${blocksHtml(s.blocks, ctx)}`;
}

function formulas(model: ReportModel): SafeHtml {
  if (model.formulas.length === 0) return markup``;
  const w = DOCUMENT_WORDS[model.lang];
  return markup`<h3 id="formulas">${w.formulas}</h3>
<p class="note">${w.formulasIntro}</p>
<ol class="formulas">${model.formulas.map((f, k) => markup`<li id="${formulaId(k + 1)}"><strong>${f.name}</strong>: ${f.text}</li>`)}</ol>
`;
}

interface Numbered {
  readonly section: ReportSection;
  readonly n: number;
}

/**
 * The whole report as one HTML document (reportHtml: language, title, A4 print CSS, no script):
 * a front page (title, municipality, year, price level, data version, the front section's
 * essentials, the table of contents with links), then the numbered sections, each with the
 * municipality's own text first, marked "Kommunens tekst", then its blocks; the appendix ends
 * with the numbered formulas that the footnote marks link to (an appendix is added when the
 * model has none but has formulas). Every text is escaped.
 * @example reportDocumentHtml(await buildReport(db, { code: '766', year: 2018, lang: 'da' }))
 */
export function reportDocumentHtml(model: ReportModel): string {
  const ctx: BlockContext = { lang: model.lang, formulas: model.formulas.length };
  const w = DOCUMENT_WORDS[model.lang];
  const body = model.sections.filter((s) => s.id !== 'front');
  const sections: ReportSection[] =
    body.some((s) => s.id === 'appendix') || model.formulas.length === 0
      ? body
      : [...body, { id: 'appendix', title: w.appendix, blocks: [] }];
  const numbered = sections.map((section, k) => ({ section, n: k + 1 }));
  const section = ({ section: s, n }: Numbered) =>
    markup`<section class="report-section${startsPage(s) ? ' new-page' : ''}" id="${sectionAnchor(s.id)}" aria-labelledby="${sectionAnchor(s.id)}-heading">
<h2 id="${sectionAnchor(s.id)}-heading"><span class="n">${n}</span> ${s.title}</h2>
${narrativeAndBlocks(s, ctx, model)}${s.id === 'appendix' ? formulas(model) : ''}</section>
`;
  const content = markup`${frontPage(model, numbered, ctx)}
<main>
${numbered.map(section)}</main>`;
  return reportHtml({
    title: model.title,
    lang: model.lang,
    body: content.value,
    css: DOCUMENT_CSS,
  });
}
