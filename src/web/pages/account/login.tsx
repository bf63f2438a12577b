import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import {
  ApiError,
  safeNext,
  sendJson,
  sessionQuery,
  useSession,
  type SessionDocument,
} from '../../api/index.ts';
import { PageTitle } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { Field, Outcome, useProblemText } from './form.tsx';

/**
 * /log-ind: email and password, then a code when the account has TOTP (the server answers 401
 * naming "totp"). The server's error is generic (it does not say whether the account exists);
 * a lockout says how long to wait. After login, back to `?next=` (a path on this site) or to
 * my account.
 */
export default function LoginPage() {
  const { t } = useI18n();
  const m = t.account.login;
  const client = useQueryClient();
  const session = useSession();
  const [, navigate] = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needTotp, setNeedTotp] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const problemText = useProblemText();
  const next = safeNext(new URLSearchParams(window.location.search).get('next'));

  const submit = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      const body = { email, password, ...(needTotp ? { totp: totp.replace(/\s/g, '') } : {}) };
      const doc = await sendJson<SessionDocument>('POST', 'session', body);
      client.removeQueries({ queryKey: ['account'] });
      client.setQueryData(sessionQuery.queryKey, doc);
      navigate(next);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401 && e.parameter === 'totp' && !needTotp) {
        setNeedTotp(true);
      } else {
        setProblem(problemText(e));
        if (needTotp) setTotp('');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page account-page">
      <PageTitle>{m.title}</PageTitle>
      <p className="lead">{m.lead}</p>
      {session.data?.loggedIn ? (
        <p className="notice" role="status">
          {m.already(session.data.user.email)} <Link href="/min-konto">{m.toAccount}</Link>
        </p>
      ) : null}
      <form
        className="account-form"
        aria-label={m.title}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Field
          label={m.email}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onValue={setEmail}
        />
        <Field
          label={m.password}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onValue={setPassword}
        />
        {needTotp ? (
          <Field
            label={m.totp}
            help={m.totpHelp}
            name="totp"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]{6,7}"
            required
            autoFocus
            value={totp}
            onValue={setTotp}
          />
        ) : null}
        <button type="submit" disabled={busy}>
          {busy ? m.busy : m.submit}
        </button>
        <Outcome problem={problem} />
      </form>
      <p className="account-help">{m.noSignup}</p>
    </div>
  );
}
