import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import {
  ApiError,
  fetchBarrierEstimate,
  useMunicipalities,
  type BarrierDocument,
  type BarrierEstimateSuggestion,
  type SessionUser,
} from '../../api/index.ts';
import { priceLevelText } from '../../format/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { ITEM_THEMES } from '../../../core/index.ts';
import { SelectField, TextArea, TextField } from '../portal/editor-fields.tsx';
import { KeyFigurePicker } from '../portal/editor-pickers.tsx';
import { krText } from '../initiatives/amounts.ts';
import { bodyOf, formOf, type BarrierForm } from './editor-state.ts';
import { SimilarBarriers } from './similar.tsx';
import { useBarrierWrite } from './write.ts';

/** The answer to the chosen figure's estimate: the suggestion, or why there is none. */
interface Suggestion {
  readonly keyFigure: string;
  readonly d: BarrierEstimateSuggestion | null;
  readonly err?: ApiError | undefined;
}

/**
 * The barrier's form: the rule (law, paragraph, retsinformation link), area, theme, text, an
 * optional key figure whose potential pre-fills the estimate (editable: a changed amount is the
 * municipality's own), precedents and links; beside it the similar barriers while typing. Save
 * POSTs a new one or PATCHes an edit with its base version; a refusal naming a field is shown
 * at that field, a stale edit (409) offers the newest version.
 */
