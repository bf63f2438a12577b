import { Fragment } from 'react';
import { Link } from 'wouter';
import { InfoNumber } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { sharedDecimals } from '../key-figure/decimals.ts';
import { kindYear, valuesUnit } from '../key-figure/prices.ts';
import { bestValue, rankByPolarity } from '../../../core/index.ts';
import { COLOURS, SYMBOLS } from './markers.ts';
import type { FigureValues } from './use-theme-values.ts';

/**
 * One row per key figure, one column per municipality: its value with unit and its rank among
 * all municipalities; the best value among the chosen marked in words (and a background).
 */
export function CompareTable({
  theme,
  codes,
  names,
  figures,
}: {
  readonly theme: string;
  readonly codes: readonly string[];
  readonly names: ReadonlyMap<string, string>;
  readonly figures: readonly FigureValues[];
}) {
  const { t, f, name, locale } = useI18n();
  const c = t.compare;
  return (
    <div
      className="table-scroll cmp-table"
      tabIndex={0}
      role="region"
      aria-label={c.caption(theme, codes.length)}
    >
      {/* Explicit roles keep the table's meaning when a phone's layout stacks its cells. */}
      <table role="table">
        <caption>{c.caption(theme, codes.length)}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {c.figure}
            </th>
            {codes.map((code, i) => (
              <th key={code} scope="col" role="columnheader" className="num" data-code={code}>
                <span aria-hidden="true" style={{ color: COLOURS[i] }}>
                  {SYMBOLS[i]}
                </span>{' '}
                {names.get(code) ?? code}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {figures.map(({ keyFigure: k, doc }) => {
            const ranked = doc ? rankByPolarity(doc.values, k.polarity) : [];
            const n = ranked.filter((r) => r.rank !== null).length;
            const chosen = codes.map((code) => ranked.find((r) => r.row.code === code));
            const best = bestValue(
              chosen.map((r) => r?.row.value ?? null),
              k.polarity,
            );
            const source = t.common.sourceNames[k.source] ?? k.source;
            const decimals = sharedDecimals(chosen.map((r) => r?.row.value ?? null));
            // The year with its kind ("budget 2019") and the unit with its price level.
            const unit = valuesUnit(locale, k.unit, doc ?? undefined);
            // The unit says the level it is shown in; this says why it is not the year's own.
            const unconverted = doc?.unconverted
              ? t.common.prices.unconverted(String(doc.year))
              : null;
            return (
              <tr key={k.id} role="row" data-figure={k.id} data-year={doc?.year ?? ''}>
                <th scope="row" role="rowheader">
                  <Link href={`/noegletal/${encodeURIComponent(k.id)}`}>{name(k)}</Link>
                  <span className="cmp-meta">
                    {unit}
                    {doc ? ` · ${kindYear(t, doc.year, doc.yearKind)}` : ''}
                    {k.polarity === 'neutral' ? ` · ${c.noDirection}` : ''}
                  </span>
                  {unconverted ? (
                    <span className="cmp-meta cmp-unconverted">
                      <span aria-hidden="true">⚠ </span>
                      {unconverted}
                    </span>
                  ) : null}
                </th>
                {codes.map((code, i) => {
                  const r = chosen[i];
                  const v = r?.row.value ?? null;
                  const isBest = v !== null && best !== null && v === best && codes.length > 1;
                  return (
                    <td
                      key={code}
                      role="cell"
                      className={`num${isBest ? ' cmp-best' : ''}`}
                      data-code={code}
                      data-label={`${SYMBOLS[i]}\u00a0${names.get(code) ?? code}`}
                    >
                      {!doc || v === null ? (
                        <span className="cmp-missing">{c.noValue}</span>
                      ) : (
                        <>
                          <InfoNumber
                            info={{
                              definition: `${name(k)} (${unit})`,
                              source,
                              year: doc.year,
                              kind: doc.yearKind ?? undefined,
                            }}
                          >
                            <span className="cmp-value">
                              {unbroken(f.attachUnit(f.number(v, decimals), k.unit))}
                            </span>
                          </InfoNumber>
                          <span className="cmp-rank">
                            {c.rankLabel}{' '}
                            {r?.rank === null || r === undefined ? '–' : c.rankOf(r.rank, n)}
                          </span>
                          {isBest ? <strong className="cmp-best-mark">★ {c.best}</strong> : null}
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Text that may wrap between words but never inside one: a narrow column would otherwise break
 * a unit at its hyphen ("67+-" / "årig").
 */
function unbroken(text: string) {
  return text.split(' ').map((word, i) => (
    <Fragment key={i}>
      {i > 0 ? ' ' : null}
      <span className="cmp-nowrap">{word}</span>
    </Fragment>
  ));
}
