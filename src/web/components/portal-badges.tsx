import { Link } from 'wouter';
import { useI18n } from '../i18n/index.ts';

/** A portal item's kind as a small badge ("Case", "Vejledning"). */
export function KindBadge({ kind }: { readonly kind: string }) {
  const { t } = useI18n();
  return <span className="portal-badge portal-kind">{t.portal.kinds[kind] ?? kind}</span>;
}

/**
 * "Eksempel" on an item written by the project, so nobody reads it as a real result; a draft
 * or archived item says its status beside it.
 */
export function ItemBadges({
  kind,
  example,
  status,
}: {
  readonly kind: string;
  readonly example: boolean;
  readonly status?: string;
}) {
  const { t } = useI18n();
  return (
    <span className="portal-badges">
      <KindBadge kind={kind} />
      {example ? (
        <span className="portal-badge portal-example" title={t.portal.exampleHelp}>
          {t.portal.example}
        </span>
      ) : null}
      {status !== undefined && status !== 'published' ? (
        <span className={`portal-badge portal-status-${status}`}>
          {t.portal.statuses[status] ?? status}
        </span>
      ) : null}
    </span>
  );
}

/** A list of portal items: each title links to its page, followed by `meta` and its badges. */
export function ItemLinks<T extends { id: number; title: string; kind: string; example: boolean }>({
  items,
  meta,
}: {
  readonly items: readonly T[];
  /** What stands between the title and the badges (a municipality's name). */
  readonly meta: (item: T) => string;
}) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id}>
          <Link href={`/viden/${item.id}`} lang="da">
            {item.title}
          </Link>{' '}
          <span className="portal-gap-meta">
            {meta(item)}
            <ItemBadges kind={item.kind} example={item.example} />
          </span>
        </li>
      ))}
    </ul>
  );
}
