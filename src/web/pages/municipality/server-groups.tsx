import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { sendJson, useSend, useSession, type ServerGroup } from '../../api/index.ts';
import { ErrorMessage, Loading } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';

/** The peers value that applies a saved list of municipalities: `list:615,706`. */
export const listPeers = (codes: readonly string[]): string => `list:${codes.join(',')}`;

/**
 * The groups saved on the server for the municipality (issue 15): everyone sees and applies
 * them; only a municipality editor bound to this municipality is offered saving the current
 * group and deleting (the server's policy decides; the page offers only what it allows).
 */
export function ServerGroups({
  code,
  name,
  members,
  onApply,
}: {
  readonly code: string;
  readonly name: string;
  /** The current group's member codes (what is saved), undefined while not known. */
  readonly members: readonly string[] | undefined;
  readonly onApply: (peers: string) => void;
}) {
  const { t } = useI18n();
  const m = t.account.groups;
  const id = useId();
  const [location] = useLocation();
  const session = useSession();
  const send = useSend();
  const groups = useQuery({
    queryKey: ['groups', code],
    queryFn: () =>
      sendJson<{ groups: readonly ServerGroup[] }>('GET', 'groups', undefined, {
        params: { municipality: code },
      }).then((d) => d.groups),
    staleTime: 10_000,
  });
  const [groupName, setGroupName] = useState('');
  const [outcome, setOutcome] = useState<{ problem?: Error; done?: string }>({});
  const [busy, setBusy] = useState(false);
  const user = session.data?.loggedIn ? session.data.user : undefined;
  const editor = user?.role === 'municipality-editor' && user.municipalities.includes(code);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setOutcome({});
    try {
      const done = await work();
      setOutcome({ done });
      await groups.refetch();
    } catch (e) {
      setOutcome({ problem: e instanceof Error ? e : new Error(String(e)) });
    } finally {
      setBusy(false);
    }
  };
  const save = (n: string) =>
    run(async () => {
      await send('POST', 'groups', { name: n, municipality: code, codes: members ?? [] });
      setGroupName('');
      return m.saved(n);
    });
  const remove = (g: ServerGroup) =>
    run(async () => {
      await send('DELETE', `groups/${g.id}`);
      return m.deleted(g.name);
    });

  return (
    <div className="group-saved group-server" data-testid="server-groups">
      <h3>{m.heading}</h3>
      <p className="group-help">{m.lead(name)}</p>
      {groups.error ? (
        <ErrorMessage error={groups.error} retry={() => void groups.refetch()} />
      ) : !groups.data ? (
        <Loading height={60} />
      ) : groups.data.length === 0 ? (
        <p className="group-help">{m.none(name)}</p>
      ) : (
        <ul data-testid="server-group-list">
          {groups.data.map((g) => (
            <li key={g.id} data-group-id={g.id}>
              <button type="button" onClick={() => onApply(listPeers(g.codes))}>
                {m.apply(g.name, g.codes.length)}
              </button>
              {g.municipality === null ? <span className="group-tag"> ({m.cli})</span> : null}{' '}
              {editor && g.municipality === code ? (
                <button
                  type="button"
                  className="group-delete"
                  aria-label={m.delete(g.name)}
                  disabled={busy}
                  onClick={() => void remove(g)}
                >
                  ×
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editor ? (
        <form
          className="group-save"
          aria-label={m.save}
          onSubmit={(e) => {
            e.preventDefault();
            const n = groupName.trim();
            if (n !== '' && members && members.length > 0) void save(n);
          }}
        >
          <label htmlFor={id}>{m.saveName}</label>
          <input
            id={id}
            type="text"
            maxLength={60}
            value={groupName}
            onChange={(e) => setGroupName(e.target.value)}
          />
          <button type="submit" disabled={busy || !members || members.length === 0}>
            {m.save}
          </button>
        </form>
      ) : session.isPending ? null : (
        <p className="group-help" data-testid="server-groups-why">
          {user ? (
            m.notEditor(name)
          ) : (
            <Link href={`/log-ind?next=${encodeURIComponent(location + window.location.search)}`}>
              {m.loginToSave(name)}
            </Link>
          )}
        </p>
      )}
      {editor && members?.length === 0 ? <p className="group-help">{m.noMembers}</p> : null}
      {outcome.problem ? <ErrorMessage error={outcome.problem} /> : null}
      <p role="status" className="group-help">
        {outcome.done ?? ''}
      </p>
    </div>
  );
}
