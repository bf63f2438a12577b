import { readFileSync } from 'node:fs';
import { sourcesLine } from '../core/index.ts';

/** The docs page's script and styles, served beside it (no inline code under the page's CSP). */
export const DOCS_SCRIPT = readFileSync(new URL('./docs-page.browser.js', import.meta.url), 'utf8');
export const DOCS_STYLE = readFileSync(new URL('./docs-page.css', import.meta.url), 'utf8');
export const DOCS_SCRIPT_PATH = '/api/docs.js';
export const DOCS_STYLE_PATH = '/api/docs.css';

/**
 * The human docs page at /api/docs: its script (/api/docs.js) reads /api/v1/openapi.json and
 * lists every route with its parameters and a ready-to-run example. Self-contained (no CDN), so
 * it works offline.
 */
export function docsPage(): string {
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Potentiale API — dokumentation</title>
<link rel="stylesheet" href="${DOCS_STYLE_PATH}">
<script src="${DOCS_SCRIPT_PATH}" defer></script>
</head>
<body>
<main>
<h1>Potentiale API <small>/api/v1</small></h1>
<p>Åbent læse-API med kommunernes nøgletal og resultaterne af benchmark-motoren. Maskinlæsbar beskrivelse:
<a href="/api/v1/openapi.json">OpenAPI 3.1</a>. Fejl svares som <code>application/problem+json</code> (RFC 9457) med dansk og engelsk tekst og den parameter, der er galt.
Formater: JSON; <code>values</code>, <code>series</code> og <code>package</code> også som CSV (<code>?format=csv&amp;locale=da</code> giver semikolon og decimalkomma), XLSX og JSON-stat 2.0.</p>
<p>Grænser: årstal 1900-2100 og k, limit og widen 1-97 (et tal uden for sit interval giver 422; noget, der ikke er et tal, 400); forespørgsler højst 2048 tegn (414); indhold højst 2 MB (413); kontroltegn afvises (400); ukendte parametre ignoreres. Skrivende forespørgsler (POST) kræver den dokumenterede <code>Content-Type</code> (415) og afvises fra andre hjemmesider (403). Mistes databasen, svares 503 med <code>Retry-After</code>.</p>
<p>${sourcesLine('da')}</p>
<div id="routes" aria-live="polite">Indlæser…</div>
</main>
</body>
</html>`;
}
