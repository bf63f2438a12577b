import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import {
  ApiError,
  invalidateSteering,
  type AssessmentDocument,
  type QuestionnaireDocument,
  type ResponseDocument,
} from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { TextField } from '../portal/editor-fields.tsx';
import {
  EMPTY_DRAFT,
  answeredOf,
  answersOf,
  statementIds,
  statementOf,
  type AnswerValue,
  type Draft,
} from './answer-state.ts';
import { useAutosave, type SaveStatus } from './autosave.ts';
import { StatementField } from './statement.tsx';
import { useProblemOf, type Problem } from './write.ts';

/**
 * The questionnaire: who answers (name or title, own centre), then every statement grouped
 * by centre and field, saved as it changes; progress and the save state stay in view. "Afslut
 * besvarelsen" sends finish: true; a refusal naming a statement stands at it and moves focus
 * there. Finished, it goes on to the result.
 */
export function AnswerForm({
  a,
  q,
  resumed,
}: {
  readonly a: AssessmentDocument;
  readonly q: QuestionnaireDocument;
  readonly resumed: ResponseDocument | null;
}) {
  const { t, locale, f } = useI18n();
  const l = t.steering.answer;
  const da = locale === 'da';
  const [, navigate] = useLocation();
  const client = useQueryClient();
  const problemOf = useProblemOf();
  const [draft, setDraft] = useState<Draft>(() =>
    resumed === null
      ? EMPTY_DRAFT
      : { label: resumed.label, centre: resumed.centre, answers: answersOf(resumed.answers) },
  );
  const [problem, setProblem] = useState<Problem | null>(null);
  const [finishing, setFinishing] = useState(false);
  const focusTarget = useRef<string | null>(null);
  const saver = useAutosave(a.id, a.questionnaireVersion, resumed);
  const centreName = useId();
  const total = statementIds(q).length;
  const answered = answeredOf(q, draft.answers);
  const refused = statementOf(problem?.parameter);

  const update = (change: Partial<Draft>) => {
    const next = { ...draft, ...change };
    setDraft(next);
    saver.change(next);
    if (refused !== undefined && change.answers?.[refused] !== undefined) setProblem(null);
    if (problem?.parameter === 'centre' && change.centre !== undefined) setProblem(null);
  };
  const answer = (id: string, value: AnswerValue) =>
    update({ answers: { ...draft.answers, [id]: value } });

  const finish = async () => {
    setFinishing(true);
    setProblem(null);
    try {
      await saver.finish(draft);
      await invalidateSteering(client);
      navigate(`/styring/${a.id}`);
    } catch (err) {
      const p = problemOf(err);
      setProblem(p);
      if (err instanceof ApiError) focusTarget.current = p.parameter ?? null;
    } finally {
      setFinishing(false);
    }
  };

  // Focus goes to what the refusal names: the statement's first choice, or the centre.
  useEffect(() => {
    const named = focusTarget.current;
    if (named === null) return;
    focusTarget.current = null;
    const id = statementOf(named);
    const target =
      id !== undefined
        ? document.querySelector<HTMLElement>(`#statement-${CSS.escape(id)} input`)
        : named === 'centre'
          ? document.querySelector<HTMLElement>('[data-testid="steering-centre"] input')
          : null;
    target?.focus();
  }, [problem]);

  return (
    <form
      className="steering-answer"
      onSubmit={(ev) => {
        ev.preventDefault();
        void finish();
      }}
      noValidate
    >
      <section className="steering-respondent" aria-labelledby="steering-respondent-heading">
        <h2 id="steering-respondent-heading">{l.respondent}</h2>
        <TextField
          label={l.label}
          help={l.labelHelp}
          value={draft.label}
          onValue={(label) => update({ label })}
          maxLength={200}
          autoComplete="name"
        />
        <fieldset
          className={`steering-centre${problem?.parameter === 'centre' ? ' has-problem' : ''}`}
          data-testid="steering-centre"
          aria-describedby={`${centreName}-help`}
        >
          <legend>{l.centre}</legend>
          <p id={`${centreName}-help`} className="portal-field-help">
            {l.centreHelp}
          </p>
          {q.centres.map((c) => (
            <label key={c.id} className="steering-centre-option">
              <input
                type="radio"
                name="steering-centre"
                value={c.id}
                checked={draft.centre === c.id}
                onChange={() => update({ centre: c.id })}
              />
              <span>{da ? c.nameDa : c.nameEn}</span>
            </label>
          ))}
          {problem?.parameter === 'centre' ? <p className="field-problem">{problem.text}</p> : null}
        </fieldset>
      </section>
      {resumed?.finished && resumed.finishedAt !== null ? (
        <p className="notice">{l.finishedNote(f.date(resumed.finishedAt))}</p>
      ) : null}
      {q.centres.map((c) => (
        <section
          key={c.id}
          className="steering-centre-section"
          aria-labelledby={`centre-${c.id}`}
          data-centre={c.id}
        >
          <h2 id={`centre-${c.id}`}>{da ? c.nameDa : c.nameEn}</h2>
          <p className="steering-note">{da ? c.descriptionDa : c.descriptionEn}</p>
          {c.fields.map((field) => (
            <div key={field.id} className="steering-field" data-field={field.id}>
              <h3>{da ? field.nameDa : field.nameEn}</h3>
              {c.statements
                .filter((s) => s.field === field.id)
                .map((s) => (
                  <StatementField
                    key={s.id}
                    s={s}
                    scale={da ? q.scale.da : q.scale.en}
                    value={draft.answers[s.id]}
                    problem={refused === s.id ? problem?.text : undefined}
                    onAnswer={answer}
                  />
                ))}
            </div>
          ))}
        </section>
      ))}
      <div className="steering-finish">
        <p className="steering-note">{l.finishHelp}</p>
        <div role="alert" data-testid="steering-finish-problem">
          {problem ? (
            <div className="error">
              <p>
                <strong>{l.problem}:</strong> {problem.text}
                {refused !== undefined ? (
                  <>
                    {' '}
                    <a href={`#statement-${refused}`}>{l.goTo}</a>
                  </>
                ) : null}
              </p>
            </div>
          ) : null}
        </div>
        <button type="submit" disabled={finishing} data-testid="steering-finish">
          {finishing ? l.finishing : l.finish}
        </button>
      </div>
      <Progress
        answered={answered}
        total={total}
        status={saver.status}
        waiting={draft.centre === ''}
      />
    </form>
  );
}

/** The bar that stays in view: how far, and whether the answers are saved (announced). */
function Progress({
  answered,
  total,
  status,
  waiting,
}: {
  readonly answered: number;
  readonly total: number;
  readonly status: SaveStatus;
  readonly waiting: boolean;
}) {
  const { t, locale } = useI18n();
  const l = t.steering.answer;
  const time = (iso: string) =>
    new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(iso));
  return (
    <div className="steering-progress" data-testid="steering-progress">
      <p className="steering-progress-count">
        <progress max={total} value={answered} aria-hidden="true" />{' '}
        <span data-testid="steering-answered">{l.progress(answered, total)}</span>
      </p>
      <p className="steering-save">
        <span aria-live="polite" data-testid="steering-save-status">
          {status.kind === 'saved' || (status.kind === 'saving' && status.at !== null)
            ? l.savedAt(time(status.at ?? ''))
            : status.kind === 'error'
              ? `${l.notSaved}: ${status.problem.text}`
              : waiting
                ? l.chooseCentre
                : ''}
        </span>
        {status.kind === 'saving' ? (
          <span className="steering-saving" aria-hidden="true">
            {' '}
            {l.saving}
          </span>
        ) : null}
      </p>
    </div>
  );
}
