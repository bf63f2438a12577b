import type { ReactNode } from 'react';
import type { ValueRow } from '../../api/index.ts';
import { DataTable, type Column } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';

/** The map's numbers as a table, in rank order: name (a link when `onSelect`), value, rank. */
export function MapTable({
  caption,
  rows,
  ranks,
  unit,
  selected,
  onSelect,
  note,
}: {
  readonly caption: string;
  /** The rows in rank order (sortByRank). */
  readonly rows: readonly ValueRow[];
  readonly ranks: ReadonlyMap<string, number>;
  readonly unit: string;
  readonly selected: string | undefined;
  readonly onSelect: ((code: string) => void) | undefined;
  /** Below the table: the polarity and the source. */
  readonly note: ReactNode;
}) {
  const { t, f } = useI18n();
  const tm = t.home.denmarkMap;
  const columns: readonly Column<ValueRow>[] = [
    {
      key: 'name',
      header: t.common.table.municipality,
      rowHeader: true,
      cell: (r) =>
        onSelect ? (
          <button type="button" className="link-button" onClick={() => onSelect(r.code)}>
            {r.name}
          </button>
        ) : (
          r.name
        ),
    },
    {
      key: 'value',
      // The unit may wrap, so that it does not make the column as wide as a phone.
      header: (
        <>
          {t.common.table.value} <span className="dm-unit">({unit})</span>
        </>
      ),
      numeric: true,
      cell: (r) => (r.value === null ? tm.noValue : f.auto(r.value)),
    },
    {
      key: 'rank',
      header: t.common.table.rank,
      numeric: true,
      cell: (r) => ranks.get(r.code) ?? '',
    },
  ];
  return (
    <div className="dm-table">
      <DataTable
        caption={caption}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        highlight={(r) => r.code === selected}
      />
      <p className="dm-note">{note}</p>
    </div>
  );
}
