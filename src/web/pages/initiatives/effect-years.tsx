import type { EffectDocument, FigureEffect } from '../../api/index.ts';
import { DataTable, type Column } from '../../components/index.ts';
import { priceLevelText } from '../../format/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { krText } from './amounts.ts';

type Estimate = FigureEffect['perYear'][number];

interface YearRow {
  readonly year: number;
  readonly estimate: Estimate | undefined;
  readonly expected: number | null;
  readonly realised: number | null;
}

const sumAt = (gains: readonly { year: number; amount: number }[], year: number) => {
  const at = gains.filter((g) => g.year === year);
  return at.length === 0 ? null : at.reduce((s, g) => s + g.amount, 0);
};

/**
 * The check's estimate per year after the start, in the figure's unit and × the target group
 * in DKK, with the gain the municipality reports for the same year beside it (its own price
 * level, said in the note): next to the claim, never instead of it.
 */
export function EffectYears({
  fig,
  claimed,
  unit,
  amountLevel,
}: {
  readonly fig: FigureEffect;
  readonly claimed: EffectDocument['claimed'];
  readonly unit: string;
  readonly amountLevel: string;
}) {
  const i18n = useI18n();
  const { t, f, locale } = i18n;
  const e = t.initiatives.effect;
  const c = e.columns;
  const years = [
    ...new Set([
      ...fig.perYear.map((y) => y.year),
      ...claimed.expected.map((g) => g.year),
      ...claimed.realised.map((g) => g.year),
    ]),
  ].sort((a, b) => a - b);
  if (years.length === 0) return null;
  const rows: YearRow[] = years.map((year) => ({
    year,
    estimate: fig.perYear.find((y) => y.year === year),
    expected: sumAt(claimed.expected, year),
    realised: sumAt(claimed.realised, year),
  }));
  const num = (v: number | null | undefined) => f.auto(v ?? null);
  const columns: readonly Column<YearRow>[] = [
    { key: 'year', header: c.year, rowHeader: true, cell: (r) => String(r.year) },
    { key: 'volume', header: c.volume, numeric: true, cell: (r) => f.volume(r.estimate?.volume) },
    {
      key: 'synthetic',
      header: c.synthetic,
      numeric: true,
      cell: (r) => (
        <Pair unit={num(r.estimate?.synthetic)} kr={krText(i18n, r.estimate?.syntheticAmount)} />
      ),
    },
    {
      key: 'did',
      header: c.did,
      numeric: true,
      cell: (r) => <Pair unit={num(r.estimate?.did)} kr={krText(i18n, r.estimate?.didAmount)} />,
    },
    { key: 'expected', header: c.expected, numeric: true, cell: (r) => krText(i18n, r.expected) },
    { key: 'realised', header: c.realised, numeric: true, cell: (r) => krText(i18n, r.realised) },
  ];
  return (
    <div data-testid="effect-years">
      <DataTable
        caption={e.perYearCaption(unit, amountLevel)}
        columns={columns}
        rows={rows}
        rowKey={(r) => String(r.year)}
        className="initiative-years-table"
      />
      <p className="initiatives-note">
        {e.perYearNote} {e.claimedPrices(priceLevelText(locale, claimed.prices))}
      </p>
    </div>
  );
}

/** An estimate in the figure's unit, and below it in kroner. */
function Pair({ unit, kr }: { readonly unit: string; readonly kr: string }) {
  return (
    <>
      {unit}
      <br />
      <span className="initiative-kr">{kr}</span>
    </>
  );
}
