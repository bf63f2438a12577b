import { ReportPrinter, type PrintOptions } from './printer.ts';

/** What printPdf needs besides the HTML. */
export interface PdfOptions extends PrintOptions {
  /** The browser; default chromiumPath(process.env). */
  readonly executablePath?: string;
}

/**
 * Prints one HTML document (reportHtml) to an A4 PDF: a ReportPrinter launched for this print
 * and closed after it, also on errors (see ReportPrinter for what the PDF holds). For many
 * documents, launch one ReportPrinter and share it.
 */
export async function printPdf(document: string, options: PdfOptions): Promise<Uint8Array> {
  const printer = await ReportPrinter.launch({
    concurrency: 1,
    ...(options.executablePath === undefined ? {} : { executablePath: options.executablePath }),
  });
  try {
    return await printer.print(document, { title: options.title, lang: options.lang });
  } finally {
    await printer.close();
  }
}
