import { DataTable } from '../../components/index.ts';
import type { ImportRecord } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { diagnosticsId, openDiagnostics } from './diagnostics.tsx';
import { splitPath } from './source-years.ts';

/** Every import's provenance: file, format, times, what it changed, status and diagnostics. */
export function ImportsTable({ imports }: { readonly imports: readonly ImportRecord[] }) {
  const { t, f } = useI18n();
  const s = t.data.imports;
  const count = (n: number) => f.number(n);
  return (
    <section aria-labelledby="data-imports-title">
      <h2 id="data-imports-title">{s.title}</h2>
      {imports.length === 0 ? (
        <p>{s.none}</p>
      ) : (
        <>
          <DataTable<ImportRecord>
            className="data-imports"
            caption={s.caption}
            rowKey={(r) => String(r.id)}
            rows={imports}
            columns={[
              {
                key: 'file',
                header: s.file,
                rowHeader: true,
                cell: (r) => {
                  const { name, folder } = splitPath(r.fileName);
                  return (
                    <>
                      {/* The source's own file name, as it was given. */}
                      <span className="data-file-name" lang="da" translate="no">
                        {name}
                      </span>
                      <span className="data-file-format">
                        {t.data.formats[r.format] ?? r.format}
                      </span>
                      <span className="data-file-folder">
                        {folder ? `${folder} · ` : ''}
                        {s.bytes(f.number(r.byteSize / 1024))}
                      </span>
                    </>
                  );
                },
              },
              {
                key: 'importedAt',
                header: s.importedAt,
                cell: (r) => <time dateTime={r.importedAt}>{f.dateTime(r.importedAt)}</time>,
              },
              {
                key: 'exportedBy',
                header: s.exportedBy,
                cell: (r) =>
                  r.exportedBy ? (
                    // The export's own date line, in the source's language.
                    <span lang="da">{r.exportedBy}</span>
                  ) : (
                    <span className="data-muted">{s.noExport}</span>
                  ),
              },
              {
                key: 'keyFigures',
                header: s.keyFigures,
                numeric: true,
                cell: (r) => count(r.keyFigures),
              },
              { key: 'rows', header: s.rows, numeric: true, cell: (r) => count(r.rowsRead) },
              {
                key: 'inserted',
                header: s.inserted,
                numeric: true,
                cell: (r) => count(r.inserted),
              },
              { key: 'updated', header: s.updated, numeric: true, cell: (r) => count(r.updated) },
              {
                key: 'unchanged',
                header: s.unchanged,
                numeric: true,
                cell: (r) => count(r.unchanged),
              },
              {
                key: 'status',
                header: s.status,
                cell: (r) => t.data.statuses[r.status] ?? r.status,
              },
              {
                key: 'diagnostics',
                header: s.diagnostics,
                numeric: true,
                cell: (r) =>
                  r.diagnostics.length === 0 ? (
                    count(0)
                  ) : (
                    <a
                      href={`#${diagnosticsId(r)}`}
                      onClick={() => openDiagnostics(r)}
                      aria-label={t.data.diagnostics.summary(
                        splitPath(r.fileName).name,
                        r.diagnostics.length,
                      )}
                    >
                      {count(r.diagnostics.length)}
                    </a>
                  ),
              },
            ]}
          />
          <dl className="data-legend">
            <div>
              <dt>{s.rows}</dt>
              <dd>{s.rowsInfo}</dd>
            </div>
            <div>
              <dt>{s.inserted}</dt>
              <dd>{s.insertedInfo}</dd>
            </div>
            <div>
              <dt>{s.updated}</dt>
              <dd>{s.updatedInfo}</dd>
            </div>
            <div>
              <dt>{s.unchanged}</dt>
              <dd>{s.unchangedInfo}</dd>
            </div>
          </dl>
        </>
      )}
    </section>
  );
}
