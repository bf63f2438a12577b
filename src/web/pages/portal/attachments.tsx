import { useId, useState } from 'react';
import { ApiError, useSend, useUploadAttachment, type PortalAttachment } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';

/**
 * A file's size for people: bytes under 1 kB, kB under 1 MB, else MB with one decimal.
 * @example fileSize((v, d) => String(v.toFixed(d)), 200) // '200 B'
 */
export function fileSize(number: (v: number, decimals: number) => string, size: number): string {
  if (size < 1024) return `${number(size, 0)} B`;
  if (size < 1024 * 1024) return `${number(size / 1024, 0)} kB`;
  return `${number(size / (1024 * 1024), 1)} MB`;
}

/**
 * An item's attachments in the editor: upload a file (the server checks type and size and
 * refuses in Danish, shown here), and delete one. Only for a saved item.
 */
export function AttachmentsEditor({
  itemId,
  attachments,
  onChanged,
}: {
  readonly itemId: number;
  readonly attachments: readonly PortalAttachment[];
  readonly onChanged: () => void;
}) {
  const { t, f, locale } = useI18n();
  const e = t.portal.editor;
  const id = useId();
  const upload = useUploadAttachment();
  const send = useSend();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const text = (err: unknown) =>
    err instanceof ApiError
      ? (locale === 'da' ? err.detailDa : err.detailEn) || err.detailDa
      : String(err);
  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setProblem('');
    setDone('');
    try {
      setDone(await work());
      onChanged();
    } catch (err) {
      setProblem(text(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset data-testid="editor-attachments">
      <legend>{e.attachments}</legend>
      {attachments.length > 0 ? (
        <ul className="portal-chosen">
          {attachments.map((a) => (
            <li key={a.id}>
              <a href={a.url}>
                {a.name} ({fileSize(f.number, a.size)})
              </a>
              <button
                type="button"
                className="link-button"
                disabled={busy}
                onClick={() =>
                  void run(async () => {
                    await send('DELETE', `portal/items/${itemId}/attachments/${a.id}`);
                    return e.deleted(a.name);
                  })
                }
              >
                {e.deleteAttachment(a.name)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="portal-field">
        <label htmlFor={id}>{e.file}</label>
        <p id={`${id}-help`} className="portal-field-help">
          {e.attachmentsHelp}
        </p>
        <input
          id={id}
          type="file"
          aria-describedby={`${id}-help`}
          onChange={(ev) => setFile(ev.target.files?.[0] ?? null)}
        />
      </div>
      <button
        type="button"
        disabled={busy || file === null}
        onClick={() => {
          if (file !== null)
            void run(async () => {
              const saved = await upload(itemId, file);
              return e.uploaded(saved.name);
            });
        }}
      >
        {busy ? e.uploading : e.upload}
      </button>
      <div role="alert">{problem ? <p className="portal-problem">{problem}</p> : null}</div>
      <p role="status">{done}</p>
    </fieldset>
  );
}
