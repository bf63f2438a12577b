import type { KeyFigureDocument, PackageDocument } from '../../api/index.ts';
import { InfoNumber } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { figureUnit, formatMoney, packagePrices } from './figure-info.ts';

/**
 * The cross-area figures (Serviceudgifter, Nettodriftsudgifter, …) beside the package: the
 * municipality's overall level against the benchmark, never added to the package's sums
 * (DESIGN.md §3.4a).
 */
export function Aggregates({
  pkg,
  keyFigures,
}: {
  readonly pkg: PackageDocument;
  readonly keyFigures: ReadonlyMap<string, KeyFigureDocument>;
}) {
  const { t, f, locale, name } = useI18n();
  const m = t.municipality.aggregates;
  if (pkg.aggregates.length === 0) return null;
  const prices = packagePrices(locale, pkg);
  return (
    <div className="muni-aggregates" data-testid="package-aggregates">
      <h3>{m.heading}</h3>
      <p className="muni-aggregates-lead">{m.lead}</p>
      <div className="table-scroll" role="region" aria-label={m.caption(prices)} tabIndex={0}>
        {/* Explicit roles keep the table's meaning when a phone's layout stacks its cells. */}
        <table role="table">
          <caption className="visually-hidden">{m.caption(prices)}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                {m.figure}
              </th>
              <th scope="col" role="columnheader" className="num">
                {m.value}
              </th>
              <th scope="col" role="columnheader" className="num">
                {m.benchmark}
              </th>
              <th scope="col" role="columnheader" className="num">
                {m.difference}
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {pkg.aggregates.map((a) => {
              const k = keyFigures.get(a.keyFigureId);
              const label = k ? name(k) : a.nameDa;
              const unit = figureUnit(locale, k?.unit ?? '', pkg);
              const kind = a.yearKind ?? undefined;
              const info = (definition: string) => ({
                definition,
                source: k ? (t.common.sourceNames[k.source] ?? k.source) : undefined,
                year: pkg.year,
                kind,
                prices,
              });
              return (
                <tr key={a.keyFigureId} role="row" data-key-figure={a.keyFigureId}>
                  <th scope="row" role="rowheader">
                    {label}
                    {unit ? <span className="figure-unit">{unit}</span> : null}
                    {a.yearKind && a.yearKind !== pkg.yearKind ? (
                      <span className="figure-kind">
                        {t.common.kindYear(t.common.yearKinds[a.yearKind] ?? a.yearKind, pkg.year)}
                      </span>
                    ) : null}
                  </th>
                  <td role="cell" className="num" data-label={m.value}>
                    <InfoNumber info={info(`${label} (${unit})`)}>{f.auto(a.value)}</InfoNumber>
                  </td>
                  <td role="cell" className="num" data-label={m.benchmark}>
                    <InfoNumber info={info(`${t.common.controls.benchmark} (${unit})`)}>
                      {f.auto(a.benchmark)}
                    </InfoNumber>
                  </td>
                  <td role="cell" className="num" data-label={m.difference}>
                    <InfoNumber info={info(m.differenceDefinition(label))}>
                      {formatMoney(f, a.potential)}
                    </InfoNumber>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
