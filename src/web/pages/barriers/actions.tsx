import { useState, type FormEvent, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { useMunicipalities, useSimilarBarriers, type BarrierDocument } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { BARRIER_STATES } from '../../../core/index.ts';
import { SelectField, TextArea, TextField } from '../portal/editor-fields.tsx';
import { parseAmount } from '../initiatives/editor-state.ts';
import { useBarrierWrite, type Problem } from './write.ts';

/** The refusal or conflict of a write, read out when it appears. */
function Outcome({
  problem,
  conflict,
  testId,
}: {
  readonly problem: Problem | null;
  readonly conflict?: boolean;
  readonly testId: string;
}) {
  const { t } = useI18n();
  const a = t.barriers.actions;
  return (
    <div role="alert" data-testid={testId}>
      {problem ? (
        <p className="error">
          <strong>{a.problem}:</strong> {problem.text}
        </p>
      ) : null}
      {conflict ? <p className="error">{a.conflict}</p> : null}
    </div>
  );
}

function Card({
  legend,
  children,
  onSubmit,
  testId,
}: {
  readonly legend: string;
  readonly children: ReactNode;
  readonly onSubmit: () => Promise<void>;
  readonly testId: string;
}) {
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    void onSubmit();
  };
  return (
    <form
      className="portal-editor barrier-action"
      onSubmit={submit}
      noValidate
      data-testid={testId}
    >
      <fieldset>
        <legend>{legend}</legend>
        {children}
      </fieldset>
    </form>
  );
}

/** "Støt som <kommune>": a comment and an optional estimate of one's own. */
export function SecondForm({ d, code }: { readonly d: BarrierDocument; readonly code: string }) {
  const { t } = useI18n();
  const a = t.barriers.actions;
  const municipalities = useMunicipalities();
  const name = municipalities.data?.find((m) => m.code === code)?.name ?? code;
  const [comment, setComment] = useState('');
  const [amount, setAmount] = useState('');
  const { write, busy, problem } = useBarrierWrite();
  const submit = async () => {
    const estimate = amount.trim() === '' ? null : { amount: parseAmount(amount) };
    const done = await write('POST', `barriers/${d.id}/seconds`, {
      municipality: code,
      comment,
      estimate,
    });
    if (done !== undefined) {
      setComment('');
      setAmount('');
    }
  };
  return (
    <Card legend={a.secondLegend(name)} onSubmit={submit} testId={`second-${code}`}>
      <TextArea
        label={a.comment}
        help={a.commentHelp}
        value={comment}
        onValue={setComment}
        rows={3}
      />
      <TextField
        label={a.amount}
        help={a.amountHelp}
        value={amount}
        onValue={setAmount}
        inputMode="numeric"
        autoComplete="off"
      />
      <Outcome problem={problem} testId={`second-${code}-problem`} />
      <button type="submit" disabled={busy}>
        {busy ? a.busy : a.second(name)}
      </button>
    </Card>
  );
}

/** The national editor's answer: a state and a text, published with today's date. */
export function AnswerForm({ d }: { readonly d: BarrierDocument }) {
  const { t } = useI18n();
  const a = t.barriers.actions;
  const [state, setState] = useState<string>(d.answer?.state ?? 'assessment');
  const [text, setText] = useState(d.answer?.text ?? '');
  const { write, busy, problem } = useBarrierWrite();
  return (
    <Card
      legend={a.answerLegend}
      onSubmit={async () => void (await write('POST', `barriers/${d.id}/answer`, { state, text }))}
      testId="answer-form"
    >
      <SelectField
        label={a.answerState}
        value={state}
        options={BARRIER_STATES.map((x) => ({ value: x, label: t.barriers.states[x] ?? x }))}
        onValue={setState}
      />
      <TextArea label={a.answerText} value={text} onValue={setText} rows={4} />
      <Outcome problem={problem} testId="answer-problem" />
      <button type="submit" disabled={busy}>
        {busy ? a.busy : a.answerSubmit}
      </button>
    </Card>
  );
}

/** Merges this barrier into another as a duplicate: by number, or one of the similar ones. */
export function MergeForm({ d }: { readonly d: BarrierDocument }) {
  const { t } = useI18n();
  const a = t.barriers.actions;
  const [, navigate] = useLocation();
  const [into, setInto] = useState('');
  const { write, busy, problem } = useBarrierWrite();
  const similar = useSimilarBarriers({
    title: d.title,
    description: d.description.slice(0, 2000),
    law: d.law.name,
    paragraph: d.law.paragraph,
    exclude: d.id,
  });
  const submit = async () => {
    const target = Number(into.trim().replace(/^#/, ''));
    const kept = await write<BarrierDocument>('POST', `barriers/${d.id}/merge`, { into: target });
    if (kept) navigate(`/regelbarrierer/${kept.id}`);
  };
  const options = similar.data?.items ?? [];
  return (
    <Card legend={a.mergeLegend} onSubmit={submit} testId="merge-form">
      <p className="portal-field-help">{a.mergeHelp}</p>
      {options.length > 0 ? (
        <ul className="barrier-similar" data-testid="merge-similar">
          {options.map((s) => (
            <li key={s.id}>
              <button type="button" className="link-button" onClick={() => setInto(String(s.id))}>
                #{s.id} <span lang="da">{s.title}</span>
              </button>
              {s.sameRule ? (
                <span className="barrier-same-rule"> · {t.barriers.editor.sameRule}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <TextField
        label={a.mergeInto}
        value={into}
        onValue={setInto}
        inputMode="numeric"
        autoComplete="off"
      />
      <Outcome problem={problem} testId="merge-problem" />
      <button type="submit" disabled={busy || into.trim() === ''}>
        {busy ? a.busy : a.mergeSubmit}
      </button>
    </Card>
  );
}
