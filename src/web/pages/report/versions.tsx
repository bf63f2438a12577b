import { useReportDrafts } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';

/** The draft's saved versions, newest first: number, when, and by whom. */
export function DraftVersions({ code }: { readonly code: string }) {
  const { t, f } = useI18n();
  const v = t.report.versions;
  const list = useReportDrafts(code, true);
  const items = list.data?.items ?? [];
  return (
    <section className="report-versions" aria-labelledby="report-versions-heading">
      <h2 id="report-versions-heading" className="report-subheading">
        {v.heading}
      </h2>
      {items.length === 0 ? (
        <p className="report-note">{v.empty}</p>
      ) : (
        <table className="report-version-table" data-testid="report-versions">
          <caption className="visually-hidden">{v.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{v.version}</th>
              <th scope="col">{v.saved}</th>
              <th scope="col">{v.author}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.version}>
                <td>{i.version}</td>
                <td>{f.dateTime(i.createdAt)}</td>
                <td>{i.author ?? v.unknown}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
