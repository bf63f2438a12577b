import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import {
  NARRATIVE_MAX,
  REPORT_SECTION_IDS,
  REPORT_SECTION_TITLES,
  type ReportSectionId,
} from '../../../core/index.ts';
import {
  ApiError,
  invalidateReports,
  useApi,
  useSend,
  type ReportDraftBody,
  type ReportDraftDocument,
} from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { useProblemOf, type Problem } from '../steering/write.ts';
import { ReportChoices, type Choices } from './choices.tsx';
import { ReportDownloads } from './downloads.tsx';
import { DraftVersions } from './versions.tsx';

type Status =
  | { readonly kind: 'saved'; readonly version: number }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'problem'; readonly problem: Problem }
  | { readonly kind: 'need-year' };

/**
 * The committee paper's narrative: the report's choices and a text per section, saved as the
 * next version of the draft (PUT /reports/{code}/draft with the version it builds on; a save
 * by someone else in between is 409, said in words with a way to fetch the newest version).
 */
export function DraftEditor({
  code,
  draft,
  onReload,
}: {
  readonly code: string;
  readonly draft: ReportDraftDocument;
  readonly onReload: () => void;
}) {
  const { t } = useI18n();
  const r = t.report;
  const send = useSend();
  const client = useQueryClient();
  const problemOf = useProblemOf();
  const years = useApi('package-years', { municipality: code });
  const [choice, setChoice] = useState<Choices>({
    year: draft.year === null ? '' : String(draft.year),
    peers: draft.peers,
    prices: draft.prices ?? '',
    lang: draft.lang,
  });
  const [texts, setTexts] = useState<Readonly<Record<string, string>>>(draft.narratives);
  const [base, setBase] = useState(draft.version);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);

  const save = async (ev: FormEvent) => {
    ev.preventDefault();
    const year = choice.year === '' ? years.data?.defaultYear : Number(choice.year);
    if (year === undefined || year === null) {
      setStatus({ kind: 'need-year' });
      return;
    }
    const body: ReportDraftBody = {
      baseVersion: base,
      year,
      peers: choice.peers,
      prices: choice.prices === '' ? null : choice.prices,
      lang: choice.lang,
      narratives: texts,
    };
    setBusy(true);
    setStatus(null);
    try {
      const saved = await send<ReportDraftDocument>('PUT', `reports/${code}/draft`, body);
      setBase(saved.version);
      setStatus({ kind: 'saved', version: saved.version });
      await invalidateReports(client);
    } catch (err) {
      setStatus(
        err instanceof ApiError && err.status === 409
          ? { kind: 'conflict' }
          : { kind: 'problem', problem: problemOf(err) },
      );
    } finally {
      setBusy(false);
    }
  };

  const faultSection =
    status?.kind === 'problem' ? status.problem.parameter?.replace(/^narratives\./, '') : undefined;
  return (
    <>
      <ReportChoices code={code} choice={choice} onChange={(c) => setChoice({ ...choice, ...c })} />
      <form className="report-editor" onSubmit={(ev) => void save(ev)} noValidate>
        <h2 className="report-subheading">{r.narrative.heading}</h2>
        <p className="report-note">{r.narrative.help}</p>
        {REPORT_SECTION_IDS.map((id) => (
          <NarrativeField
            key={id}
            id={id}
            value={texts[id] ?? ''}
            invalid={faultSection === id}
            onValue={(v) => setTexts({ ...texts, [id]: v })}
          />
        ))}
        <div className="report-save">
          <button type="submit" disabled={busy} data-testid="report-save">
            {busy ? r.saving : r.save}
          </button>
          <span className="report-version" data-testid="report-draft-version">
            {r.version(base)}
          </span>
        </div>
        <div role="status" aria-live="polite" data-testid="report-save-status">
          {status?.kind === 'saved' ? (
            <p className="report-saved">{r.saved(status.version)}</p>
          ) : null}
          {status?.kind === 'need-year' ? <p className="error">{r.needYear}</p> : null}
        </div>
        <div role="alert" data-testid="report-save-problem">
          {status?.kind === 'conflict' ? (
            <div className="error">
              <p>{r.conflict}</p>
              <button type="button" onClick={onReload}>
                {r.reload}
              </button>
            </div>
          ) : null}
          {status?.kind === 'problem' ? (
            <div className="error">
              <p>{status.problem.text}</p>
            </div>
          ) : null}
        </div>
      </form>
      <ReportDownloads code={code} choice={{ ...choice, draft: true }} />
      <DraftVersions code={code} />
    </>
  );
}

/** One section's narrative with its character count (marked when over the limit). */
function NarrativeField({
  id,
  value,
  invalid,
  onValue,
}: {
  readonly id: ReportSectionId;
  readonly value: string;
  readonly invalid: boolean;
  readonly onValue: (v: string) => void;
}) {
  const { t, f, locale } = useI18n();
  const n = t.report.narrative;
  const fieldId = useId();
  const over = value.length > NARRATIVE_MAX;
  return (
    <div className="report-field">
      <label htmlFor={fieldId}>{REPORT_SECTION_TITLES[id][locale]}</label>
      <textarea
        id={fieldId}
        name={`narrative-${id}`}
        rows={4}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-describedby={`${fieldId}-count`}
        aria-invalid={over || invalid || undefined}
        data-testid={`narrative-${id}`}
      />
      <p id={`${fieldId}-count`} className={`report-count${over ? ' report-count-over' : ''}`}>
        {n.count(f.number(value.length, 0), f.number(NARRATIVE_MAX, 0))}
        {over ? ` – ${n.tooLong(f.number(NARRATIVE_MAX, 0))}` : ''}
      </p>
    </div>
  );
}
