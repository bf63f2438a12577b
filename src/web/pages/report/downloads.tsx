import { reportFileUrl, type ReportChoice } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';

/**
 * The report as a file: PDF, Word (DOCX) and HTML, with the chosen year, group, prices and
 * language, and the saved draft's narratives when the viewer may edit them.
 */
export function ReportDownloads({
  code,
  choice,
}: {
  readonly code: string;
  readonly choice: ReportChoice;
}) {
  const { t } = useI18n();
  const d = t.report.downloads;
  return (
    <section className="report-downloads" aria-labelledby="report-downloads-heading">
      <h2 id="report-downloads-heading" className="report-subheading">
        {d.heading}
      </h2>
      <p className="report-download-links">
        <a
          className="button-link"
          href={reportFileUrl(code, 'pdf', choice)}
          data-testid="report-pdf"
        >
          {d.pdf}
        </a>
        <a
          className="button-link"
          href={reportFileUrl(code, 'docx', choice)}
          data-testid="report-docx"
        >
          {d.docx}
        </a>
        <a href={reportFileUrl(code, 'html', choice)} data-testid="report-html">
          {d.html}
        </a>
      </p>
      <p className="report-note">{choice.draft ? d.withDraft : d.withoutDraft}</p>
    </section>
  );
}
