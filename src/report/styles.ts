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
