import { DataTable } from '../../components/index.ts';
import type { ImportRecord } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { splitPath } from './source-years.ts';

type Diagnostic = ImportRecord['diagnostics'][number];

/** The address of an import's diagnostics on the page. */
export function diagnosticsId(record: ImportRecord): string {
  return `diagnostik-${record.id}`;
}

/** Opens an import's diagnostics before the browser goes to them (a link from the table). */
export function openDiagnostics(record: ImportRecord): void {
  const details = document.getElementById(diagnosticsId(record));
  if (details instanceof HTMLDetailsElement) details.open = true;
  requestAnimationFrame(() => details?.querySelector('summary')?.focus({ preventScroll: true }));
}

/**
 * What each import noticed (file, line, field, value), folded away until asked for: the
 * real data give hundreds of informational lines.
 */
export function ImportDiagnostics({ imports }: { readonly imports: readonly ImportRecord[] }) {
  const { t, f } = useI18n();
  const s = t.data.diagnostics;
  const withDiagnostics = imports.filter((i) => i.diagnostics.length > 0);
  return (
    <section aria-labelledby="data-diagnostics-title">
      <h2 id="data-diagnostics-title">{s.title}</h2>
      <p>{s.intro}</p>
      {withDiagnostics.length === 0 ? <p>{s.none}</p> : null}
      {withDiagnostics.map((record) => {
        const name = splitPath(record.fileName).name;
        return (
          <details key={record.id} id={diagnosticsId(record)} className="data-diagnostics">
            <summary>{s.summary(name, record.diagnostics.length)}</summary>
            <DataTable<Diagnostic & { readonly index: number }>
              caption={s.caption(record.fileName)}
              rowKey={(d) => String(d.index)}
              rows={record.diagnostics.map((d, index) => ({ ...d, index }))}
              columns={[
                {
                  key: 'line',
                  header: s.line,
                  numeric: true,
                  cell: (d) => (d.line === null ? '–' : f.number(d.line)),
                },
                {
                  key: 'field',
                  header: s.field,
                  cell: (d) => <span lang="da">{d.field ?? '–'}</span>,
                },
                {
                  key: 'value',
                  header: s.value,
                  cell: (d) => <span lang="da">{d.value ?? '–'}</span>,
                },
                // Stored with the import, in Danish: marked so, not passed off as English.
                {
                  key: 'message',
                  header: s.message,
                  cell: (d) => <span lang="da">{d.message}</span>,
                },
                {
                  key: 'severity',
                  header: s.severity,
                  cell: (d) => s.severities[d.severity] ?? d.severity,
                },
              ]}
            />
          </details>
        );
      })}
    </section>
  );
}
