import type { Browser } from 'playwright-core';
import type { XssVector } from '../../fixtures/xss-vectors.ts';

/**
 * Loads `html` as the body of a fresh page that defines `window.__xss`, does what the vector
 * needs to run (clicks every link and button, or hovers every element), and returns the names
 * passed to `top.__xss`: empty when nothing ran. `page.setContent` parses the HTML as a page
 * does, so scripts in it run (innerHTML would not run them).
 */
export async function xssCalls(
  browser: Browser,
  html: string,
  vector: XssVector,
): Promise<string[]> {
  const page = await browser.newPage();
  try {
    const calls: string[] = [];
    await page.exposeFunction('__xssCalled', (name: unknown) => calls.push(String(name)));
    const head = '<script>window.__xss = (name) => window.__xssCalled(name);</script>';
    await page
      .setContent(`<!doctype html><html><head>${head}</head><body>${html}</body></html>`)
      .catch(() => undefined); // a refresh or navigation away is the vector's own doing
    await page.waitForTimeout(200);
    if (vector.trigger === 'click') {
      for (const target of ['a', 'button', 'svg text']) {
        const all = page.locator(target);
        const n = await all.count().catch(() => 0);
        for (let i = 0; i < n; i++)
          await all
            .nth(i)
            .click({ force: true, timeout: 1000 })
            .catch(() => undefined);
      }
    }
    if (vector.trigger === 'hover') {
      const all = page.locator('body *');
      const n = await all.count().catch(() => 0);
      for (let i = 0; i < n; i++)
        await all
          .nth(i)
          .hover({ force: true, timeout: 1000 })
          .catch(() => undefined);
    }
    await page.waitForTimeout(200);
    return calls;
  } finally {
    await page.close();
  }
}
