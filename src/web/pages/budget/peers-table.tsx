import type { DeviationArea, DeviationDocument, DeviationYear } from '../../api/index.ts';
import { DataTable, type Column } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { DeviationCell, FlagBadge } from './deviation-cell.tsx';

interface PeerRow {
  readonly code: string;
  readonly name: string;
  readonly own: boolean;
  readonly flagged: boolean;
  readonly years: readonly DeviationYear[];
}

/**
 * The peers' deviations on the chosen area beside the municipality's own, municipalities ×
 * years, and below the table every public explanation on the area (the municipality's own
 * ones too, internal ones only for its users: the API leaves out what the reader may not see).
 */
export function PeersTable({
  doc,
  area,
  unit,
}: {
  readonly doc: DeviationDocument;
  readonly area: DeviationArea;
  readonly unit: string;
}) {
  const { t, locale } = useI18n();
  const p = t.budget.peers;
  const peers = doc.peers.areas.find((a) => a.area === area.area)?.municipalities ?? [];
  const rows: PeerRow[] = [
    { ...doc.municipality, own: true, flagged: area.flagged, years: area.years },
    ...peers.map((m) => ({ ...m.municipality, own: false, flagged: m.flagged, years: m.years })),
  ];
  const years = [...new Set(rows.flatMap((r) => r.years.map((y) => y.year)))].sort((a, b) => a - b);
  const columns: Column<PeerRow>[] = [
    {
      key: 'municipality',
      header: p.municipality,
      rowHeader: true,
      cell: (r) => (
        <span data-code={r.code}>
          {r.name}
          {r.own ? ` ${p.own}` : ''}
          {r.flagged ? (
            <>
              {' '}
              <FlagBadge />
            </>
          ) : null}
        </span>
      ),
    },
    ...years.map((year): Column<PeerRow> => ({
      key: String(year),
      header: String(year),
      numeric: true,
      cell: (r) => <DeviationCell year={r.years.find((y) => y.year === year)} />,
    })),
  ];
  const explained = rows.flatMap((r) =>
    [...r.years]
      .reverse()
      .flatMap((y) => (y.explanation ? [{ row: r, year: y.year, e: y.explanation }] : [])),
  );
  const group = locale === 'da' ? doc.peers.nameDa : doc.peers.nameEn;
  return (
    <section aria-labelledby="budget-peers-heading" data-testid="budget-peers">
      <h3 id="budget-peers-heading">{p.heading}</h3>
      {peers.length === 0 ? (
        <p>{p.none}</p>
      ) : (
        <>
          <p className="budget-note">{p.lead(group || t.common.peerGroups['nearest'] || '')}</p>
          <DataTable
            caption={p.caption(area.name, area.area, unit)}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.code}
            highlight={(r) => r.own}
            className="budget-peers-table"
          />
        </>
      )}
      <h4>{p.explanations}</h4>
      {explained.length === 0 ? (
        <p data-testid="budget-peer-explanations">{p.noExplanations}</p>
      ) : (
        <ul className="budget-peer-explanations" data-testid="budget-peer-explanations">
          {explained.map(({ row, year, e }) => (
            <li key={`${row.code}-${year}`} data-code={row.code} data-year={year}>
              <strong>
                {row.name}, {year}
              </strong>{' '}
              ({t.budget.causes[e.cause] ?? e.cause}
              {e.visibility === 'internal'
                ? `, ${t.budget.explanations.internal.toLowerCase()}`
                : ''}
              ): <span lang="da">{e.text}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
