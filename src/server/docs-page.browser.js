// The docs page's script, served as /api/docs.js (the page's CSP allows no inline script).
// Plain browser JavaScript, no build step: it lists every route of /api/v1/openapi.json.
/* global document, fetch */

const esc = (s) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch],
  );

function example(path, params) {
  const url = path.replace(
    /{(\w+)}/g,
    (_, n) => params.find((p) => p.name === n)?.schema?.example ?? n,
  );
  const required = params.filter((p) => p.in === 'query' && p.required);
  if (required.length === 0) return url;
  return `${url}?${required
    .map((p) => `${p.name}=${encodeURIComponent(p.schema?.example ?? '')}`)
    .join('&')}`;
}

function parameterTable(params, label) {
  if (params.length === 0) return '';
  const rows = params
    .map(
      (p) =>
        `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${p.required ? 'ja' : 'nej'}</td><td>${esc(p.schema?.description ?? p.description ?? '')}${p.schema?.enum ? ` (${esc(p.schema.enum.join(', '))})` : ''}</td></tr>`,
    )
    .join('');
  // In a scroll container marked as such, should a table still be wider than a phone.
  return `<div class="table-scroll" role="region" tabindex="0" aria-label="${esc(label)}"><table><thead><tr><th>Parameter</th><th>Hvor</th><th>Krævet</th><th>Beskrivelse</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

const routes = document.getElementById('routes');
fetch('/api/v1/openapi.json')
  .then((r) => r.json())
  .then((doc) => {
    const out = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const params = op.parameters || [];
        const url = example(path, params);
        out.push(
          `<section><h2><span class="method">${esc(method.toUpperCase())}</span><code>${esc(path)}</code></h2><p>${esc(op.summary)}</p>${parameterTable(params, `Parametre for ${method.toUpperCase()} ${path}`)}<p>Eksempel: <a href="${esc(url)}"><code>${esc(url)}</code></a></p></section>`,
        );
      }
    }
    routes.innerHTML = out.join('');
  })
  .catch(() => {
    routes.textContent = 'OpenAPI-dokumentet kunne ikke hentes.';
  });
