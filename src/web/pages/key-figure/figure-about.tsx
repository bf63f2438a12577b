import type { KeyFigureDocument } from '../../api/index.ts';
import { Localized, useI18n } from '../../i18n/index.ts';
import { compactYears } from './years.ts';

/** What the figure is: unit, kind, direction, source, the source's notes and definition breaks. */
export function FigureAbout({
  keyFigure,
  years,
}: {
  readonly keyFigure: KeyFigureDocument;
  /** Years with data, ascending. */
  readonly years: readonly number[];
}) {
  const { t, f } = useI18n();
  const a = t.keyFigure.about;
  const notes = keyFigure.notes ?? [];
  const span = years.length === 0 ? t.keyFigure.list.noYears : compactYears(years);
  return (
    <section className="kf-about" aria-labelledby="kf-about-heading">
      <h2 id="kf-about-heading" className="visually-hidden">
        {a.definition}
      </h2>
      <dl className="kf-facts">
        <div>
          <dt>{a.unit}</dt>
          <dd>{keyFigure.unit ? f.unit(keyFigure.unit) : '–'}</dd>
        </div>
        <div>
          <dt>{a.kind}</dt>
          <dd>{keyFigure.kind ? (t.keyFigure.kinds[keyFigure.kind] ?? keyFigure.kind) : '–'}</dd>
        </div>
        <div>
          <dt>{a.polarity}</dt>
          <dd>{t.common.polarity[keyFigure.polarity] ?? keyFigure.polarity}</dd>
        </div>
        <div>
          <dt>{a.themes}</dt>
          <dd>
            {keyFigure.themes.length
              ? keyFigure.themes.map((th) => t.common.themes[th] ?? th).join(', ')
              : '–'}
          </dd>
        </div>
        <div>
          <dt>{a.source}</dt>
          <dd>{t.common.sourceNames[keyFigure.source] ?? keyFigure.source}</dd>
        </div>
        <div>
          <dt>{a.sourceName}</dt>
          <dd lang="da">{keyFigure.sourceName}</dd>
        </div>
        {keyFigure.volume?.description ? (
          <div>
            <dt>{a.volume}</dt>
            <dd>
              <Localized da={keyFigure.volume.description} en={keyFigure.volume.descriptionEn} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{a.years}</dt>
          <dd>{span}</dd>
        </div>
      </dl>
      {keyFigure.breaks.length ? (
        <div className="kf-breaks">
          <h3>{a.breaks}</h3>
          <ul>
            {keyFigure.breaks.map((b) => (
              <li key={b.year}>
                <strong>{a.breakAt(b.year)}:</strong>{' '}
                <Localized da={b.description} en={b.descriptionEn} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <details className="kf-notes">
        <summary>
          {a.definition} ({notes.length})
        </summary>
        {notes.length ? (
          <ul>
            {notes.map((n) => (
              <li key={n.number}>
                <strong>{a.note(n.number)}:</strong> <Localized da={n.text} en={n.textEn} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{a.noNotes}</p>
        )}
      </details>
    </section>
  );
}