export function BarrierEditorForm({
  initial,
  user,
  item,
  reload,
}: {
  readonly initial: BarrierForm;
  readonly user: SessionUser;
  readonly item: BarrierDocument | null;
  readonly reload?: () => Promise<BarrierDocument | undefined>;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const e = t.barriers.editor;
  const fields = t.barriers.record.fields;
  const [, navigate] = useLocation();
  const municipalities = useMunicipalities();
  const [s, setS] = useState(initial);
  const [baseVersion, setBaseVersion] = useState(item?.version);
  const { write, busy, problem, conflict, setConflict } = useBarrierWrite();
  const set = (change: Partial<BarrierForm>) => setS((x) => ({ ...x, ...change }));

  // The potential on the chosen figure, pre-filled as the estimate when a figure is chosen
  // (an existing barrier keeps its own amount until its figure is changed).
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);
  const chooseFigure = async (keyFigure: string) => {
    set({ keyFigure });
    setSuggestion(null);
    if (keyFigure === '' || s.municipality === '') return;
    try {
      const d = await fetchBarrierEstimate({ municipality: s.municipality, keyFigure });
      setSuggestion({ keyFigure, d });
      if (d.amount !== null && d.amount > 0)
        set({ amount: String(d.amount), source: 'potential', prices: d.prices, year: d.year });
    } catch (err) {
      setSuggestion({ keyFigure, d: null, err: err instanceof ApiError ? err : undefined });
    }
  };

  const save = async (ev: FormEvent) => {
    ev.preventDefault();
    const body = bodyOf(s);
    const saved =
      item === null
        ? await write<{ id: number }>('POST', 'barriers', body)
        : await write<BarrierDocument>('PATCH', `barriers/${item.id}`, { ...body, baseVersion });
    if (saved) navigate(`/regelbarrierer/${saved.id}`);
  };

  const loadNewest = async () => {
    const fresh = await reload?.();
    if (!fresh) return;
    setS(formOf(fresh));
    setBaseVersion(fresh.version);
    setConflict(false);
  };

  /** The server's refusal beside the field it names. */
  const at = (field: string): ReactNode =>
    problem?.field === field ? (
      <p className="field-problem" data-testid={`problem-${field}`}>
        {problem.text}
      </p>
    ) : null;

  const own = user.role === 'municipality-editor' ? user.municipalities : [];
  const owners = [...(municipalities.data ?? [])]
    .filter((m) => own.includes(m.code) || m.code === s.municipality)
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
  const level = s.prices
    ? priceLevelText(locale, s.prices)
    : priceLevelText(locale, { basis: 'current', year: null });
  const d = suggestion?.keyFigure === s.keyFigure ? suggestion.d : null;
  const why = suggestion?.keyFigure === s.keyFigure ? suggestion.err : undefined;

  return (
    <div className="barrier-editor-layout">
      <form className="portal-editor barrier-editor" onSubmit={(ev) => void save(ev)} noValidate>
        <SelectField
          label={e.municipality}
          value={s.municipality}
          options={owners.map((m) => ({ value: m.code, label: m.name }))}
          onValue={(municipality) => set({ municipality })}
        />
        {at('municipality')}
        <TextField
          label={e.title}
          help={e.titleHelp}
          value={s.title}
          onValue={(title) => set({ title })}
          required
          maxLength={200}
        />
        {at('title')}
        <div className="portal-row">
          <TextField
            label={e.lawName}
            help={e.lawNameHelp}
            value={s.lawName}
            onValue={(lawName) => set({ lawName })}
            required
            maxLength={200}
          />
          <TextField
            label={e.paragraph}
            help={e.paragraphHelp}
            value={s.paragraph}
            onValue={(paragraph) => set({ paragraph })}
            required
            maxLength={100}
          />
        </div>
        <TextField
          label={e.lawUrl}
          value={s.lawUrl}
          onValue={(lawUrl) => set({ lawUrl })}
          type="url"
          maxLength={500}
        />
        {at('law')}
        <div className="portal-row">
          <TextField
            label={e.area}
            help={e.areaHelp}
            value={s.area}
            onValue={(area) => set({ area })}
            maxLength={200}
          />
          <SelectField
            label={e.theme}
            value={s.theme}
            options={ITEM_THEMES.map((x) => ({ value: x, label: t.common.themes[x] ?? x }))}
            onValue={(theme) => set({ theme })}
          />
        </div>
        {at('area')}
        {at('theme')}
        <TextArea
          label={e.description}
          help={e.descriptionHelp}
          value={s.description}
          onValue={(description) => set({ description })}
          rows={6}
        />
        {at('description')}
        <KeyFigurePicker
          chosen={s.keyFigure === '' ? [] : [s.keyFigure]}
          onChange={(next) => void chooseFigure(next.at(-1) ?? '')}
          only={(k) => k.kind === 'cost'}
          legend={e.keyFigure}
          help={e.keyFigureHelp}
        />
        {at('keyFigure')}
        {why ? (
          <p className="barriers-note" data-testid="estimate-suggestion">
            {(locale === 'da' ? why.detailDa : why.detailEn) || e.noSuggestion}
          </p>
        ) : null}
        {s.keyFigure !== '' && d ? (
          <p className="barriers-note" data-testid="estimate-suggestion">
            {d.amount !== null && d.amount > 0
              ? e.suggestion(
                  krText(i18n, d.amount),
                  d.year,
                  priceLevelText(locale, d.prices),
                  d.level,
                )
              : ((locale === 'da' ? d.reason?.da : d.reason?.en) ?? e.noSuggestion)}
          </p>
        ) : null}
        <TextField
          label={e.estimate}
          help={`${e.estimateLevel(level)} ${s.amount.trim() === '' ? '' : s.source === 'potential' ? e.fromPotential : e.entered}`.trim()}
          value={s.amount}
          onValue={(amount) => set({ amount, source: 'entered' })}
          inputMode="numeric"
          autoComplete="off"
        />
        {at('estimate')}
        <TextArea
          label={e.precedents}
          help={e.precedentsHelp}
          value={s.precedents}
          onValue={(precedents) => set({ precedents })}
          rows={3}
        />
        {at('precedents')}
        <TextArea
          label={e.links}
          help={e.linksHelp}
          value={s.links}
          onValue={(links) => set({ links })}
          rows={3}
        />
        {at('links')}
        <div role="alert" data-testid="editor-problem">
          {problem ? (
            <div className="error">
              <p>
                <strong>{e.problem}:</strong> {problem.text}
                {problem.field !== undefined && fields[problem.field] !== undefined
                  ? `${/[.!?]$/.test(problem.text) ? '' : '.'} ${e.seeField(fields[problem.field] ?? problem.field)}`
                  : ''}
              </p>
            </div>
          ) : null}
          {conflict ? (
            <div className="error">
              <p>{e.conflict}</p>
              <button type="button" onClick={() => void loadNewest()}>
                {e.reload}
              </button>
            </div>
          ) : null}
        </div>
        <div className="portal-editor-actions">
          <button type="submit" disabled={busy}>
            {busy ? e.saving : e.save}
          </button>
          <Link href={item === null ? '/regelbarrierer' : `/regelbarrierer/${item.id}`}>
            {e.cancel}
          </Link>
        </div>
      </form>
      <SimilarBarriers
        title={s.title}
        description={s.description}
        law={s.lawName}
        paragraph={s.paragraph}
        exclude={item?.id}
      />
    </div>
  );
}
