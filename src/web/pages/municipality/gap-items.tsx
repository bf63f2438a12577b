import { useGapItems } from '../../api/index.ts';
import { ItemLinks, QueryView } from '../../components/index.ts';
import { Localized, useI18n } from '../../i18n/index.ts';

/** The gap-items request of one figure row, in the page's year and peer group. */
export interface GapParams {
  readonly municipality: string;
  readonly keyFigure: string;
  readonly year: number;
  readonly peers: string;
}

/**
 * "Hvad gjorde andre?" on a figure row with a potential: asks the portal for items of better,
 * comparable municipalities only once opened (never for every row on load); the count is shown
 * once known.
 */
export function GapToggle({
  params,
  asked,
  open,
  controls,
  figureName,
  onToggle,
}: {
  readonly params: GapParams;
  /** Whether the row has been opened once (the answer is then kept). */
  readonly asked: boolean;
  readonly open: boolean;
  readonly controls: string;
  readonly figureName: string;
  readonly onToggle: () => void;
}) {
  const { t } = useI18n();
  const g = t.portal.gap;
  const query = useGapItems(asked ? params : null);
  const n = query.data?.items.length;
  return (
    <button
      type="button"
      className="link-button gap-toggle"
      aria-expanded={open}
      aria-controls={open ? controls : undefined}
      onClick={onToggle}
    >
      {n === undefined ? g.toggle : g.toggleCount(n)}
      <span className="visually-hidden"> {g.of(figureName)}</span>
    </button>
  );
}

/** The items of the better peers on the figure: title, the peer, the kind. */
export function GapItems({
  params,
  figureName,
}: {
  readonly params: GapParams;
  readonly figureName: string;
}) {
  const { t } = useI18n();
  const g = t.portal.gap;
  const query = useGapItems(params);
  return (
    <div className="portal-gap" data-testid="gap-items">
      <h3>{g.heading(figureName)}</h3>
      <QueryView query={query} height={60}>
        {(d) =>
          d.items.length === 0 ? (
            <p>{g.none}</p>
          ) : (
            <>
              <ItemLinks
                items={d.items}
                meta={(item) =>
                  `${g.from(item.peer.name)} ${item.evidence?.verdict ? g.evidence(item.evidence.verdict) : ''}`
                }
              />
              <p className="portal-gap-meta">
                <Localized da={d.ranking} />
              </p>
            </>
          )
        }
      </QueryView>
    </div>
  );
}
