import { Link } from 'wouter';
import type { KeyFigureDocument, ValueRow } from '../../api/index.ts';
import { DataTable, InfoNumber } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { MARKERS, roleOf } from './palette.ts';
import { sharedDecimals, type Ranked } from '../../../core/index.ts';

/** All municipalities with value, rank and status; the chosen one and its peers marked in words. */
export function ValuesTable({
  keyFigure,
  year,
  yearLabel,
  unit,
  ranked,
  chosen,
  peers,
}: {
  readonly keyFigure: KeyFigureDocument;
  readonly year: number;
  /** The year with its kind: "budget 2019". */
  readonly yearLabel: string;
  /** The unit with the price level of the year's values. */
  readonly unit: string;
  readonly ranked: readonly Ranked<ValueRow>[];
  readonly chosen: string | null;
  readonly peers: ReadonlySet<string>;
}) {
  const { t, f, name } = useI18n();
  const tt = t.keyFigure.table;
  const n = ranked.filter((r) => r.rank !== null).length;
  const source = t.common.sourceNames[keyFigure.source] ?? keyFigure.source;
  const decimals = sharedDecimals(ranked.map((r) => r.row.value));
  return (
    <DataTable
      className="kf-values-table"
      caption={tt.caption(name(keyFigure), yearLabel)}
      columns={[
        {
          key: 'rank',
          header: tt.rankOf(n),
          cell: (r) => r.rank ?? '–',
          numeric: true,
        },
        {
          key: 'name',
          header: tt.municipality,
          rowHeader: true,
          cell: (r) => {
            const role = roleOf(r.row.code, chosen, peers);
            return (
              <>
                <Link href={`/kommune/${r.row.code}`}>{r.row.name}</Link>
                {role === 'chosen' ? ` ${MARKERS.chosen} ${tt.chosenMark}` : null}
                {role === 'peer' ? ` ${MARKERS.peer} ${tt.peerMark}` : null}
              </>
            );
          },
        },
        {
          key: 'value',
          header: `${tt.value} (${unit})`,
          numeric: true,
          cell: (r) =>
            r.row.value === null ? (
              <>
                <span aria-hidden="true">–</span>
                <span className="visually-hidden">{t.common.state.noValue}</span>
              </>
            ) : (
              <InfoNumber info={{ definition: `${name(keyFigure)} (${unit})`, source, year }}>
                {f.attachUnit(f.number(r.row.value, decimals), keyFigure.unit)}
              </InfoNumber>
            ),
        },
        {
          key: 'status',
          header: tt.status,
          cell: (r) => t.keyFigure.status[r.row.status] ?? r.row.status,
        },
      ]}
      rows={ranked}
      rowKey={(r) => r.row.code}
      highlight={(r) => roleOf(r.row.code, chosen, peers) !== 'other'}
    />
  );
}
