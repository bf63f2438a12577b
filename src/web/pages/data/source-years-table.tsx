import { DataTable } from '../../components/index.ts';
import type { KeyFigureDocument } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { yearsBySource, type SourceYears } from './source-years.ts';

/** Which years each source covers, from the years in which its key figures have numbers. */
export function SourceYearsTable({
  keyFigures,
}: {
  readonly keyFigures: readonly KeyFigureDocument[];
}) {
  const { t, f } = useI18n();
  const s = t.data.sources;
  const rows = yearsBySource(keyFigures);
  return (
    <section aria-labelledby="data-sources-title">
      <h2 id="data-sources-title">{s.title}</h2>
      {rows.length === 0 ? (
        <p>{s.none}</p>
      ) : (
        <DataTable<SourceYears>
          caption={s.caption}
          rowKey={(r) => r.source}
          rows={rows}
          columns={[
            {
              key: 'source',
              header: s.source,
              rowHeader: true,
              cell: (r) => s.names[r.source] ?? r.source,
            },
            {
              key: 'keyFigures',
              header: s.keyFigures,
              numeric: true,
              cell: (r) => f.number(r.keyFigures),
            },
            {
              key: 'years',
              header: s.years,
              numeric: true,
              cell: (r) =>
                r.firstYear === r.lastYear ? r.firstYear : `${r.firstYear}–${r.lastYear}`,
            },
          ]}
        />
      )}
    </section>
  );
}
