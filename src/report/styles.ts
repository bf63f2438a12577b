/**
 * The report's print CSS: A4, the system's fonts (Liberation Sans or DejaVu Sans, installed with
 * Chromium's fonts on Debian; nothing is fetched), tables that repeat their header and never
 * split a row, headings kept with what follows.
 */
export const REPORT_CSS = `
@page { size: A4; }
html { font-family: "Liberation Sans", "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.35; color: #111; }
body { margin: 0; }
@media screen { body { max-width: 190mm; margin: 2em auto; padding: 0 1em; } }
h1 { font-size: 20pt; margin: 0 0 8pt; }
h2 { font-size: 15pt; margin: 14pt 0 6pt; break-after: avoid; }
h3 { font-size: 12pt; margin: 12pt 0 4pt; break-after: avoid; }
p { margin: 0 0 6pt; orphans: 3; widows: 3; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; }
thead { display: table-header-group; }
tr, figure, li { break-inside: avoid; }
caption { caption-side: top; text-align: left; font-weight: bold; margin-bottom: 3pt; }
th, td { border-bottom: 0.5pt solid #b7b7b7; padding: 2pt 4pt; text-align: left; vertical-align: top; }
thead th { border-bottom: 1pt solid #444; font-size: 9pt; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
small, .note { font-size: 8.5pt; color: #333; }
a { color: #1f4e79; }
figure { margin: 4pt 0 8pt; }
figcaption { font-weight: bold; margin-bottom: 2pt; }
svg { max-width: 100%; height: auto; }
svg text { font-family: inherit; }
`;

/** The steering section's own styles (steeringSectionHtml). */
export const STEERING_CSS = `
.steering .meta { color: #444; }
.steering .empty { font-weight: bold; }
.steering td.grade { text-align: center; font-weight: bold; }
.steering table.centres th[scope='row'] { white-space: nowrap; }
.steering table.indicators tr:has(+ tr.missing) > * { border-bottom: none; }
.steering tr.missing td { padding-top: 0; }
.steering td.date { white-space: nowrap; }
.steering ol.respondents { columns: 2; font-size: 9pt; margin: 0 0 6pt; }
.steering .score-bars .tick { stroke: #e0e0e0; }
.steering .score-bars .threshold { stroke: #555; stroke-dasharray: 3 2; }
.steering .score-bars .axis { font-size: 9px; fill: #444; }
.steering .score-bars .label, .steering .score-bars .value { font-size: 11px; fill: #111; }
.steering .score-bars .bar.own { fill: #1f4e79; }
.steering .score-bars .bar.data { fill: #b45309; }
.steering .score-bars .bar.peers { fill: #6b8fb5; }
.steering .score-bars .bar.all { fill: #9a9a9a; }
.steering .method { margin-top: 10pt; border-top: 0.5pt solid #b7b7b7; padding-top: 4pt; }
`;

/**
 * The whole document's styles (reportDocumentHtml): the front page and contents on a page of
 * their own, sections with tables or charts on a new page, headings and captions kept with
 * what follows, a table or chart whole on one page when it fits one, print-safe tones (a
 * border or italics, never colour alone).
 */
export const DOCUMENT_CSS = `
.front { break-after: page; }
.front h1 { font-size: 24pt; margin: 30mm 0 4pt; line-height: 1.15; }
.front-municipality { font-size: 15pt; margin: 0 0 14pt; }
.front-municipality .code { color: #444; }
.toc { margin-top: 14pt; }
.toc h2 { font-size: 13pt; }
.toc ol { list-style: none; padding: 0; margin: 0; columns: 1; }
.toc li { margin: 0 0 3pt; }
.toc a { color: #111; text-decoration: none; }
.n { display: inline-block; min-width: 1.6em; color: #1f4e79; font-variant-numeric: tabular-nums; }
.report-section.new-page { break-before: page; }
.report-section { margin-bottom: 10pt; }
h2, h3, h4, caption, figcaption, .narrative-label { break-after: avoid; page-break-after: avoid; }
h2 + *, h3 + * { break-before: avoid; }
.narrative { border-left: 3pt solid #1f4e79; background: #f3f6f9; padding: 4pt 8pt; margin: 0 0 10pt; box-decoration-break: clone; }
.narrative-label { font-size: 8.5pt; font-weight: bold; text-transform: uppercase; letter-spacing: 0.04em; color: #1f4e79; margin: 0 0 3pt; }
.narrative h3 { font-size: 11pt; }
p.note { font-size: 9pt; color: #333; }
p.warning { border-left: 3pt solid #111; padding: 2pt 6pt; background: #f4f4f4; }
p.absent { font-style: italic; color: #333; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 12pt; margin: 4pt 0 10pt; }
dl.facts > div { display: contents; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
dl.facts { break-inside: avoid; }
.front dl.facts { grid-template-columns: 60mm 1fr; margin-bottom: 2pt; }
.front dl.facts + dl.facts { margin-top: 0; }
.table-block { break-inside: avoid; margin: 4pt 0 10pt; }
.table-block.long { break-inside: auto; }
.table-block table { margin-bottom: 2pt; }
table.report-table th.num, table.report-table td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.report-table tbody th { font-weight: normal; }
table.report-table tbody.total tr > * { font-weight: bold; border-top: 1pt solid #444; border-bottom: 1pt solid #444; }
.block-notes p { font-size: 8.5pt; color: #333; margin: 0 0 2pt; }
sup.fn { font-size: 7pt; line-height: 0; margin-left: 1pt; }
sup.fn a { text-decoration: none; }
figure.chart-block { break-inside: avoid; margin: 6pt 0 12pt; }
figure.chart-block svg { display: block; }
ol.formulas li { margin-bottom: 3pt; }
ol.formulas li:target { background: #fff7d6; }
`;
