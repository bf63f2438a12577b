import { useState } from 'react';
import { ApiError, useSend } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { Field, MIN_PASSWORD, Outcome, useProblemText } from './form.tsx';

/** Change my password (the current one first); the server logs out my other sessions. */
export function PasswordSection() {
  const { t } = useI18n();
  const m = t.account.password;
  const send = useSend();
  const problemText = useProblemText();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<{ field?: string; text: string }>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setProblem(undefined);
    setDone(undefined);
    if (password.length < MIN_PASSWORD) return setProblem({ field: 'password', text: m.tooShort });
    if (password !== repeat) return setProblem({ field: 'repeat', text: m.mismatch });
    setBusy(true);
    try {
      await send('PUT', 'account/password', { current, password });
      setCurrent('');
      setPassword('');
      setRepeat('');
      setDone(m.done);
    } catch (e) {
      const field = e instanceof ApiError ? e.parameter : undefined;
      setProblem({ ...(field ? { field } : {}), text: problemText(e) });
    } finally {
      setBusy(false);
    }
  };
  const at = (field: string) => (problem?.field === field ? problem.text : undefined);
  const general =
    problem && !['current', 'password', 'repeat'].includes(problem.field ?? '')
      ? problem.text
      : undefined;
  return (
    <section className="account-section" aria-labelledby="account-password">
      <h2 id="account-password">{m.heading}</h2>
      <form
        className="account-form"
        aria-labelledby="account-password"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Field
          label={m.current}
          problem={at('current')}
          type="password"
          name="current"
          autoComplete="current-password"
          required
          value={current}
          onValue={setCurrent}
        />
        <Field
          label={m.next}
          help={m.rule}
          problem={at('password')}
          type="password"
          name="password"
          autoComplete="new-password"
          required
          value={password}
          onValue={setPassword}
        />
        <Field
          label={m.repeat}
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
        <Outcome problem={general} done={done} />
      </form>
    </section>
  );
}
