import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { apiUrl } from '../../api/index.ts';

/** One item of the portal as this list needs it: its id and title. */
export interface TopicItem {
  readonly id: number;
  readonly title: string;
}

/**
 * The items of a `GET /portal/items` answer, read loosely: the route belongs to the knowledge
 * portal (issue 16), so an answer without a list of items with a numeric id and a title gives
 * none rather than a broken list.
 * @example topicItems({ items: [{ id: 3, title: 'Udbud af rengøring' }] }) // [{ id: 3, title: 'Udbud af rengøring' }]
 */
export function topicItems(answer: unknown): readonly TopicItem[] {
  const items = (answer as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return [];
  return items.flatMap((x: unknown) => {
    const { id, title } = (x ?? {}) as { id?: unknown; title?: unknown };
    return typeof id === 'number' && typeof title === 'string' ? [{ id, title }] : [];
  });
}

/** The newest published items of a portal topic: null until they are here, or when they fail. */
function useTopicItems(topic: string, limit: number): readonly TopicItem[] | null {
  const query = useQuery({
    queryKey: ['portal/items', { topic, limit }],
    queryFn: async ({ signal }) => {
      const response = await fetch(apiUrl('portal/items', { topic, limit }), {
        headers: { Accept: 'application/json' },
        signal,
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return topicItems(await response.json());
    },
    // A portal that is missing or down is not retried: the list is a pointer, not content.
    retry: false,
    staleTime: 5 * 60_000,
  });
  return query.data ?? null;
}

/**
 * The newest items of a portal topic, each a link to `/viden/{id}`, and a link to all of the
 * topic (`/viden?topic=…`). Renders nothing while they load or when the request fails (for
 * example a 404 where the portal is not installed): the section around it stands on its own.
 */
export function PortalTopicItems({
  topic,
  limit,
  text,
}: {
  readonly topic: string;
  readonly limit: number;
  readonly text: { readonly heading: string; readonly none: string; readonly all: string };
}) {
  const items = useTopicItems(topic, limit);
  if (items === null) return null;
  return (
    <div className="muni-portal-items" data-testid="portal-topic-items">
      <h3>{text.heading}</h3>
      {items.length > 0 ? (
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              <Link href={`/viden/${item.id}`}>{item.title}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{text.none}</p>
      )}
      <p>
        <Link href={`/viden?topic=${encodeURIComponent(topic)}`}>{text.all}</Link>
      </p>
    </div>
  );
}
