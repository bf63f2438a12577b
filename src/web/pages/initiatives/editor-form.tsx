import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import {
  ApiError,
  invalidateInitiatives,
  useApi,
  useMunicipalities,
  useSend,
  type InitiativeDocument,
  type SessionUser,
} from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';
import {
  INITIATIVE_STATUSES,
  INITIATIVE_TYPES,
  INITIATIVE_VISIBILITIES,
  ITEM_THEMES,
  MONEY_USES,
} from '../../../core/index.ts';
import { SelectField, TextArea, TextField } from '../portal/editor-fields.tsx';
import { KeyFigurePicker } from '../portal/editor-pickers.tsx';
import { bodyOf, formOf, problemField, type InitiativeForm } from './editor-state.ts';
import { GainsEditor } from './gains-editor.tsx';

interface Problem {
  readonly text: string;
  /** The form field the server named, when it named one. */
  readonly field?: string | undefined;
}

/**
 * The initiative's form: every field, the gains as editable year/amount rows, the price level,
 * and save (POST a new one, PATCH an edit with the version it was made from). A refusal naming
 * a field is shown next to that field (and above the buttons); a stale edit (409) offers the
 * newest version.
 */
export function InitiativeEditorForm({
  initial,
  user,
  item,
  reload,
}: {
  readonly initial: InitiativeForm;
  readonly user: SessionUser;
  readonly item: InitiativeDocument | null;
  readonly reload?: () => Promise<InitiativeDocument | undefined>;
}) {
  const { t, locale } = useI18n();
  const e = t.initiatives.editor;
  const fields = t.initiatives.record.fields;
  const send = useSend();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const municipalities = useMunicipalities();
  const index = useApi('price-index', {});
  const [s, setS] = useState(initial);
  const [baseVersion, setBaseVersion] = useState(item?.version);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [conflict, setConflict] = useState(false);
  const set = (change: Partial<InitiativeForm>) => setS((x) => ({ ...x, ...change }));

  const save = async (ev: FormEvent) => {
    ev.preventDefault();
    setBusy(true);
    setProblem(null);
    setConflict(false);
    try {
      let id: number;
      if (item === null) {
        id = (await send<{ id: number }>('POST', 'initiatives', bodyOf(s))).id;
      } else {
        await send('PATCH', `initiatives/${item.id}`, { ...bodyOf(s), baseVersion });
        id = item.id;
      }
      await invalidateInitiatives(client);
      navigate(`/initiativer/${id}`);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) setConflict(true);
      else if (err instanceof ApiError)
        setProblem({
          text:
            err.status === 0
              ? t.common.state.networkError
              : (locale === 'da' ? err.detailDa : err.detailEn) || err.detailDa,
          field: problemField(err.parameter),
        });
      else setProblem({ text: String(err) });
    } finally {
      setBusy(false);
    }
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
  const indexYears = [
    ...new Set((index.data?.years ?? []).filter((y) => y.keyFigureId === null).map((y) => y.year)),
  ].sort((a, b) => b - a);
  const priceOptions = [
    { value: 'current', label: e.pricesCurrent },
    ...[...new Set([...indexYears, ...(s.prices === 'current' ? [] : [Number(s.prices)])])].map(
      (y) => ({ value: String(y), label: e.pricesFixed(y) }),
    ),
  ];

  return (
    <form className="portal-editor initiative-editor" onSubmit={(ev) => void save(ev)} noValidate>
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
      <TextArea
        label={e.description}
        value={s.description}
        onValue={(description) => set({ description })}
        rows={5}
      />
      {at('description')}
      <div className="portal-row">
        <SelectField
          label={e.theme}
          value={s.theme}
          options={ITEM_THEMES.map((x) => ({ value: x, label: t.common.themes[x] ?? x }))}
          onValue={(theme) => set({ theme })}
        />
        <SelectField
          label={e.type}
          value={s.type}
          options={INITIATIVE_TYPES.map((x) => ({ value: x, label: t.initiatives.types[x] ?? x }))}
          onValue={(type) => set({ type })}
        />
      </div>
      {at('theme')}
      {at('type')}
      <fieldset>
        <legend>{e.owner}</legend>
        <div className="portal-row">
          <TextField
            label={e.ownerName}
            value={s.ownerName}
            onValue={(ownerName) => set({ ownerName })}
            autoComplete="off"
          />
          <TextField
            label={e.ownerRole}
            value={s.ownerRole}
            onValue={(ownerRole) => set({ ownerRole })}
            autoComplete="off"
          />
        </div>
        {at('owner')}
      </fieldset>
      <KeyFigurePicker
        chosen={s.keyFigures}
        onChange={(keyFigures) => set({ keyFigures })}
        only={(k) => k.kind === 'cost'}
        legend={e.keyFigures}
        help={e.keyFiguresHelp}
      />
      {at('keyFigures')}
      <div className="portal-row">
        <TextField
          label={e.startYear}
          value={s.startYear}
          onValue={(startYear) => set({ startYear })}
          inputMode="numeric"
          pattern="[0-9]{4}"
          maxLength={4}
          required
        />
        <SelectField
          label={e.prices}
          value={s.prices}
          options={priceOptions}
          onValue={(prices) => set({ prices })}
        />
      </div>
      {at('startYear')}
      {at('prices')}
      <GainsEditor
        legend={e.expected}
        name="expected"
        rows={s.expected}
        onChange={(expected) => set({ expected })}
      />
      {at('expected')}
      <GainsEditor
        legend={e.realised}
        name="realised"
        rows={s.realised}
        onChange={(realised) => set({ realised })}
      />
      {at('realised')}
      <div className="portal-row">
        <SelectField
          label={e.status}
          value={s.status}
          options={INITIATIVE_STATUSES.map((x) => ({
            value: x,
            label: t.initiatives.statuses[x] ?? x,
          }))}
          onValue={(status) => set({ status })}
        />
        <SelectField
          label={e.visibility}
          value={s.visibility}
          options={INITIATIVE_VISIBILITIES.map((x) => ({
            value: x,
            label: t.initiatives.visibilities[x] ?? x,
          }))}
          onValue={(visibility) => set({ visibility })}
        />
      </div>
      {at('status')}
      {at('visibility')}
      <div className="portal-row">
        <SelectField
          label={e.moneyUse}
          value={s.moneyUse}
          options={MONEY_USES.map((x) => ({ value: x, label: t.initiatives.moneyUses[x] ?? x }))}
          onValue={(moneyUse) => set({ moneyUse })}
        />
        <TextField
          label={e.moneyArea}
          value={s.moneyArea}
          onValue={(moneyArea) => set({ moneyArea })}
          maxLength={300}
        />
      </div>
      {at('money')}
      <TextField
        label={e.portalItems}
        help={e.portalItemsHelp}
        value={s.portalItems}
        onValue={(portalItems) => set({ portalItems })}
        inputMode="numeric"
      />
      {at('portalItems')}
      <div className="portal-check">
        <input
          type="checkbox"
          id="initiative-example"
          checked={s.example}
          onChange={(ev) => set({ example: ev.target.checked })}
        />
        <label htmlFor="initiative-example">{e.example}</label>
      </div>
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
        <Link href={item === null ? '/initiativer' : `/initiativer/${item.id}`}>{e.cancel}</Link>
      </div>
    </form>
  );
}
