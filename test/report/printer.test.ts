import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { PotentialeError } from '../../src/core/index.ts';
import { smallReportModel } from '../support/report-model.ts';
import {
  chromiumPath,
  ReportPrinter,
  reportDocumentHtml,
  reportHtml,
} from '../../src/report/index.ts';

const chromium = chromiumPath(process.env);
const dir = mkdtempSync(join(tmpdir(), 'potentiale-printer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A PDF read back with poppler: pdfinfo's fields and pdftotext's text. */
function readPdf(pdf: Uint8Array, name: string) {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const field = (k: string) => new RegExp(`^${k}:\\s*(.*)$`, 'm').exec(info)?.[1]?.trim();
  return {
    title: field('Title'),
    tagged: field('Tagged'),
    pages: Number(field('Pages')),
    size: field('Page size'),
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
    lang: /\/Lang \(([^)]*)\)/.exec(Buffer.from(pdf).toString('latin1'))?.[1],
    // pdffonts: a table after two header lines; the fourth-from-last column says "emb".
    fonts: execFileSync('pdffonts', [file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '')
      .map((l) => ({ name: l.split(/\s+/)[0] ?? '', embedded: l.split(/\s+/).at(-5) === 'yes' })),
  };
}

/** A launcher that counts its browsers, so a test can close one behind the printer's back. */
function counting(breakEach = false) {
  const browsers: Browser[] = [];
  const launch = async (executablePath: string) => {
    const { chromium: c } = await import('playwright-core');
    const browser = await c.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
    browsers.push(browser);
    // A browser that dies at once: every print in it fails.
    if (breakEach) await browser.close();
    return browser;
  };
  return { browsers, launch };
}

const page = (k: number) =>
  reportHtml({ title: `Side ${k}`, lang: 'da', body: `<h1>Dokument ${k}</h1><p>Tekst ${k}.</p>` });

describe.runIf(existsSync(chromium))('ReportPrinter', () => {
  it('prints a report as a tagged A4 PDF with its title, language and page numbers', async () => {
    const model = smallReportModel();
    const printer = await ReportPrinter.launch({ concurrency: 1 });
    let pdf: Uint8Array;
    try {
      pdf = await printer.print(reportDocumentHtml(model), { title: model.title, lang: 'da' });
    } finally {
      await printer.close();
    }
    const read = readPdf(pdf, 'small');
    expect(read.title).toBe(model.title);
    expect(read.lang).toBe('da');
    expect(read.tagged).toBe('yes');
    expect(read.size).toContain('(A4)');
    expect(read.fonts.length).toBeGreaterThan(0);
    expect(read.fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(read.fonts.map((f) => f.name).join(' ')).toContain('LiberationSans');
    expect(read.pages).toBeGreaterThan(1);
    expect(read.text).toContain('Side 1 af');
    expect(read.text).toContain(`Side ${read.pages} af ${read.pages}`);
    expect(read.text).toMatch(/kommunens tekst/i);
    expect(read.text).toContain('Strukturprofil');
    // Links: only the model's http(s) and mailto addresses (javascript: stayed text); the
    // table of contents and the footnote marks are links inside the document.
    const bytes = Buffer.from(pdf).toString('latin1');
    expect([...bytes.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]).sort()).toEqual([
      'https://example.dk/aeldre?a=1&b=%222%22',
      'mailto:a@b.dk',
    ]);
    expect(bytes.match(/\/Dest/g)?.length).toBeGreaterThan(6);
    // The chart's text is real text in the PDF, in Danish number format.
    expect(read.text).toContain('13.100');
  });

  it('prints many documents in one browser, up to `concurrency` at once', async () => {
    const { browsers, launch } = counting();
    const printer = await ReportPrinter.launch({ concurrency: 2, launch });
    try {
      const pdfs = await Promise.all(
        [1, 2, 3, 4, 5].map((k) => printer.print(page(k), { title: `Side ${k}`, lang: 'da' })),
      );
      expect(browsers).toHaveLength(1);
      pdfs.forEach((pdf, k) =>
        expect(readPdf(pdf, `many-${k}`).text).toContain(`Dokument ${k + 1}`),
      );
    } finally {
      await printer.close();
    }
    await expect(printer.print(page(6), { title: 'x', lang: 'da' })).rejects.toThrow(/lukket/);
  });

  it('launches the browser again and retries when it was closed behind its back', async () => {
    const { browsers, launch } = counting();
    const printer = await ReportPrinter.launch({ concurrency: 2, launch });
    try {
      await printer.print(page(1), { title: 'Første', lang: 'da' });
      await browsers[0]?.close();
      const pdf = await printer.print(page(2), { title: 'Anden', lang: 'en' });
      expect(readPdf(pdf, 'retried').text).toContain('Page 1 of 1');
      expect(browsers).toHaveLength(2);
      // The new browser serves the prints after it, too.
      await printer.print(page(3), { title: 'Tredje', lang: 'da' });
      expect(browsers).toHaveLength(2);
    } finally {
      await printer.close();
    }
  });

  it('refuses with a PotentialeError naming the print when the retry fails too', async () => {
    const { browsers, launch } = counting(true);
    const printer = await ReportPrinter.launch({ launch });
    try {
      const failure = printer.print(page(1), { title: 'Læsø 2018', lang: 'da' });
      await expect(failure).rejects.toBeInstanceOf(PotentialeError);
      await expect(failure).rejects.toThrow(/Chromium fejlede to gange.*"Læsø 2018"/);
      expect(browsers).toHaveLength(2);
    } finally {
      await printer.close();
    }
  });
});

/** A stand-in browser whose pages take a while to print and count how many print at once. */
function fakeBrowser() {
  const seen = { now: 0, most: 0, prints: 0 };
  const page = {
    route: async () => undefined,
    setContent: async () => undefined,
    pdf: async () => {
      seen.now += 1;
      seen.most = Math.max(seen.most, seen.now);
      await new Promise((resolve) => setTimeout(resolve, 20));
      seen.now -= 1;
      seen.prints += 1;
      return Buffer.from('%PDF-1.4');
    },
  };
  const browser = {
    isConnected: () => true,
    close: async () => undefined,
    newContext: async () => ({ newPage: async () => page, close: async () => undefined }),
  };
  return { seen, browser: browser as unknown as Browser };
}

describe('ReportPrinter.launch(options)', () => {
  it('prints at most `concurrency` pages at once, and every print in the end', async () => {
    const { seen, browser } = fakeBrowser();
    const printer = await ReportPrinter.launch({ concurrency: 3, launch: async () => browser });
    await Promise.all(
      Array.from({ length: 10 }, (_, k) => printer.print(page(k), { title: 'x', lang: 'da' })),
    );
    await printer.close();
    expect(seen).toEqual({ now: 0, most: 3, prints: 10 });
  });

  it('refuses in Danish, naming apt-get, when Chromium is missing', async () => {
    await expect(ReportPrinter.launch({ executablePath: '/nonexistent/chromium' })).rejects.toThrow(
      /Chromium findes ikke på \/nonexistent\/chromium.*apt-get install chromium/,
    );
  });
});
