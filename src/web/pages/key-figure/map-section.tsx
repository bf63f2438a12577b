import type { KeyFigureDocument, ValueRow } from '../../api/index.ts';
import { DenmarkMap, DenmarkMapPlaceholder } from '../../charts/index.ts';
import { useI18n } from '../../i18n/index.ts';

const HEIGHT = 560;

/** The map of the figure; clicking (or Enter on) a municipality chooses it on this page. */
export function MapSection({
  keyFigure,
  year,
  rows,
  chosen,
  chosenName,
  peers,
  onSelect,
  yearLabel,
  prices,
}: {
  readonly keyFigure: KeyFigureDocument;
  readonly year: number | null;
  readonly rows: readonly ValueRow[] | undefined;
  readonly chosen: string | null;
  /** The chosen municipality's name, for the sentence that explains the outlines. */
  readonly chosenName: string | null;
  readonly peers: ReadonlySet<string>;
  readonly onSelect: (code: string) => void;
  /** The year with its kind and price level, for the legend: "budget 2019, 2010-priser". */
  readonly yearLabel?: string | undefined;
  /** The unit with its price level for a figure in money (the map's download); else null. */
  readonly prices: string | null;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="kf-map-heading">
      <h2 id="kf-map-heading">{t.keyFigure.map.heading}</h2>
      <p>
        {t.keyFigure.map.intro}
        {chosenName ? ` ${t.keyFigure.map.outlines(chosenName)}` : ''}
      </p>
      {rows && year !== null ? (
        <DenmarkMap
          keyFigure={keyFigure}
          values={rows}
          year={year}
          {...(chosen === null ? {} : { selected: chosen })}
          highlight={[...peers]}
          onSelect={onSelect}
          height={HEIGHT}
          prices={prices}
          {...(yearLabel === undefined ? {} : { yearLabel })}
        />
      ) : (
        <DenmarkMapPlaceholder height={HEIGHT} />
      )}
    </section>
  );
}
