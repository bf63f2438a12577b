/**
 * The human docs page at /api/docs: reads /api/v1/openapi.json and lists every route with its
 * parameters and a ready-to-run example. Self-contained (no CDN), so it works offline.
 */
export function docsPage(): string {
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Potentiale API — dokumentation</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; }
  h1 { font-size: 1.6rem; } h2 { font-size: 1.1rem; margin: 0; }
  section { border-top: 1px solid #ccc; padding: .8rem 0; }
  code, pre { font-family: ui-monospace, monospace; background: #f3f3f3; padding: .1rem .3rem; border-radius: 3px; }
  pre { padding: .6rem; overflow-x: auto; }
  .method { font-weight: bold; color: #0b5394; margin-right: .5rem; }
  table { border-collapse: collapse; width: 100%; } td, th { text-align: left; padding: .2rem .4rem; border-bottom: 1px solid #eee; vertical-align: top; }
  a { color: #0b5394; } a:focus, button:focus { outline: 3px solid #f9a825; }
</style>
</head>
<body>
<main>
<h1>Potentiale API <small>/api/v1</small></h1>
<p>Åbent læse-API med kommunernes nøgletal og resultaterne af benchmark-motoren. Maskinlæsbar beskrivelse:
<a href="/api/v1/openapi.json">OpenAPI 3.1</a>. Fejl svares som <code>application/problem+json</code> (RFC 9457) med dansk og engelsk tekst og den parameter, der er galt.
Formater: JSON; <code>values</code>, <code>series</code> og <code>package</code> også som CSV (<code>?format=csv&amp;locale=da</code> giver semikolon og decimalkomma), XLSX og JSON-stat 2.0.</p>
<p>Kilder: Indenrigs- og Sundhedsministeriet, De Kommunale Nøgletal; Danmarks Statistik; Geodatastyrelsen/SDFI, DAGI.</p>
<div id="routes" aria-live="polite">Indlæser…</div>
</main>
<script>
fetch('/api/v1/openapi.json').then(r => r.json()).then(doc => {
  const esc = s => String(s ?? '').replace(/[&<>"']/g, ch => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[ch]));
  const out = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters || []);
      const example = path.replace(/{(\\w+)}/g, (_, n) => (params.find(p => p.name === n)?.schema?.example ?? n)) +
        (params.filter(p => p.in === 'query' && p.required).length ? '?' + params.filter(p => p.in === 'query' && p.required).map(p => p.name + '=' + encodeURIComponent(p.schema?.example ?? '')).join('&') : '');
      out.push('<section><h2><span class="method">' + esc(method.toUpperCase()) + '</span><code>' + esc(path) + '</code></h2><p>' + esc(op.summary) + '</p>' +
        (params.length ? '<table><thead><tr><th>Parameter</th><th>Hvor</th><th>Krævet</th><th>Beskrivelse</th></tr></thead><tbody>' + params.map(p => '<tr><td><code>' + esc(p.name) + '</code></td><td>' + esc(p.in) + '</td><td>' + (p.required ? 'ja' : 'nej') + '</td><td>' + esc(p.schema?.description ?? p.description ?? '') + (p.schema?.enum ? ' (' + esc(p.schema.enum.join(', ')) + ')' : '') + '</td></tr>').join('') + '</tbody></table>' : '') +
        '<p>Eksempel: <a href="' + esc(example) + '"><code>' + esc(example) + '</code></a></p></section>');
    }
  }
  document.getElementById('routes').innerHTML = out.join('');
}).catch(() => { document.getElementById('routes').textContent = 'OpenAPI-dokumentet kunne ikke hentes.'; });
</script>
</body>
</html>`;
}
