import { Link } from 'wouter';
import { medianOf } from '../../charts/index.ts';
import type { KeyFigureDocument, PeersDocument, ValueRow } from '../../api/index.ts';
import { InfoNumber } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { COLOURS, MARKERS } from './palette.ts';
import type { Ranked } from '../../../core/index.ts';

/**
 * The chosen municipality in numbers: its value, rank, the national median and its peers'
 * median, each traceable (InfoNumber); then who the peers are.
 */
export function ChosenSummary({
  keyFigure,
  year,
  yearLabel,
  unit,
  ranked,
  code,
  median,
  peers,
}: {
  readonly keyFigure: KeyFigureDocument;
  readonly year: number;
  /** The year with its kind: "budget 2019". */
  readonly yearLabel: string;
  /** The unit with the price level of the year's values: "kr. pr. 67+-årig, 2010-priser". */
  readonly unit: string;
  readonly ranked: readonly Ranked<ValueRow>[];
  readonly code: string;
  readonly median: number | null;
  /** The peers answer, or its state while it loads or when it failed. */
  readonly peers: {
    readonly data: PeersDocument | undefined;
    readonly pending: boolean;
    readonly error: boolean;
    readonly shown: boolean;
  };
}) {
  const { t, f, name } = useI18n();
  const c = t.keyFigure.chosen;
  const own = ranked.find((r) => r.row.code === code);
  if (!own) return null;
  const n = ranked.filter((r) => r.rank !== null).length;
  const source = t.common.sourceNames[keyFigure.source] ?? keyFigure.source;
  const figure = `${name(keyFigure)} (${unit})`;
  const members = new Set(peers.data?.group.members ?? []);
  const peerRows = ranked.filter((r) => members.has(r.row.code));
  const peerMedian = peers.data ? medianOf(peerRows.map((r) => r.row.value)) : null;
  const rankRule = c.rankDefinition(t.keyFigure.rankFirst[keyFigure.polarity] ?? '');
  return (
    <section className="kf-chosen" aria-labelledby="kf-chosen-heading">
      <h2 id="kf-chosen-heading">
        <span aria-hidden="true" style={{ color: COLOURS.chosen }}>
          {MARKERS.chosen}
        </span>{' '}
        {c.heading(own.row.name, yearLabel)}
      </h2>
      <dl className="kf-numbers">
        <div>
          <dt>{c.value}</dt>
          <dd>
            <InfoNumber info={{ definition: figure, source, year }}>
              {f.withUnit(own.row.value, unit)}
            </InfoNumber>
          </dd>
        </div>
        <div>
          <dt>{c.rank}</dt>
          <dd>
            <InfoNumber info={{ definition: `${figure}. ${rankRule}`, source, year }}>
              {own.rank === null ? c.noRank : c.rankOf(own.rank, n)}
            </InfoNumber>
          </dd>
        </div>
        <div>
          <dt>{c.median}</dt>
          <dd>
            <InfoNumber info={{ definition: c.medianDefinition(figure), source, year }}>
              {f.withUnit(median, unit)}
            </InfoNumber>
          </dd>
        </div>
        {peers.data ? (
          <div>
            <dt>{c.peerMedian}</dt>
            <dd>
              <InfoNumber
                info={{ definition: c.peerMedianDefinition(peers.data.group.nameDa), source, year }}
              >
                {f.withUnit(peerMedian, unit)}
              </InfoNumber>
            </dd>
          </div>
        ) : null}
      </dl>
      {!peers.shown ? null : peers.pending ? (
        <p className="kf-note">{c.peersLoading}</p>
      ) : peers.error || !peers.data ? (
        <p className="kf-note">{c.peersError}</p>
      ) : (
        <p className="kf-peers">
          {c.peersAre(peers.data.group.nameDa)}{' '}
          {peers.data.peers.map((p, i) => (
            <span key={p.code}>
              {i > 0 ? ', ' : ''}
              <span aria-hidden="true" style={{ color: COLOURS.peer }}>
                {MARKERS.peer}
              </span>
              {'\u00a0'}
              {p.name}
            </span>
          ))}
        </p>
      )}
      <p>
        <Link href={`/kommune/${code}?year=${year}`}>{c.openMunicipality(own.row.name)}</Link>
      </p>
    </section>
  );
}
