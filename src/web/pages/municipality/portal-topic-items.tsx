import { Link } from 'wouter';
import { usePortalSearch } from '../../api/index.ts';

/**
 * The newest items of a portal topic, each a link to `/viden/{id}`, and a link to all of the
 * topic (`/viden?topic=…`). Renders nothing while they load or when the request fails.
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
  // A portal that fails to answer hides the list: it is a pointer, the section stands alone.
  const items = usePortalSearch({ topic, limit }).data?.items;
  if (items === undefined) return null;
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
