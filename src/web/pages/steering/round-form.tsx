import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { useMunicipalities, type CreatedRound, type RoundBody } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { TextArea, TextField } from '../portal/editor-fields.tsx';
import { parseMunicipalities } from './round-state.ts';
import { useSteeringWrite } from './write.ts';

/**
 * A national editor's form on /styring to open a round: its name, the municipalities (codes or
 * names) and an optional deadline; POSTs /steering/rounds and goes to the round's page.
 */
export function RoundForm() {
  const { t } = useI18n();
  const r = t.steering.roundForm;
  const [, navigate] = useLocation();
  const municipalities = useMunicipalities();
  const [name, setName] = useState('');
  const [list, setList] = useState('');
  const [deadline, setDeadline] = useState('');
  const [unknown, setUnknown] = useState<readonly string[]>([]);
  const { write, busy, problem } = useSteeringWrite();
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const parsed = parseMunicipalities(list, municipalities.data ?? []);
    setUnknown(parsed.unknown);
    if (parsed.unknown.length > 0) return;
    const body: RoundBody = {
      name,
      municipalities: [...parsed.codes],
      deadline: deadline === '' ? null : deadline,
    };
    const created = await write<CreatedRound>('POST', 'steering/rounds', body);
    if (created) navigate(`/styring/runder/${created.id}`);
  };
  const field = problem?.parameter?.split('.')[0];
  const at = (name: string) =>
    field === name && problem ? (
      <p className="field-problem" data-testid={`problem-${name}`}>
        {problem.text}
      </p>
    ) : null;
  return (
    <form
      className="portal-editor steering-round-form"
      aria-labelledby="steering-round-form-heading"
      onSubmit={(ev) => void submit(ev)}
      noValidate
      data-testid="steering-round-form"
    >
      <h3 id="steering-round-form-heading">{r.heading}</h3>
      <p className="steering-note">{r.lead}</p>
      <TextField label={r.name} value={name} onValue={setName} required maxLength={200} />
      {at('name')}
      <TextArea
        label={r.municipalities}
        help={r.municipalitiesHelp}
        value={list}
        onValue={setList}
        rows={3}
        required
      />
      {unknown.length > 0 ? (
        <p className="field-problem" data-testid="problem-unknown">
          {r.unknown(unknown.join(', '))}
        </p>
      ) : null}
      {at('municipalities')}
      <TextField label={r.deadline} value={deadline} onValue={setDeadline} type="date" />
      {at('deadline')}
      <div role="alert">{problem ? <p className="error">{problem.text}</p> : null}</div>
      <div className="portal-editor-actions">
        <button type="submit" disabled={busy}>
          {busy ? r.saving : r.submit}
        </button>
      </div>
    </form>
  );
}
