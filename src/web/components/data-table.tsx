import type { ReactNode } from 'react';

export interface Column<T> {
  readonly key: string;
  readonly header: ReactNode;
  readonly cell: (row: T) => ReactNode;
  /** Right-aligned, tabular figures. */
  readonly numeric?: boolean;
  /** This column names the row (a <th scope="row">). */
  readonly rowHeader?: boolean;
}

/** A plain, accessible table: caption, column and row headers, numbers aligned. */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  highlight,
  className,
}: {
  readonly caption: ReactNode;
  readonly columns: readonly Column<T>[];
  readonly rows: readonly T[];
  readonly rowKey: (row: T) => string;
  readonly highlight?: (row: T) => boolean;
  readonly className?: string;
}) {
  return (
    <div
      className={`table-scroll ${className ?? ''}`.trim()}
      tabIndex={0}
      role="region"
      aria-label={typeof caption === 'string' ? caption : undefined}
    >
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)} className={highlight?.(r) ? 'highlight' : undefined}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row" className={c.numeric ? 'num' : undefined}>
                    {c.cell(r)}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'num' : undefined}>
                    {c.cell(r)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
