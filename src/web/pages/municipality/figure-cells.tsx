import type { ReactNode } from 'react';
import type { PackageDocument, Warning } from '../../api/index.ts';
import { InfoNumber, type NumberSource } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { figureUnit, type PackageFigure } from './figure-info.ts';
import { WarningDisclosures } from './warning-note.tsx';

// The cells a package figure's row has wherever it is shown: in its theme's table (FigureRow)
// and in the overview's top 10 (TopPotentials).

/** "–" on screen, "ingen værdi" to a screen reader: a number the figure does not have. */
export function NoValue() {
  const { t } = useI18n();
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t.municipality.figure.noValue}</span>
    </>
  );
}

/**
 * Under the figure's name: its unit with the price level, and its year kind when it differs
 * from the package's ("budget 2019" in a package of accounts).
 */
export function FigureNotes({
  unit,
  row,
  pkg,
}: {
  /** The figure's own unit ("kr. pr. indb."); empty when unknown. */
  readonly unit: string;
  readonly row: Pick<PackageFigure, 'yearKind'>;
  readonly pkg: Pick<PackageDocument, 'prices' | 'year' | 'yearKind'>;
}) {
  const { t, locale } = useI18n();
  const shown = unit ? figureUnit(locale, unit, pkg) : '';
  const kind =
    row.yearKind && row.yearKind !== pkg.yearKind
      ? t.common.kindYear(t.common.yearKinds[row.yearKind] ?? row.yearKind, pkg.year)
      : null;
  return (
    <>
      {shown ? <span className="figure-unit">{t.municipality.figure.unit(shown)}</span> : null}
      {kind ? <span className="figure-kind">{kind}</span> : null}
    </>
  );
}

/**
 * A number of the figure (own value, benchmark, rank, potential) in its cell, with where it
 * comes from on demand (InfoNumber); NoValue when it is null. `after` follows the number
 * (the potential's word).
 */
export function NumberCell({
  label,
  info,
  text,
  className = 'num',
  after,
}: {
  /** The column's name, shown before the number when the table is a list of cards. */
  readonly label: string;
  readonly info: NumberSource;
  /** The number as written; null when the figure has none. */
  readonly text: string | null;
  readonly className?: string;
  readonly after?: ReactNode;
}) {
  return (
    <td className={className} data-label={label}>
      <span className="cell">
        {text === null ? (
          <NoValue />
        ) : (
          <>
            <InfoNumber info={info}>{text}</InfoNumber>
            {after}
          </>
        )}
      </span>
    </td>
  );
}

/** The figure's own value and its benchmark, two cells, each with where it comes from. */
export function ValueCells({
  row,
  info,
  labels,
}: {
  readonly row: Pick<PackageFigure, 'value' | 'benchmark'>;
  readonly info: { readonly own: NumberSource; readonly benchmark: NumberSource };
  /** The columns' names: "Egen værdi", "Benchmark". */
  readonly labels: { readonly value: string; readonly benchmark: string };
}) {
  const { f } = useI18n();
  return (
    <>
      <NumberCell
        label={labels.value}
        info={info.own}
        text={row.value === null ? null : f.auto(row.value)}
      />
      <NumberCell
        label={labels.benchmark}
        info={info.benchmark}
        text={row.benchmark === null ? null : f.auto(row.benchmark)}
      />
    </>
  );
}

/** The warnings about the figure, each a disclosure with its message. */
export function FigureWarnings({ warnings }: { readonly warnings: readonly Warning[] }) {
  return (
    <WarningDisclosures
      className="figure-warnings"
      warnings={warnings.map((warning) => ({ warning }))}
    />
  );
}
