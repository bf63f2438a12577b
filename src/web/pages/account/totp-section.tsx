import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { refreshSession, useSend, type TotpSetup } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { Field, Outcome, useProblemText } from './form.tsx';

/** A base32 secret in groups of four, easier to type: "ABCD EFGH …". */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/**
 * Two-factor authentication: turn on (a new secret, shown as text and as an otpauth link,
 * confirmed by a first code) or off (with a code). Nothing is stored before the confirmation.
 */
export function TotpSection({ enabled }: { readonly enabled: boolean }) {
  const { t } = useI18n();
  const m = t.account.totp;
  const send = useSend();
  const client = useQueryClient();
  const problemText = useProblemText();
  const [setup, setSetup] = useState<TotpSetup>();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(undefined);
    setDone(undefined);
    try {
      await work();
    } catch (e) {
      setProblem(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  const start = () =>
    run(async () => {
      setSetup(await send<TotpSetup>('POST', 'account/totp'));
      setCode('');
    });
  const confirm = () =>
    run(async () => {
      if (!setup) return;
      await send('PUT', 'account/totp', { secret: setup.secret, code: code.replace(/\s/g, '') });
      setSetup(undefined);
      setCode('');
      setDone(m.enabled);
      await refreshSession(client);
    });
  const disable = () =>
    run(async () => {
      await send('DELETE', 'account/totp', { code: code.replace(/\s/g, '') });
      setCode('');
      setDone(m.disabled);
      await refreshSession(client);
    });
  const codeField = (
    <Field
      label={m.code}
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9 ]{6,7}"
      required
      value={code}
      onValue={setCode}
    />
  );

  return (
    <section className="account-section" aria-labelledby="account-totp" data-testid="account-totp">
      <h2 id="account-totp">{m.heading}</h2>
      <p>{enabled ? m.on : m.off}</p>
      {enabled ? (
        <form
          className="account-form"
          aria-label={m.disable}
          onSubmit={(e) => {
            e.preventDefault();
            void disable();
          }}
        >
          <p className="account-help">{m.disableHelp}</p>
          {codeField}
          <button type="submit" disabled={busy}>
            {m.disable}
          </button>
        </form>
      ) : setup ? (
        <form
          className="account-form"
          aria-label={m.confirm}
          onSubmit={(e) => {
            e.preventDefault();
            void confirm();
          }}
        >
          <p className="account-help">{m.secretHelp}</p>
          <dl className="account-facts">
            <dt>{m.secret}</dt>
            <dd className="account-secret" data-testid="totp-secret">
              {groupSecret(setup.secret)}
            </dd>
            <dt>{m.uri}</dt>
            <dd className="account-uri">
              <a href={setup.uri}>{setup.uri}</a>
            </dd>
          </dl>
          {codeField}
          <div>
            <button type="submit" disabled={busy}>
              {m.confirm}
            </button>{' '}
            <button type="button" onClick={() => setSetup(undefined)}>
              {m.cancel}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" disabled={busy} onClick={() => void start()}>
          {m.start}
        </button>
      )}
      <Outcome problem={problem} done={done} />
    </section>
  );
}
