import { Link } from 'wouter';
import { useBarrierHistory, type BarrierHistoryDocument } from '../../api/index.ts';
import { QueryView } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';

type Event = BarrierHistoryDocument['events'][number];

/**
 * The barrier's trail, oldest first: reported, edited (the fields each edit changed), seconded,
 * answered (with the state set), merged into or from another barrier (linked).
 */
export function BarrierHistory({ id }: { readonly id: string }) {
  const query = useBarrierHistory(id);
  return (
    <QueryView query={query} height={120}>
      {(d) => (
        <ol className="barrier-history" data-testid="barrier-history">
          {d.events.map((e, i) => (
            <HistoryEvent key={i} e={e} />
          ))}
        </ol>
      )}
    </QueryView>
  );
}

function HistoryEvent({ e }: { readonly e: Event }) {
  const { t, f } = useI18n();
  const r = t.barriers.record;
  return (
    <li data-kind={e.kind}>
      <strong>{r.events[e.kind] ?? e.kind}</strong> · {f.dateTime(e.at)}
      {e.municipality ? ` · ${e.municipality.name}` : ''}
      {e.other ? (
        <>
          {' · '}
          <Link href={`/regelbarrierer/${e.other.id}`}>
            #{e.other.id} <span lang="da">{e.other.title}</span>
          </Link>
        </>
      ) : null}
      {e.state ? ` · ${t.barriers.states[e.state] ?? e.state}` : ''}
      {e.changes.length > 0 ? (
        <span className="barrier-changes">
          {' · '}
          {e.changes.map((c) => r.fields[c.field] ?? c.field).join(', ')}
        </span>
      ) : null}
    </li>
  );
}
