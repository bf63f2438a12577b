import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from 'playwright-core';

/** The downloaded file's bytes. */
export async function downloaded(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

/** Whether the browser parses the text as an SVG document without errors. */
export async function isValidSvg(page: Page, text: string): Promise<boolean> {
  return page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    return (
      doc.querySelector('parsererror') === null &&
      doc.documentElement.nodeName.toLowerCase() === 'svg'
    );
  }, text);
}

/** A PNG's signature, and its width and height from the IHDR chunk. */
export function pngSize(bytes: Buffer): { signature: boolean; width: number; height: number } {
  const signature = bytes.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  return { signature, width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Clicks `target` as a person would and returns the download it starts. The page is first let
 * settle (no requests for 500 ms): a click while React replaces the element (a late answer
 * re-renders the section) can land on nothing, which once left a CI run waiting 120 s for a
 * download the server was never asked for (the server's log showed no slow answer). When no
 * download begins within half the wait, the click is made once more.
 */
export async function downloadFrom(page: Page, target: Locator): Promise<Download> {
  await page.waitForLoadState('networkidle', DOWNLOAD_WAIT).catch(() => undefined);
  const half = { timeout: DOWNLOAD_WAIT.timeout / 2 };
  const [first] = await Promise.all([
    page.waitForEvent('download', half).catch(() => undefined),
    target.click(),
  ]);
  if (first) return first;
  const [second] = await Promise.all([page.waitForEvent('download', half), target.click()]);
  return second;
}

/**
 * How long a test waits for a download to begin: the answer is computed on the shared test
 * server while the other browser test files run beside it on two cores, so the first bytes of
 * a package export can take longer than playwright's default 30 s. A wait, not a timing claim.
 */
export const DOWNLOAD_WAIT = { timeout: 120_000 } as const;
