import { useState } from 'react';
import { usePortalHistory, type PortalHistoryVersion } from '../../api/index.ts';
import { QueryView } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';

type Change = PortalHistoryVersion['changes'][number];

/**
 * The item's versions, newest first, in a disclosure that asks for them when opened: who saved
 * when, and each changed field; a text field's words removed (<del>) and added (<ins>).
 */
export function ItemHistory({ id, versions }: { readonly id: string; readonly versions: number }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="portal-history"
      data-testid="portal-history"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{t.portal.item.historyShow(versions)}</summary>
      {open ? <HistoryList id={id} /> : null}
    </details>
  );
}

function HistoryList({ id }: { readonly id: string }) {
  const { t, f } = useI18n();
  const p = t.portal.item;
  const query = usePortalHistory(id);
  return (
    <QueryView query={query} height={120}>
      {(d) => (
        <ol>
          {d.versions.map((v) => (
            <li key={v.version}>
              <p>
                <strong>{p.version(v.version)}</strong> · {f.dateTime(v.at)}
                {v.author ? ` · ${p.by(v.author.name)}` : ''} ·{' '}
                {t.portal.statuses[v.status] ?? v.status}
              </p>
              {v.changes.length === 0 ? (
                <p>{v.version === 1 ? p.created : p.noChanges}</p>
              ) : (
                <dl>
                  {v.changes.map((c) => (
                    <FieldChange key={c.field} change={c} />
                  ))}
                </dl>
              )}
            </li>
          ))}
        </ol>
      )}
    </QueryView>
  );
}

/** A value of any field in words: lists joined, objects by their values, null as "–". */
function valueText(v: unknown): string {
  if (v === null || v === undefined || v === '') return '–';
  if (Array.isArray(v)) return v.length === 0 ? '–' : v.map(valueText).join(', ');
  if (typeof v === 'object')
    return Object.values(v as object)
      .map(valueText)
      .join(' · ');
  return String(v);
}

function FieldChange({ change }: { readonly change: Change }) {
  const { t } = useI18n();
  const p = t.portal.item;
  return (
    <>
      <dt>{p.fields[change.field] ?? change.field}</dt>
      <dd lang="da">
        {change.parts ? (
          change.parts.map((part, i) =>
            part.change === 'added' ? (
              <ins key={i}>{part.text}</ins>
            ) : part.change === 'removed' ? (
              <del key={i}>{part.text}</del>
            ) : (
              <span key={i}>{part.text}</span>
            ),
          )
        ) : (
          <>
            <del>{valueText(change.before)}</del> → <ins>{valueText(change.after)}</ins>
          </>
        )}
      </dd>
    </>
  );
}
