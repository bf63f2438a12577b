import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { refreshSession, useAccountQuery, useSend, type AccountSession } from '../../api/index.ts';
import { QueryView } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { Outcome, useProblemText } from './form.tsx';

/** My sessions, and "log out everywhere" (every session of mine, this one too). */
export function SessionsSection() {
  const { t, f } = useI18n();
  const m = t.account.sessions;
  const query = useAccountQuery<{ sessions: readonly AccountSession[] }>('account/sessions', true);
  const send = useSend();
  const client = useQueryClient();
  const problemText = useProblemText();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const everywhere = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      await send('DELETE', 'session', undefined, { everywhere: 'true' });
      await refreshSession(client);
    } catch (e) {
      setProblem(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="account-section" aria-labelledby="account-sessions">
      <h2 id="account-sessions">{m.heading}</h2>
      <QueryView query={query} height={120}>
        {(d) => (
          <div className="table-scroll" role="region" aria-label={m.caption} tabIndex={0}>
            <table className="account-table" data-testid="account-sessions">
              <caption>{m.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.started}</th>
                  <th scope="col">{m.lastSeen}</th>
                  <th scope="col">{m.expires}</th>
                </tr>
              </thead>
              <tbody>
                {[...d.sessions]
                  .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
                  .map((s) => (
                    <tr key={s.id}>
                      <td>
                        {f.dateTime(s.createdAt)}
                        {s.current ? <strong> ({m.current})</strong> : null}
                      </td>
                      <td>{f.dateTime(s.lastSeenAt)}</td>
                      <td>{f.dateTime(s.expiresAt)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryView>
      <p className="account-help">{m.everywhereHelp}</p>
      <button type="button" disabled={busy} onClick={() => void everywhere()}>
        {m.everywhere}
      </button>
      <Outcome problem={problem} />
    </section>
  );
}
