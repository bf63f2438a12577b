import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';

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
 * How long a test waits for a download to begin: the answer is computed on the shared test
 * server while the other browser test files run beside it on two cores, so the first bytes of
 * a package export can take longer than playwright's default 30 s. A wait, not a timing claim.
 */
export const DOWNLOAD_WAIT = { timeout: 120_000 } as const;
