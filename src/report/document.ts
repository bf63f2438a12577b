import { markup, SafeHtml } from './html.ts';
import { REPORT_CSS } from './styles.ts';
import type { ReportLang } from './steering-text.ts';

/** What a report document holds: its title and language, the body's HTML and extra CSS. */
export interface ReportDocument {
  /** The document's title (escaped): the PDF's title and the browser tab's. */
  readonly title: string;
  readonly lang: ReportLang;
  /** The body's HTML, already built and escaped (e.g. steeringSectionHtml). */
  readonly body: string;
  /** Styles after the report's own (REPORT_CSS): the sections' (e.g. STEERING_CSS). */
  readonly css?: string;
}

/**
 * A whole HTML document for the report: its language, title, A4 print CSS with the system's
 * fonts, and no script or external resource, so it prints the same with the network blocked.
 * @example reportHtml({ title: 'Styring', lang: 'da', body: steeringSectionHtml(doc, 'da'), css: STEERING_CSS })
 */
export function reportHtml(d: ReportDocument): string {
  const body = new SafeHtml(d.body);
  const css = new SafeHtml(`${REPORT_CSS}${d.css ?? ''}`.replace(/<\//g, '<\\/'));
  return markup`<!doctype html>
<html lang="${d.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Potentiale">
<title>${d.title}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`.value;
}
