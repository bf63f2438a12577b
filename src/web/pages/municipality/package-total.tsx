import type { KeyFigureDocument, PackageDocument, Warning } from '../../api/index.ts';
import { InfoNumber } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { Aggregates } from './aggregates.tsx';
import { packagePrices, packageUnit, potentialSign } from './figure-info.ts';
import { themeAnchor } from './package-theme.tsx';
import { packageLevelWarnings } from './warning-groups.ts';
import { WarningDisclosures, WarningNote } from './warning-note.tsx';

/**
 * The package total, prominently: the potential (the positive sum: what could be spent less)
 * and the net position (the signed sum: where the municipality stands, not money to find),
 * each with its price level; the coverage; the warnings about the whole package; the same two
 * sums per theme; and the overall figures beside the package. Below 25 % coverage no total is
 * presented as a result: the page says that the year is not comparable, and why.
 */
export function PackageTotal({
  pkg,
  levelName,
  groupName,
  busy,
  comparable,
  yearByDefault,
  distantPeers,
  keyFigures,
}: {
  readonly pkg: PackageDocument;
  readonly levelName: string;
  readonly groupName: string;
  readonly busy: boolean;
  /** False below 25 % coverage: the total is not presented. */
  readonly comparable: boolean;
  /** True when the year is the API's default (none was chosen). */
  readonly yearByDefault: boolean;
  /** The distant-peers warnings with the themes whose peer group each is about. */
  readonly distantPeers: readonly { readonly warning: Warning; readonly themes: string[] }[];
  readonly keyFigures: ReadonlyMap<string, KeyFigureDocument>;
}) {
  const { t, f, locale } = useI18n();
  const m = t.municipality.total;
  const unit = packageUnit(locale, pkg);
  const prices = packagePrices(locale, pkg);
  const kind = pkg.yearKind ?? undefined;
  const info = (definition: string) => ({
    definition,
    source: t.municipality.info.computed,
    year: pkg.year,
    kind,
    prices,
  });
  const own = packageLevelWarnings(pkg.warnings);
  const lowCoverage = own.find((w) => w.code === 'low-coverage');
  // Below 25 % the coverage warning is the statement in place of the total, not repeated.
  const listed = own.filter((w) => comparable || w !== lowCoverage);
  const themeName = (id: string) => t.common.themes[id] ?? id;
  const sign = potentialSign(pkg.total.signed) ?? 'zero';

  return (
    <section className="muni-total-box" aria-labelledby="package-total-heading" aria-busy={busy}>
      <h2 id="package-total-heading">{m.heading}</h2>
      {comparable ? (
        <div className="muni-total">
          <div className="muni-total-item">
            <p className="muni-total-label">{m.positiveLabel}</p>
            <p className="muni-total-value" data-testid="package-total">
              <InfoNumber info={info(m.positiveDefinition)}>{f.mkr(pkg.total.positive)}</InfoNumber>
            </p>
            <p className="muni-total-unit">{m.unit(unit)}</p>
            <p className="muni-total-explain">{m.positiveExplain}</p>
          </div>
          <div className="muni-total-item muni-total-net">
            <p className="muni-total-label">{m.signedLabel}</p>
            <p className="muni-total-value muni-total-signed" data-testid="package-net">
              <InfoNumber info={info(m.signedDefinition)}>{f.mkr(pkg.total.signed)}</InfoNumber>
            </p>
            <p className="muni-total-word">({m.signedWord[sign]})</p>
            <p className="muni-total-unit">{m.unit(unit)}</p>
            <p className="muni-total-explain">{m.signedExplain}</p>
          </div>
        </div>
      ) : (
        <div className="muni-not-comparable" data-testid="package-not-comparable">
          <p className="muni-not-comparable-heading">
            <span className="warning-icon" aria-hidden="true">
              ⚠
            </span>{' '}
            {m.notComparable(pkg.year)}
          </p>
          {lowCoverage ? (
            <p className="warning-message">
              {locale === 'da' ? lowCoverage.messageDa : lowCoverage.messageEn}
            </p>
          ) : null}
          <p>{m.notComparableText}</p>
        </div>
      )}
      <p className="muni-coverage" data-testid="package-coverage">
        {pkg.coverage.share !== null
          ? m.coverage(
              f.percent(pkg.coverage.share * 100, 0),
              (pkg.coverage.denominatorKeyFigureId
                ? m.denominators[pkg.coverage.denominatorKeyFigureId]
                : undefined) ?? (locale === 'da' ? (pkg.coverage.denominatorDa ?? '') : ''),
            )
          : locale === 'da' && pkg.coverage.reasonDa
            ? `${pkg.coverage.reasonDa}.`
            : m.coverageUnknown}
      </p>
      <p className="muni-total-basis">
        {pkg.level.startsWith('dea')
          ? t.deaLevel.basis(levelName, pkg.year)
          : m.basis(levelName, groupName, pkg.year)}{' '}
        {yearByDefault ? `${t.municipality.year.chosenByDefault} ` : ''}
        {m.figuresCounted(pkg.total.included.length)}
      </p>
      {listed.length > 0 || distantPeers.length > 0 ? (
        <div className="muni-warnings" data-testid="package-warnings">
          <h3>{m.warningsHeading}</h3>
          {listed.map((w, i) => (
            <WarningNote key={`${w.code}-${i}`} warning={w} />
          ))}
          <WarningDisclosures
            className="muni-peer-warnings"
            warnings={distantPeers.map((d) => ({
              warning: d.warning,
              context: d.themes.length ? d.themes.map(themeName).join(', ') : undefined,
            }))}
          />
        </div>
      ) : null}
      {comparable ? (
        <table className="muni-overview">
          <caption>{m.themeOverview(prices)}</caption>
          <thead>
            <tr>
              <th scope="col">{m.theme}</th>
              <th scope="col" className="num">
                {m.positive}
              </th>
              <th scope="col" className="num">
                {m.signed}
              </th>
            </tr>
          </thead>
          <tbody>
            {pkg.themes.map((theme) => {
              const name = themeName(theme.theme);
              return (
                <tr key={theme.theme}>
                  <th scope="row">
                    <a href={`#${themeAnchor(theme.theme)}`}>{name}</a>
                  </th>
                  {theme.total.included.length === 0 ? (
                    <td className="num muni-overview-none" colSpan={2}>
                      {m.nothingCounted}
                    </td>
                  ) : (
                    <>
                      <td className="num">
                        <InfoNumber info={info(t.municipality.theme.totalDefinition(name))}>
                          {f.mkr(theme.total.positive)}
                        </InfoNumber>
                      </td>
                      <td className="num">
                        <InfoNumber info={info(t.municipality.theme.signedDefinition(name))}>
                          {f.mkr(theme.total.signed)}
                        </InfoNumber>
                      </td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <ul className="muni-theme-links">
          {pkg.themes.map((theme) => (
            <li key={theme.theme}>
              <a href={`#${themeAnchor(theme.theme)}`}>{themeName(theme.theme)}</a>
            </li>
          ))}
        </ul>
      )}
      <Aggregates pkg={pkg} keyFigures={keyFigures} />
    </section>
  );
}
