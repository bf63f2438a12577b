import type { CompareDocument } from '../../api/index.ts';
import { InfoNumber } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { kindYear } from '../key-figure/prices.ts';
import { packagePrices, potentialSign } from '../municipality/figure-info.ts';
import { COLOURS, SYMBOLS } from './markers.ts';

/**
 * The potential of each chosen theme per municipality in mio. kr., the sum of the chosen
 * themes and (when all are chosen) the whole package: the same sums as each kommune page.
 */
export function CompareOverview({
  doc,
  names,
  all,
}: {
  readonly doc: CompareDocument;
  readonly names: ReadonlyMap<string, string>;
  readonly all: boolean;
}) {
  const { t, f, locale } = useI18n();
  const c = t.compare;
  const words = t.municipality.figure.potentialWord;
  const first = doc.municipalities[0];
  const prices = packagePrices(locale, {
    prices: first?.prices ?? { basis: 'current', year: null },
    year: doc.year,
  });
  const unit = locale === 'da' ? (first?.unitLabelDa ?? '') : `DKK, ${prices}`;
  const kind = kindYear(t, doc.year, first?.yearKind);
  const info = (definition: string, m: CompareDocument['municipalities'][number]) => ({
    definition,
    source: t.municipality.info.computed,
    year: doc.year,
    kind: m.yearKind ?? undefined,
    prices,
  });
  const amount = (
    value: number,
    definition: string,
    m: CompareDocument['municipalities'][number],
  ) => {
    const sign = potentialSign(value);
    return (
      <>
        <InfoNumber info={info(definition, m)}>
          <span className="cmp-value cmp-nowrap">{f.mkr(value)}</span>
        </InfoNumber>
        {sign ? <span className={`cmp-rank potential-${sign}`}>{words[sign]}</span> : null}
      </>
    );
  };
  const caption = c.overview.caption(unit, kind);
  return (
    <section aria-labelledby="cmp-overview-heading">
      <h2 id="cmp-overview-heading">{c.overview.heading}</h2>
      <div
        className="table-scroll cmp-table cmp-overview"
        tabIndex={0}
        role="region"
        aria-label={caption}
      >
        <table role="table">
          <caption>{caption}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                {c.themes}
              </th>
              {doc.municipalities.map((m, i) => (
                <th
                  key={m.municipality.code}
                  scope="col"
                  role="columnheader"
                  className="num"
                  data-code={m.municipality.code}
                >
                  <span aria-hidden="true" style={{ color: COLOURS[i] }}>
                    {SYMBOLS[i]}
                  </span>{' '}
                  {names.get(m.municipality.code) ?? m.municipality.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {doc.themes.map((theme) => {
              const themeName = t.common.themes[theme.theme] ?? theme.nameDa;
              return (
                <tr key={theme.theme} role="row" data-theme={theme.theme}>
                  <th scope="row" role="rowheader">
                    <a href={`#cmp-theme-${theme.theme}`}>{themeName}</a>
                  </th>
                  {doc.municipalities.map((m, i) => {
                    const total = m.themes.find((x) => x.theme === theme.theme)?.total;
                    return (
                      <td
                        key={m.municipality.code}
                        role="cell"
                        className="num"
                        data-code={m.municipality.code}
                        data-label={`${SYMBOLS[i]}\u00a0${names.get(m.municipality.code) ?? m.municipality.name}`}
                      >
                        {total === undefined ? c.noValue : amount(total, themeName, m)}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            <tr role="row" className="cmp-total" data-theme="total">
              <th scope="row" role="rowheader">
                {all ? c.overview.packageTotal : c.overview.total}
              </th>
              {doc.municipalities.map((m, i) => (
                <td
                  key={m.municipality.code}
                  role="cell"
                  className="num"
                  data-code={m.municipality.code}
                  data-label={`${SYMBOLS[i]}\u00a0${names.get(m.municipality.code) ?? m.municipality.name}`}
                >
                  {amount(
                    all ? m.packageTotal : m.total,
                    all ? c.overview.packageTotal : c.overview.total,
                    m,
                  )}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <p className="cmp-note">{c.potentialNote}</p>
    </section>
  );
}
