// The control for the XSS corpus (test/fixtures/xss-vectors.ts): with nothing guarding them
// (markdown-it with raw HTML and its link check off, no sanitiser) the vectors marked
// `chromium` do run in Chromium and the others do not, so a test that finds none of them
// running after the portal's renderer and sanitiser proves the guard, not a broken payload.
// Then the guard itself: every vector through renderBody (what bodyHtml and the preview
// answer) runs nothing in Chromium, whatever it is marked.
import MarkdownIt from 'markdown-it';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBody } from '../../src/server/portal/index.ts';
import { XSS_VECTORS } from '../fixtures/xss-vectors.ts';
import { launchBrowser } from './support/browser.ts';
import { xssCalls } from './support/xss.ts';

const unguarded = new MarkdownIt({ html: true, linkify: true });
unguarded.validateLink = () => true;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('XSS_VECTORS', () => {
  it.each(XSS_VECTORS.map((v) => [v.name, v] as const))(
    '%s runs unguarded in Chromium exactly when marked so',
    async (name, vector) => {
      const calls = await xssCalls(browser, unguarded.render(vector.markdown), vector);
      expect(calls.includes(name)).toBe(vector.chromium);
      expect(calls.filter((c) => c !== name)).toEqual([]);
    },
  );
});

describe("renderBody (the portal's Markdown and sanitiser)", () => {
  it('has at least 30 vectors to prove itself on', () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(XSS_VECTORS.map((v) => [v.name, v] as const))(
    '%s renders inert',
    async (_name, vector) => {
      const html = renderBody(vector.markdown);
      expect(await xssCalls(browser, html, vector)).toEqual([]);
      expect(html).not.toMatch(/<(script|iframe|object|embed|svg|math|style|base|meta|form)\b/i);
      // The attributes of the real tags (text the author wrote is escaped, &lt;…, and may
      // say anything; so may a quoted attribute value such as a link's title).
      for (const [name, value] of attributes(html)) {
        expect(name).not.toMatch(/^on/i);
        if (name === 'href' || name === 'src')
          expect(value.trim()).not.toMatch(/^(javascript|vbscript|data):/i);
      }
    },
  );
});

/** Every attribute of every tag in `html`, as [name, value] (entities left as they are). */
function attributes(html: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const tag of html.matchAll(
    /<[a-z][a-z0-9]*((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/gi,
  ))
    for (const a of (tag[1] ?? '').matchAll(
      /\s+([^\s=>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g,
    ))
      out.push([(a[1] ?? '').toLowerCase(), (a[2] ?? '').replace(/^["']|["']$/g, '')]);
  return out;
}
