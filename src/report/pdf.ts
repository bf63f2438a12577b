import { existsSync } from 'node:fs';
import { PotentialeError } from '../core/index.ts';
import { escapeHtml } from './html.ts';
import type { ReportLang } from './steering-text.ts';

/** Where Debian's `chromium` package puts the browser; POTENTIALE_CHROMIUM overrides it. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The browser to print with: POTENTIALE_CHROMIUM when set, else Debian's. */
export function chromiumPath(env: Readonly<Record<string, string | undefined>>): string {
  const set = env['POTENTIALE_CHROMIUM'];
  return set === undefined || set === '' ? DEFAULT_CHROMIUM : set;
}

/** What printPdf needs besides the HTML. */
export interface PdfOptions {
  /** The running header's text (the document's own <title> is the PDF's title). */
  readonly title: string;
  readonly lang: ReportLang;
  /** The browser; default chromiumPath(process.env). */
  readonly executablePath?: string;
}

const FOOTER = {
  da: (page: string, total: string) => `Side ${page} af ${total}`,
  en: (page: string, total: string) => `Page ${page} of ${total}`,
} as const;

const BAND =
  'font-family: "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 8pt; color: #444; width: 100%; margin: 0 16mm;';

/**
 * Prints a whole HTML document (reportHtml) to an A4 PDF in headless Chromium (playwright-core
 * with Debian's `chromium`): tagged (accessible) with an outline from the headings, the
 * document's language and title, a running header with the title and "Side X af Y" at the
 * foot. Nothing is fetched: every request of the page is aborted, and scripts do not run. The
 * browser is closed also on errors.
 */
export async function printPdf(document: string, options: PdfOptions): Promise<Uint8Array> {
  const executablePath = options.executablePath ?? chromiumPath(process.env);
  if (!existsSync(executablePath))
    throw new PotentialeError(
      'internal',
      `Chromium findes ikke på ${executablePath}, så der kan ikke laves PDF. Installér den med "apt-get install chromium", eller sæt POTENTIALE_CHROMIUM til browserens sti.`,
    );
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(document, { waitUntil: 'load' });
    const footer = FOOTER[options.lang](
      '<span class="pageNumber"></span>',
      '<span class="totalPages"></span>',
    );
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style='${BAND} text-align: left;'>${escapeHtml(options.title)}</div>`,
      footerTemplate: `<div style='${BAND} text-align: right;'>${footer}</div>`,
      margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
