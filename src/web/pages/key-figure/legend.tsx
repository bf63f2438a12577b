import { useI18n } from '../../i18n/index.ts';
import { COLOURS, MARKERS } from './palette.ts';

/** What the colours and markers mean, in words next to them (colour is never alone). */
export function Legend({
  chosenName,
  hasPeers,
  median,
}: {
  readonly chosenName: string | null;
  readonly hasPeers: boolean;
  /** The reference line's name and value as written (with its unit), when the chart draws it. */
  readonly median?: { readonly name: string; readonly value: string } | undefined;
}) {
  const { t } = useI18n();
  const l = t.keyFigure.legend;
  return (
    <ul className="kf-legend">
      {chosenName ? (
        <li>
          <span className="kf-swatch" style={{ background: COLOURS.chosen }} aria-hidden="true" />
          <span aria-hidden="true">{MARKERS.chosen}</span> {l.chosen}: {chosenName}
        </li>
      ) : null}
      {hasPeers ? (
        <li>
          <span className="kf-swatch" style={{ background: COLOURS.peer }} aria-hidden="true" />
          <span aria-hidden="true">{MARKERS.peer}</span> {l.peers}
        </li>
      ) : null}
      <li>
        <span className="kf-swatch" style={{ background: COLOURS.other }} aria-hidden="true" />
        {l.others}
      </li>
      {median ? (
        <li>
          <span className="kf-rule" aria-hidden="true" />
          {median.name}: {median.value}
        </li>
      ) : null}
    </ul>
  );
}
