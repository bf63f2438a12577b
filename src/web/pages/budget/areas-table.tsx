import type { DeviationArea } from '../../api/index.ts';
import { DataTable, type Column } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { DeviationCell, FlagBadge } from './deviation-cell.tsx';

/**
 * The municipality's areas × years: per cell the deviation in kr. per inhabitant, per cent of
 * the budget and kroner in total; each area's name with its function number and its flag.
 */
export function AreasTable({
  areas,
  years,
  unit,
}: {
  readonly areas: readonly DeviationArea[];
  readonly years: readonly number[];
  /** "kr. pr. indbygger, løbende priser". */
  readonly unit: string;
}) {
  const { t } = useI18n();
  const b = t.budget;
  const columns: Column<DeviationArea>[] = [
    {
      key: 'area',
      header: b.table.area,
      rowHeader: true,
      cell: (a) => (
        <span className="budget-area-name" data-area={a.area}>
          <span lang="da">{a.name}</span> <span className="budget-function">{a.area}</span>
          {a.flagged ? (
            <>
              {' '}
              <FlagBadge />
            </>
          ) : null}
        </span>
      ),
    },
    ...years.map((year): Column<DeviationArea> => ({
      key: String(year),
      header: String(year),
      numeric: true,
      cell: (a) => <DeviationCell year={a.years.find((y) => y.year === year)} withAmount />,
    })),
  ];
  return (
    <DataTable
      caption={b.table.caption(unit)}
      columns={columns}
      rows={areas}
      rowKey={(a) => a.area}
      highlight={(a) => a.flagged}
      className="budget-areas"
    />
  );
}
