import { useState } from 'react';
import { Link } from 'wouter';
import { ApiError, sendJson } from '../../api/index.ts';
import { PageTitle } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { Field, MIN_PASSWORD, Outcome, useProblemText } from './form.tsx';

/** The token in the address's fragment (`#<token>`): never sent to the server's log. */
function tokenFromHash(): string {
  return decodeURIComponent(window.location.hash.replace(/^#/, '')).trim();
}

/**
 * Choosing a password with a one-time token from the CLI: /ny-adgangskode (a reset) and
 * /invitation (accepting an invitation). The token is read from the fragment or pasted.
 */
export function SetPasswordPage({ kind }: { readonly kind: 'reset' | 'invitation' }) {
  const { t } = useI18n();
  const m = t.account.setPassword;
  const p = t.account.password;
  const [token, setToken] = useState(tokenFromHash);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<{ field?: string; text: string }>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);
  const problemText = useProblemText();

  const submit = async () => {
    setProblem(undefined);
    if (password.length < MIN_PASSWORD) return setProblem({ field: 'password', text: p.tooShort });
    if (password !== repeat) return setProblem({ field: 'repeat', text: p.mismatch });
    setBusy(true);
    try {
      const body = { token: token.trim(), password };
      if (kind === 'reset') {
        await sendJson('POST', 'password-reset', body);
        setDone(m.resetDone);
      } else {
        const answer = await sendJson<{ email: string }>('POST', 'invitations/accept', body);
        setDone(m.inviteDone(answer.email));
      }
      setPassword('');
      setRepeat('');
      if (window.location.hash) history.replaceState(history.state, '', window.location.pathname);
    } catch (e) {
      const field = e instanceof ApiError ? e.parameter : undefined;
      setProblem({ ...(field ? { field } : {}), text: problemText(e) });
    } finally {
      setBusy(false);
    }
  };

  const at = (field: string) => (problem?.field === field ? problem.text : undefined);
  return (
    <div className="page account-page">
      <PageTitle>{kind === 'reset' ? m.resetTitle : m.inviteTitle}</PageTitle>
      <p className="lead">{kind === 'reset' ? m.resetLead : m.inviteLead}</p>
      {done ? (
        <div>
          <Outcome done={done} />
          <p>
            <Link href="/log-ind">{m.toLogin}</Link>
          </p>
        </div>
      ) : (
        <form
          className="account-form"
          aria-label={kind === 'reset' ? m.resetTitle : m.inviteTitle}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Field
            label={m.token}
            help={m.tokenHelp}
            problem={at('token')}
            name="token"
            autoComplete="off"
            spellCheck={false}
            required
            value={token}
            onValue={setToken}
          />
          <Field
            label={p.next}
            help={p.rule}
            problem={at('password')}
            type="password"
            name="password"
            autoComplete="new-password"
            required
            value={password}
            onValue={setPassword}
          />
          <Field
            label={p.repeat}
            problem={at('repeat')}
            type="password"
            name="repeat"
            autoComplete="new-password"
            required
            value={repeat}
            onValue={setRepeat}
          />
          <button type="submit" disabled={busy}>
            {m.submit}
          </button>
          <Outcome
            problem={
              problem && !['token', 'password', 'repeat'].includes(problem.field ?? '')
                ? problem.text
                : undefined
            }
          />
          <p className="account-help">
            <Link href="/log-ind">{m.toLogin}</Link>
          </p>
        </form>
      )}
    </div>
  );
}
