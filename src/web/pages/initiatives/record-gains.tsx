import { useKeyFigures, type InitiativeDocument } from '../../api/index.ts';
import { DataTable, type Column } from '../../components/index.ts';
import { priceLevelText, unitWithPrices } from '../../format/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { kindYear } from '../key-figure/prices.ts';
import { krText } from './amounts.ts';

interface GainRow {
  readonly year: number | 'total';
  readonly expected: number | null;
  readonly realised: number | null;
}

/**
 * The gains per year of a list of expected and realised gains, in the initiative's level, and
 * the totals row when given (in the sector's one level: amounts of several years' current
 * prices are never added as they are).
 */
export function gainRows(
  expected: readonly { year: number; amount: number }[],
  realised: readonly { year: number; amount: number }[],
  totals?: { readonly expected: number; readonly realised: number },
): GainRow[] {
  const years = [...new Set([...expected, ...realised].map((g) => g.year))].sort((a, b) => a - b);
  const sumOf = (gs: readonly { year: number; amount: number }[], year: number) => {
    const at = gs.filter((g) => g.year === year);
    return at.length === 0 ? null : at.reduce((s, g) => s + g.amount, 0);
  };
  const rows: GainRow[] = years.map((year) => ({
    year,
    expected: sumOf(expected, year),
    realised: sumOf(realised, year),
  }));
  return rows.length === 0 || totals === undefined
    ? rows
    : [...rows, { year: 'total', expected: totals.expected, realised: totals.realised }];
}

/** The expected and realised gains the municipality reports, per year, in its price level. */
export function Gains({ d }: { readonly d: InitiativeDocument }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const r = t.initiatives.record;
  const rows = gainRows(d.expected, d.realised, d.totals.unconverted === 0 ? d.totals : undefined);
  const columns: readonly Column<GainRow>[] = [
    {
      key: 'year',
      header: r.year,
      rowHeader: true,
      cell: (g) =>
        g.year === 'total'
          ? `${r.total} (${priceLevelText(locale, d.totals.prices)})`
          : String(g.year),
    },
    { key: 'expected', header: r.expected, numeric: true, cell: (g) => krText(i18n, g.expected) },
    { key: 'realised', header: r.realised, numeric: true, cell: (g) => krText(i18n, g.realised) },
  ];
  return (
    <section aria-labelledby="initiative-gains-heading">
      <h2 id="initiative-gains-heading">{r.gains}</h2>
      <p className="initiatives-note">{r.gainsLead}</p>
      {rows.length === 0 ? (
        <p>{r.noGains}</p>
      ) : (
        <DataTable
          caption={r.gainsCaption(priceLevelText(locale, d.prices))}
          columns={columns}
          rows={rows}
          rowKey={(g) => String(g.year)}
          highlight={(g) => g.year === 'total'}
          className="initiative-gains-table"
        />
      )}
    </section>
  );
}

/** Each linked figure's value before the start, with its unit, price level and year kind. */
export function Baselines({ d }: { readonly d: InitiativeDocument }) {
  const { t, f, locale, name } = useI18n();
  const r = t.initiatives.record;
  const figures = useKeyFigures();
  type Row = InitiativeDocument['baselines'][number];
  const figureName = (id: string) => {
    const k = figures.data?.find((x) => x.id === id);
    return k ? name(k) : id;
  };
  const columns: readonly Column<Row>[] = [
    { key: 'figure', header: r.keyFigures, rowHeader: true, cell: (b) => figureName(b.keyFigure) },
    { key: 'year', header: r.baselineYear, cell: (b) => kindYear(t, b.year, b.yearKind) },
    {
      key: 'value',
      header: r.baselineValue,
      numeric: true,
      cell: (b) =>
        f.attachUnit(
          f.auto(b.value),
          unitWithPrices(locale, b.unit, b.prices, b.year, { plain: true }),
        ),
    },
  ];
  if (d.keyFigures.length === 0) return null;
  return (
    <section aria-labelledby="initiative-baselines-heading">
      <h2 id="initiative-baselines-heading">{r.baselines}</h2>
      <p className="initiatives-note">{r.baselinesLead}</p>
      {d.baselines.length === 0 ? (
        <p>{r.noBaselines}</p>
      ) : (
        <DataTable
          caption={r.baselinesCaption}
          columns={columns}
          rows={d.baselines}
          rowKey={(b) => b.keyFigure}
          className="initiative-baselines-table"
        />
      )}
    </section>
  );
}
