import { Fragment } from 'react';
import { Link } from 'wouter';
import type { CompareDocument, KeyFigureDocument } from '../../api/index.ts';
import { InfoNumber } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { kindYear } from '../key-figure/prices.ts';
import {
  figureUnit,
  formatMoney,
  packagePrices,
  potentialSign,
} from '../municipality/figure-info.ts';
import { bestValue, sharedDecimals } from '../../../core/index.ts';
import { COLOURS, SYMBOLS } from './markers.ts';

export type ComparedTheme = CompareDocument['themes'][number];
export type ComparedFigure = ComparedTheme['figures'][number];

/**
 * One theme's key figures, one column per municipality: its own value, its peer group's
 * median and its potential in kroner (as on its kommune page), its rank among all
 * municipalities, and the best value among the chosen marked in words (and a background).
 */
export function CompareTable({
  theme,
  doc,
  names,
  keyFigures,
}: {
  readonly theme: ComparedTheme;
  readonly doc: CompareDocument;
  readonly names: ReadonlyMap<string, string>;
  readonly keyFigures: ReadonlyMap<string, KeyFigureDocument>;
}) {
  const { t, locale } = useI18n();
  const c = t.compare;
  const codes = doc.municipalities.map((m) => m.municipality.code);
  const first = doc.municipalities[0];
  const priced = {
    prices: first?.prices ?? { basis: 'current' as const, year: null },
    year: doc.year,
  };
  const prices = packagePrices(locale, priced);
  const money = locale === 'da' ? (first?.unitLabelDa ?? '') : `DKK, ${prices}`;
  const themeName = t.common.themes[theme.theme] ?? theme.nameDa;
  const caption = c.themeCaption(themeName, money, kindYear(t, doc.year, first?.yearKind));
  const headingId = `cmp-theme-${theme.theme}`;
  return (
    <section className="cmp-theme" aria-labelledby={headingId} data-theme={theme.theme}>
      <h3 id={headingId}>{themeName}</h3>
      {theme.figures.length === 0 ? (
        <p className="notice">{c.noFigures}</p>
      ) : (
        <div className="table-scroll cmp-table" tabIndex={0} role="region" aria-label={caption}>
          {/* Explicit roles keep the table's meaning when a phone's layout stacks its cells. */}
          <table role="table">
            <caption>{caption}</caption>
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
              {theme.figures.map((figure) => (
                <FigureRow
                  key={figure.keyFigureId}
                  figure={figure}
                  keyFigure={keyFigures.get(figure.keyFigureId)}
                  codes={codes}
                  names={names}
                  priced={priced}
                  prices={prices}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function FigureRow({
  figure,
  keyFigure,
  codes,
  names,
  priced,
  prices,
}: {
  readonly figure: ComparedFigure;
  readonly keyFigure: KeyFigureDocument | undefined;
  readonly codes: readonly string[];
  readonly names: ReadonlyMap<string, string>;
  readonly priced: Parameters<typeof figureUnit>[2];
  readonly prices: string;
}) {
  const { t, f, name, locale } = useI18n();
  const c = t.compare;
  const words = t.municipality.figure.potentialWord;
  const label = keyFigure ? name(keyFigure) : figure.nameDa;
  const cells = figure.municipalities;
  const values = cells.map((x) => x.value);
  const best = bestValue(values, figure.polarity);
  const decimals = sharedDecimals([...values, ...cells.map((x) => x.median)]);
  const unit = figureUnit(locale, figure.unit, priced);
  const kind = cells.find((x) => x.yearKind)?.yearKind ?? null;
  const source = keyFigure
    ? (t.common.sourceNames[keyFigure.source] ?? keyFigure.source)
    : undefined;
  const year = priced.year;
  return (
    <tr role="row" data-figure={figure.keyFigureId}>
      <th scope="row" role="rowheader">
        <Link href={`/noegletal/${encodeURIComponent(figure.keyFigureId)}`}>{label}</Link>
        <span className="cmp-meta">
          {unit} · {kindYear(t, year ?? 0, kind)}
          {figure.polarity === 'neutral' ? ` · ${c.noDirection}` : ''}
        </span>
      </th>
      {codes.map((code, i) => {
        const cell = cells[i];
        const v = cell?.value ?? null;
        const isBest = v !== null && best !== null && v === best && codes.length > 1;
        const sign = potentialSign(cell?.potential ?? null);
        return (
          <td
            key={code}
            role="cell"
            className={`num${isBest ? ' cmp-best' : ''}`}
            data-code={code}
            data-label={`${SYMBOLS[i]}\u00a0${names.get(code) ?? code}`}
          >
            {!cell || v === null ? (
              <span className="cmp-missing">{c.noValue}</span>
            ) : (
              <>
                <InfoNumber
                  info={{
                    definition: `${label} (${unit})`,
                    source,
                    year: year ?? undefined,
                    kind: cell.yearKind ?? undefined,
                  }}
                >
                  <span className="cmp-value">
                    {unbroken(f.attachUnit(f.number(v, decimals), figure.unit))}
                  </span>
                </InfoNumber>
                <span className="cmp-median">
                  {c.median}:{' '}
                  {cell.median === null
                    ? '–'
                    : unbroken(f.attachUnit(f.number(cell.median, decimals), figure.unit))}
                </span>
                <span className="cmp-potential">
                  {c.potential}:{' '}
                  {cell.potential === null || sign === null ? (
                    '–'
                  ) : (
                    <>
                      <InfoNumber
                        info={{
                          definition: t.municipality.info.computed,
                          year: year ?? undefined,
                          kind: cell.yearKind ?? undefined,
                          prices,
                        }}
                      >
                        <strong className="cmp-nowrap">{formatMoney(f, cell.potential)}</strong>
                      </InfoNumber>{' '}
                      <span className={`potential-word potential-${sign}`}>
                        {words[sign]}
                        {cell.status !== 'included' ? (
                          <span className="cmp-not-counted"> · {c.notCounted}</span>
                        ) : null}
                      </span>
                    </>
                  )}
                </span>
                <span className="cmp-rank">
                  {c.rankLabel} {cell.rank === null ? '–' : c.rankOf(cell.rank, cell.rankOf)}
                </span>
                {isBest ? <strong className="cmp-best-mark">★ {c.best}</strong> : null}
              </>
            )}
          </td>
        );
      })}
    </tr>
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
