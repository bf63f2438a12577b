import type { PackageDocument } from '../../api/index.ts';
import { InfoNumber } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { themeAnchor } from './package-theme.tsx';

/**
 * The package total, prominently: the positive sum (what could be spent less) and the signed
 * sum (with the places that spend less netted off), each explained in a line, and the same two
 * per theme with links to the themes.
 */
export function PackageTotal({
  pkg,
  levelName,
  groupName,
  busy,
}: {
  readonly pkg: PackageDocument;
  readonly levelName: string;
  readonly groupName: string;
  readonly busy: boolean;
}) {
  const { t, f } = useI18n();
  const m = t.municipality.total;
  const info = (definition: string) => ({
    definition,
    source: t.municipality.info.computed,
    year: pkg.year,
  });
  return (
    <section className="muni-total-box" aria-labelledby="package-total-heading" aria-busy={busy}>
      <h2 id="package-total-heading">{m.heading}</h2>
      <div className="muni-total">
        <div className="muni-total-item">
          <p className="muni-total-label">{m.positiveLabel}</p>
          <p className="muni-total-value" data-testid="package-total">
            <InfoNumber info={info(m.positiveDefinition)}>{f.mkr(pkg.total.positive)}</InfoNumber>
          </p>
          <p className="muni-total-explain">{m.positiveExplain}</p>
        </div>
        <div className="muni-total-item">
          <p className="muni-total-label">{m.signedLabel}</p>
          <p className="muni-total-value muni-total-signed">
            <InfoNumber info={info(m.signedDefinition)}>{f.mkr(pkg.total.signed)}</InfoNumber>
          </p>
          <p className="muni-total-explain">{m.signedExplain}</p>
        </div>
      </div>
      <p className="muni-total-basis">
        {m.basis(levelName, groupName, pkg.year)} {m.figuresCounted(pkg.total.included.length)}
      </p>
      <table className="muni-overview">
        <caption>{m.themeOverview}</caption>
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
            const name = t.common.themes[theme.theme] ?? theme.nameDa;
            return (
              <tr key={theme.theme}>
                <th scope="row">
                  <a href={`#${themeAnchor(theme.theme)}`}>{name}</a>
                </th>
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
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
