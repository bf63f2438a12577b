import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Browser } from 'playwright-core';
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

/** What a print needs besides the HTML. */
export interface PrintOptions {
  /** The running header's text (the document's own <title> is the PDF's title). */
  readonly title: string;
  readonly lang: ReportLang;
}

/** How the printer runs its browser. */
export interface PrinterOptions {
  /** The browser; default chromiumPath(process.env). */
  readonly executablePath?: string;
  /** Pages printed at once in the one browser; default os.availableParallelism(). */
  readonly concurrency?: number;
  /** Starts a browser (an effect, for tests); default playwright-core's chromium.launch. */
  readonly launch?: (executablePath: string) => Promise<Browser>;
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function launchChromium(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: ARGS });
}

const FOOTER = {
  da: (page: string, total: string) => `Side ${page} af ${total}`,
  en: (page: string, total: string) => `Page ${page} of ${total}`,
} as const;

const BAND =
  'font-family: "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 8pt; color: #444; width: 100%; margin: 0 16mm;';

/** Errors that mean the browser (or the page's renderer) went away, not that the HTML is bad. */
const GONE = /closed|crash|disconnected|Target page|has been closed/i;

/**
 * Prints HTML documents (reportHtml, reportDocumentHtml) to A4 PDFs in ONE headless Chromium
 * (playwright-core with Debian's `chromium`), up to `concurrency` pages at once, each in its
 * own context with scripts off and every request aborted. A PDF is tagged (accessible), has an
 * outline from the headings, the document's language and title, a running header with the
 * title and "Side X af Y" at the foot. When the browser crashed or was closed, it is launched
 * again and the print retried once; a second failure is a PotentialeError naming the print.
 * @example
 * const printer = await ReportPrinter.launch();
 * try { pdf = await printer.print(html, { title: 'Hedensted', lang: 'da' }); } finally { await printer.close(); }
 */
export class ReportPrinter {
  private browser: Promise<Browser>;
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private closed = false;

  /** Use ReportPrinter.launch, which starts the browser this takes. */
  constructor(
    private readonly executablePath: string,
    private readonly concurrency: number,
    private readonly start: (executablePath: string) => Promise<Browser>,
    first: Browser,
  ) {
    this.browser = Promise.resolve(first);
  }

  /** Starts the browser; refuses in Danish when Chromium is not installed. */
  static async launch(options: PrinterOptions = {}): Promise<ReportPrinter> {
    const executablePath = options.executablePath ?? chromiumPath(process.env);
    const start = options.launch ?? launchChromium;
    if (options.launch === undefined && !existsSync(executablePath))
      throw new PotentialeError(
        'internal',
        `Chromium findes ikke på ${executablePath}, så der kan ikke laves PDF. Installér den med "apt-get install chromium", eller sæt POTENTIALE_CHROMIUM til browserens sti.`,
      );
    const concurrency = Math.max(1, Math.floor(options.concurrency ?? availableParallelism()));
    return new ReportPrinter(executablePath, concurrency, start, await start(executablePath));
  }

  /** One document to PDF bytes; waits for a free page when `concurrency` prints are running. */
  async print(html: string, options: PrintOptions): Promise<Uint8Array> {
    if (this.closed) throw new PotentialeError('internal', 'Printeren er lukket.');
    await this.slot();
    let browser: Browser | null = null;
    try {
      try {
        browser = await this.browser;
        return await printPage(browser, html, options);
      } catch (first) {
        const alive = browser !== null && browser.isConnected() && !GONE.test(message(first));
        if (this.closed || alive) throw first;
        try {
          return await printPage(await this.relaunch(browser), html, options);
        } catch (second) {
          throw new PotentialeError(
            'internal',
            `Chromium fejlede to gange under udskrivningen af "${options.title}" (${message(first)}; igen: ${message(second)}).`,
          );
        }
      }
    } finally {
      this.release();
    }
  }

  /** Closes the browser; prints after this are refused. */
  async close(): Promise<void> {
    this.closed = true;
    const browser = await this.browser.catch(() => null);
    await browser?.close().catch(() => undefined);
  }

  /** A new browser when `dead` is still the current one; else the one another print started. */
  private async relaunch(dead: Browser | null): Promise<Browser> {
    const current = await this.browser.catch(() => null);
    if (current === dead || current === null || !current.isConnected()) {
      await dead?.close().catch(() => undefined);
      this.browser = this.start(this.executablePath);
    }
    return this.browser;
  }

  private async slot(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running += 1;
      return;
    }
    // The releasing print hands its slot over directly: `running` stays as it is.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }
}

function message(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}

async function printPage(browser: Browser, html: string, options: PrintOptions) {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
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
    await context.close().catch(() => undefined);
  }
}
