import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import {
  ApiError,
  invalidatePortal,
  useMunicipalities,
  useSend,
  type PortalItemDocument,
  type SessionUser,
} from '../../api/index.ts';
import { ITEM_KINDS, ITEM_STATUSES, ITEM_THEMES, ITEM_TOPICS } from '../../../core/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { AttachmentsEditor } from './attachments.tsx';
import { BodyHtml } from './body-html.tsx';
import { Checks, SelectField, TextArea, TextField } from './editor-fields.tsx';
import { KeyFigurePicker, LinksEditor, MunicipalityPicker } from './editor-pickers.tsx';
import { bodyOf, stateOf, type EditorState } from './editor-state.ts';

/**
 * The editor's form: every field of an item, a preview of the body through the server's
 * renderer, and save (POST a new item, PATCH an edit with the version it was made from). The
 * server's refusal is shown above the buttons; a stale edit (409) offers the newest version.
 */
export function EditorForm({
  initial,
  user,
  item,
  reload,
}: {
  readonly initial: EditorState;
  readonly user: SessionUser;
  readonly item: PortalItemDocument | null;
  readonly reload?: () => Promise<PortalItemDocument | undefined>;
}) {
  const { t, locale } = useI18n();
  const e = t.portal.editor;
  const send = useSend();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const municipalities = useMunicipalities();
  const [s, setS] = useState(initial);
  const [baseVersion, setBaseVersion] = useState(item?.version);
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const [preview, setPreview] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const [conflict, setConflict] = useState(false);
  const set = (change: Partial<EditorState>) => setS((x) => ({ ...x, ...change }));
  const problemText = (err: unknown) =>
    err instanceof ApiError
      ? err.status === 0
        ? t.common.state.networkError
        : (locale === 'da' ? err.detailDa : err.detailEn) || err.detailDa
      : String(err);

  const showPreview = async () => {
    setTab('preview');
    setPreview(null);
    try {
      const d = await send<{ bodyHtml: string }>('POST', 'portal/preview', { body: s.body });
      setPreview(d.bodyHtml);
    } catch (err) {
      setProblem(problemText(err));
    }
  };

  const save = async (ev: FormEvent) => {
    ev.preventDefault();
    setBusy(true);
    setProblem('');
    setConflict(false);
    try {
      let id: number;
      if (item === null) {
        id = (await send<{ id: number }>('POST', 'portal/items', bodyOf(s))).id;
      } else {
        await send('PATCH', `portal/items/${item.id}`, { ...bodyOf(s), baseVersion });
        id = item.id;
      }
      await invalidatePortal(client);
      navigate(`/viden/${id}`);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) setConflict(true);
      else setProblem(problemText(err));
    } finally {
      setBusy(false);
    }
  };

  const loadNewest = async () => {
    const fresh = await reload?.();
    if (!fresh) return;
    setS(stateOf(fresh));
    setBaseVersion(fresh.version);
    setConflict(false);
  };

  const editorOf = user.role === 'municipality-editor' ? user.municipalities : null;
  const owners = [...(municipalities.data ?? [])]
    .filter((m) => editorOf === null || editorOf.includes(m.code))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));

  return (
    <form className="portal-editor" onSubmit={(ev) => void save(ev)} noValidate>
      <SelectField
        label={e.kind}
        value={s.kind}
        options={ITEM_KINDS.map((k) => ({ value: k, label: t.portal.kinds[k] ?? k }))}
        onValue={(kind) => set({ kind })}
      />
      <TextField
        label={e.title}
        help={e.titleHelp}
        value={s.title}
        onValue={(title) => set({ title })}
        required
        maxLength={200}
      />
      <TextArea
        label={e.summary}
        help={e.summaryHelp}
        value={s.summary}
        onValue={(summary) => set({ summary })}
        rows={3}
        required
      />
      <div>
        <div className="portal-tabs" role="group" aria-label={e.bodyMode}>
          <button type="button" aria-pressed={tab === 'write'} onClick={() => setTab('write')}>
            {e.write}
          </button>
          <button type="button" aria-pressed={tab === 'preview'} onClick={() => void showPreview()}>
            {e.preview}
          </button>
        </div>
        {tab === 'write' ? (
          <TextArea
            label={e.body}
            help={e.bodyHelp}
            value={s.body}
            onValue={(body) => set({ body })}
            rows={14}
          />
        ) : (
          <div className="portal-preview" data-testid="editor-preview" aria-live="polite">
            {preview === null ? (
              <p>{t.common.state.loading}</p>
            ) : preview === '' ? (
              <p>{e.previewEmpty}</p>
            ) : (
              <BodyHtml html={preview} />
            )}
          </div>
        )}
      </div>
      <Checks
        legend={e.themes}
        values={ITEM_THEMES}
        chosen={s.themes}
        label={(v) => t.common.themes[v] ?? v}
        onChange={(themes) => set({ themes })}
      />
      <Checks
        legend={e.topics}
        values={ITEM_TOPICS}
        chosen={s.topics}
        label={(v) => t.portal.topics[v] ?? v}
        onChange={(topics) => set({ topics })}
      />
      <KeyFigurePicker chosen={s.keyFigures} onChange={(keyFigures) => set({ keyFigures })} />
      <MunicipalityPicker
        chosen={s.municipalities}
        onChange={(municipalities) => set({ municipalities })}
      />
      <div className="portal-row">
        <SelectField
          label={e.owner}
          help={e.ownerHelp}
          value={s.municipality}
          options={[
            ...(editorOf === null ? [{ value: '', label: e.ownerNone }] : []),
            ...owners.map((m) => ({ value: m.code, label: m.name })),
          ]}
          onValue={(municipality) => set({ municipality })}
        />
        <TextField
          label={e.startYear}
          value={s.startYear}
          onValue={(startYear) => set({ startYear })}
          inputMode="numeric"
          pattern="[0-9]{4}"
          maxLength={4}
        />
      </div>
      <fieldset>
        <legend>{e.contact}</legend>
        <p className="portal-field-help">{e.contactHelp}</p>
        <div className="portal-row">
          <TextField
            label={e.contactName}
            value={s.contactName}
            onValue={(contactName) => set({ contactName })}
            autoComplete="off"
          />
          <TextField
            label={e.contactRole}
            value={s.contactRole}
            onValue={(contactRole) => set({ contactRole })}
            autoComplete="off"
          />
          <TextField
            label={e.contactEmail}
            type="email"
            value={s.contactEmail}
            onValue={(contactEmail) => set({ contactEmail })}
            autoComplete="off"
          />
        </div>
      </fieldset>
      <LinksEditor links={s.links} onChange={(links) => set({ links })} />
      <TextArea
        label={e.sources}
        help={e.sourcesHelp}
        value={s.sources}
        onValue={(sources) => set({ sources })}
        rows={3}
      />
      <SelectField
        label={e.status}
        value={s.status}
        options={ITEM_STATUSES.map((x) => ({ value: x, label: t.portal.statuses[x] ?? x }))}
        onValue={(status) => set({ status })}
      />
      <div className="portal-check">
        <input
          type="checkbox"
          id="portal-example"
          checked={s.example}
          onChange={(ev) => set({ example: ev.target.checked })}
        />
        <label htmlFor="portal-example">{e.example}</label>
      </div>
      {item !== null ? (
        <AttachmentsEditor
          itemId={item.id}
          attachments={item.attachments}
          onChanged={() => void reload?.()}
        />
      ) : (
        <p className="portal-field-help">{e.attachmentsAfterSave}</p>
      )}
      <div role="alert" data-testid="editor-problem">
        {problem ? (
          <div className="error">
            <p>
              <strong>{e.problem}:</strong> {problem}
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
        <Link href={item === null ? '/viden' : `/viden/${item.id}`}>{e.cancel}</Link>
      </div>
    </form>
  );
}
