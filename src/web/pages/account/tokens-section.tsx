import { useState } from 'react';
import { useAccountQuery, useSend, type AccountToken, type CreatedToken } from '../../api/index.ts';
import { QueryView } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { Field, Outcome, useProblemText } from './form.tsx';

/** My API tokens: the list, a new one (shown once, to copy), and revoking one. */
export function TokensSection() {
  const { t, f } = useI18n();
  const m = t.account.tokens;
  const query = useAccountQuery<{ tokens: readonly AccountToken[] }>('account/tokens', true);
  const send = useSend();
  const problemText = useProblemText();
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [created, setCreated] = useState<CreatedToken>();
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(undefined);
    setDone(undefined);
    try {
      await work();
      await query.refetch();
    } catch (e) {
      setProblem(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  const create = () =>
    run(async () => {
      const expiresInDays = days.trim() === '' ? undefined : Number(days);
      const body = { name: name.trim(), ...(expiresInDays !== undefined ? { expiresInDays } : {}) };
      setCreated(await send<CreatedToken>('POST', 'account/tokens', body));
      setName('');
    });
  const revoke = (token: AccountToken) =>
    run(async () => {
      await send('DELETE', `account/tokens/${token.id}`);
      if (created?.id === token.id) setCreated(undefined);
      setDone(m.revokedDone(token.name));
    });
  const copy = async (token: string) => {
    try {
      await navigator.clipboard.writeText(token);
      setDone(m.copied);
    } catch {
      // Without clipboard access the token stays on screen to select and copy by hand.
    }
  };

  return (
    <section className="account-section" aria-labelledby="account-tokens">
      <h2 id="account-tokens">{m.heading}</h2>
      <p className="account-help">{m.lead}</p>
      <QueryView query={query} height={120}>
        {(d) =>
          d.tokens.length === 0 ? (
            <p>{m.none}</p>
          ) : (
            <div className="table-scroll" role="region" aria-label={m.caption} tabIndex={0}>
              <table className="account-table" data-testid="account-tokens">
                <caption>{m.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.name}</th>
                    <th scope="col">{m.created}</th>
                    <th scope="col">{m.expires}</th>
                    <th scope="col">{m.lastUsed}</th>
                    <th scope="col">{m.status}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.tokens.map((tk) => (
                    <tr key={tk.id} data-token-id={tk.id}>
                      <th scope="row">{tk.name}</th>
                      <td>{f.dateTime(tk.createdAt)}</td>
                      <td>{tk.expiresAt ? f.dateTime(tk.expiresAt) : m.noExpiry}</td>
                      <td>{tk.lastUsedAt ? f.dateTime(tk.lastUsedAt) : m.never}</td>
                      <td>
                        {tk.revokedAt ? (
                          `${m.revoked} ${f.dateTime(tk.revokedAt)}`
                        ) : (
                          <>
                            {m.active}{' '}
                            <button
                              type="button"
                              aria-label={m.revoke(tk.name)}
                              disabled={busy}
                              onClick={() => void revoke(tk)}
                            >
                              {m.revokeShort}
                            </button>
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryView>
      {created ? (
        <div className="account-token" data-testid="new-token">
          <p>
            <strong>{m.newToken(created.name)}</strong>
          </p>
          <p>{m.createdOnce}</p>
          <code>{created.token}</code>
          <button type="button" onClick={() => void copy(created.token)}>
            {m.copy}
          </button>
        </div>
      ) : null}
      <form
        className="account-form"
        aria-label={m.create}
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <Field
          label={m.name}
          name="token-name"
          autoComplete="off"
          required
          maxLength={100}
          value={name}
          onValue={setName}
        />
        <Field
          label={m.days}
          name="token-days"
          type="number"
          inputMode="numeric"
          min={1}
          max={3650}
          value={days}
          onValue={setDays}
        />
        <button type="submit" disabled={busy}>
          {m.create}
        </button>
      </form>
      <Outcome problem={problem} done={done} />
    </section>
  );
}
