// The control for the XSS corpus (test/fixtures/xss-vectors.ts): with nothing guarding them
// (markdown-it with raw HTML and its link check off, no sanitiser) the vectors marked
// `chromium` do run in Chromium and the others do not, so a test that finds none of them
// running after the portal's renderer and sanitiser proves the guard, not a broken payload.
import MarkdownIt from 'markdown-it';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
