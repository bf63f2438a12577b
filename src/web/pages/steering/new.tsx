import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import {
  useMunicipalities,
  useSession,
  type CreatedAssessment,
  type NewAssessmentBody,
} from '../../api/index.ts';
import { Loading, PageTitle } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { SelectField, TextField } from '../portal/editor-fields.tsx';
import { assessingMunicipalities } from './viewer.ts';
import { useSteeringWrite } from './write.ts';
import '../portal/portal.css';
import './steering.css';

/**
 * /styring/ny: a municipality's editor starts a self-assessment (municipality, title, whether
 * it is shared); POSTs /steering/assessments and goes on to the questionnaire. A refusal is
 * shown beside the field the server names.
 */
export default function NewAssessmentPage() {
  const { t } = useI18n();
  const c = t.steering.create;
  const session = useSession();
  if (session.isPending) return <Loading height={400} />;
  const own = assessingMunicipalities(session.data);
  return (
    <div className="page steering-new-page">
      <PageTitle>{c.title}</PageTitle>
      {!session.data?.loggedIn ? (
        <p className="notice">
          <Link href={`/log-ind?next=${encodeURIComponent('/styring/ny')}`}>{c.loginNeeded}</Link>
        </p>
      ) : own.length === 0 ? (
        <p className="notice">{c.notAllowed}</p>
      ) : (
        <NewAssessmentForm own={own} />
      )}
    </div>
  );
}

function NewAssessmentForm({ own }: { readonly own: readonly string[] }) {
  const { t } = useI18n();
  const c = t.steering.create;
  const [, navigate] = useLocation();
  const municipalities = useMunicipalities();
  const [municipality, setMunicipality] = useState(own[0] ?? '');
  const [title, setTitle] = useState('');
  const [shared, setShared] = useState(false);
  const shareId = useId();
  const { write, busy, problem } = useSteeringWrite();
  const save = async (ev: FormEvent) => {
    ev.preventDefault();
    const body: NewAssessmentBody = { municipality, title, shared };
    const created = await write<CreatedAssessment>('POST', 'steering/assessments', body);
    if (created) navigate(`/styring/${created.id}/svar`);
  };
  const field = problem?.parameter?.split('.')[0];
  const at = (name: string): ReactNode =>
    field === name && problem ? (
      <p className="field-problem" id={`problem-${name}`} data-testid={`problem-${name}`}>
        {problem.text}
      </p>
    ) : null;
  const options = [...(municipalities.data ?? [])]
    .filter((m) => own.includes(m.code))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'))
    .map((m) => ({ value: m.code, label: m.name }));
  return (
    <form className="portal-editor steering-new" onSubmit={(ev) => void save(ev)} noValidate>
      <SelectField
        label={c.municipality}
        value={municipality}
        options={options.length > 0 ? options : own.map((code) => ({ value: code, label: code }))}
        onValue={setMunicipality}
      />
      {at('municipality')}
      <TextField
        label={c.name}
        help={c.nameHelp}
        value={title}
        onValue={setTitle}
        required
        maxLength={200}
        aria-invalid={field === 'title' || undefined}
      />
      {at('title')}
      <div className="portal-field steering-check">
        <input
          id={shareId}
          type="checkbox"
          checked={shared}
          onChange={(e) => setShared(e.target.checked)}
          aria-describedby={`${shareId}-help`}
        />
        <label htmlFor={shareId}>{c.share}</label>
        <p id={`${shareId}-help`} className="portal-field-help">
          {c.shareHelp}
        </p>
      </div>
      {at('shared')}
      <div role="alert" data-testid="steering-new-problem">
        {problem ? (
          <div className="error">
            <p>
              <strong>{c.problem}:</strong> {problem.text}
            </p>
          </div>
        ) : null}
      </div>
      <div className="portal-editor-actions">
        <button type="submit" disabled={busy}>
          {busy ? c.saving : c.submit}
        </button>
        <Link href="/styring">{c.cancel}</Link>
      </div>
    </form>
  );
}
