import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  ApiError,
  invalidateBudget,
  useSend,
  type DeviationArea,
  type ExplanationBody,
} from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { DEVIATION_CAUSES, EXPLANATION_VISIBILITIES } from '../../../core/index.ts';
import { SelectField, TextArea } from '../portal/editor-fields.tsx';

interface Draft {
  readonly cause: string;
  readonly text: string;
  readonly visibility: string;
}

/** The form's fields for a year: its saved explanation, or empty (public) when none. */
function draftOf(area: DeviationArea, year: number): Draft {
  const e = area.years.find((y) => y.year === year)?.explanation;
  return e
    ? { cause: e.cause, text: e.text, visibility: e.visibility }
    : { cause: 'demography', text: '', visibility: 'public' };
}

/**
 * "Forklar afvigelsen": an editor of the municipality writes (or rewrites) the explanation of
 * one year's deviation on the area: the cause, the text and who may read it (PUT
 * …/explanation with the session's CSRF token). The year opens on the newest one beyond the
 * threshold; choosing another year loads what was saved for it.
 */
export function ExplainForm({
  code,
  area,
}: {
  readonly code: string;
  readonly area: DeviationArea;
}) {
  const { t, locale } = useI18n();
  const x = t.budget.form;
  const send = useSend();
  const client = useQueryClient();
  const newest = [...area.years].reverse();
  const initialYear = (newest.find((y) => y.exceeds) ?? newest[0])?.year ?? 0;
  const [year, setYear] = useState(initialYear);
  const [draft, setDraft] = useState<Draft>(() => draftOf(area, initialYear));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const set = (change: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setSaved(null);
  };

  const save = async (ev: FormEvent) => {
    ev.preventDefault();
    setBusy(true);
    setProblem(null);
    setSaved(null);
    try {
      const body = {
        cause: draft.cause,
        text: draft.text,
        visibility: draft.visibility,
      } as ExplanationBody;
      await send('PUT', `budget-deviations/${code}/${year}/${area.area}/explanation`, body);
      await invalidateBudget(client);
      setSaved(year);
    } catch (err) {
      setProblem(
        err instanceof ApiError
          ? err.status === 0
            ? t.common.state.networkError
            : (locale === 'da' ? err.detailDa : err.detailEn) || err.detailDa
          : String(err),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="budget-form-heading" className="budget-form-section">
      <h3 id="budget-form-heading">{x.heading}</h3>
      <p className="budget-note">{x.lead}</p>
      <form
        className="portal-editor budget-form"
        onSubmit={(ev) => void save(ev)}
        data-testid="budget-form"
      >
        <div className="portal-row">
          <SelectField
            label={x.year}
            value={String(year)}
            options={newest.map((y) => ({
              value: String(y.year),
              label: y.exceeds ? `${y.year} (${t.budget.exceeds.toLowerCase()})` : String(y.year),
            }))}
            onValue={(v) => {
              setYear(Number(v));
              setDraft(draftOf(area, Number(v)));
              setSaved(null);
            }}
          />
          <SelectField
            label={x.cause}
            value={draft.cause}
            options={DEVIATION_CAUSES.map((c) => ({ value: c, label: t.budget.causes[c] ?? c }))}
            onValue={(v) => set({ cause: v })}
          />
          <SelectField
            label={x.visibility}
            value={draft.visibility}
            options={EXPLANATION_VISIBILITIES.map((v) => ({
              value: v,
              label: x.visibilities[v] ?? v,
            }))}
            onValue={(v) => set({ visibility: v })}
          />
        </div>
        <TextArea
          label={x.text}
          help={x.textHelp}
          value={draft.text}
          onValue={(v) => set({ text: v })}
          required
        />
        <div role="alert" data-testid="budget-form-problem">
          {problem ? (
            <div className="error">
              <p>
                <strong>{x.problem}:</strong> {problem}
              </p>
            </div>
          ) : null}
        </div>
        <div className="portal-editor-actions">
          <button type="submit" disabled={busy}>
            {busy ? x.saving : x.save}
          </button>
          <span role="status" className="budget-saved" data-testid="budget-form-saved">
            {saved !== null ? x.saved(saved) : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
