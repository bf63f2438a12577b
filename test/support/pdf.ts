// Reading printed PDFs back with poppler-utils (pdftotext, pdfinfo; installed by .ci/run).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A poppler tool's output; throws with its error when it fails. */
export function poppler(
  tool: 'pdftotext' | 'pdfinfo' | 'pdftoppm',
  args: readonly string[],
): string {
  const r = spawnSync(tool, [...args], { encoding: 'utf8' });
  if (r.status !== 0)
    throw new Error(`${tool} ${args.join(' ')} failed: ${r.stderr || (r.error?.message ?? '')}`);
  return r.stdout;
}

/** pdfinfo's title and page count, and the language in the PDF's catalogue (/Lang). */
export function pdfFacts(file: string): {
  readonly title: string;
  readonly pages: number;
  readonly lang: string | undefined;
} {
  const info = poppler('pdfinfo', [file]);
  const title = /^Title:\s*(.*)$/m.exec(info)?.[1]?.trim() ?? '';
  const pages = Number(/^Pages:\s*(\d+)$/m.exec(info)?.[1] ?? 0);
  const lang = /\/Lang\s*\(([^)]*)\)/.exec(readFileSync(file).toString('latin1'))?.[1];
  return { title, pages, lang };
}
