import { useState } from 'react';
import {
  useKeyFigures,
  useMunicipalities,
  usePortalHistory,
  type PortalHistoryVersion,
} from '../../api/index.ts';
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
              {/* The first version's "changes" are every field: it was created, that is all. */}
              {v.version === 1 || v.changes.length === 0 ? (
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

/**
 * A field's value in words: codes by their names (kind, status, themes, topics, key figures,
 * municipalities), yes/no, lists joined, objects by their values, nothing as "–".
 */
function useValueText(): (field: string, v: unknown) => string {
  const { t, name } = useI18n();
  const figures = useKeyFigures();
  const municipalities = useMunicipalities();
  const municipality = (x: string) => municipalities.data?.find((m) => m.code === x)?.name ?? x;
  const names: Record<string, (code: string) => string> = {
    kind: (x) => t.portal.kinds[x] ?? x,
    status: (x) => t.portal.statuses[x] ?? x,
    themes: (x) => t.common.themes[x] ?? x,
    topics: (x) => t.portal.topics[x] ?? x,
    keyFigures: (x) => {
      const k = figures.data?.find((f) => f.id === x);
      return k ? name(k) : x;
    },
    municipalities: municipality,
    municipality,
  };
  const text = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return '–';
    if (typeof v === 'boolean') return v ? t.portal.item.yes : t.portal.item.no;
    if (Array.isArray(v)) return v.length === 0 ? '–' : v.map((x) => text(field, x)).join(', ');
    if (typeof v === 'object')
      return Object.values(v as object)
        .map((x) => text('', x))
        .join(' · ');
    const s = String(v);
    return names[field]?.(s) ?? s;
  };
  return text;
}

function FieldChange({ change }: { readonly change: Change }) {
  const { t } = useI18n();
  const p = t.portal.item;
  const valueText = useValueText();
  const parts = change.parts ?? [];
  return (
    <>
      <dt>{p.fields[change.field] ?? change.field}</dt>
      <dd lang="da">
        {change.parts ? (
          parts.map((part, i) =>
            part.change === 'added' ? (
              <ins key={i}>
                {/* A word replaced by another: a space between the two, so they read apart. */}
                {parts[i - 1]?.change === 'removed' ? ' ' : ''}
                {part.text}
              </ins>
            ) : part.change === 'removed' ? (
              <del key={i}>{part.text}</del>
            ) : (
              <span key={i}>{part.text}</span>
            ),
          )
        ) : (
          <>
            <del>{valueText(change.field, change.before)}</del> →{' '}
            <ins>{valueText(change.field, change.after)}</ins>
          </>
        )}
      </dd>
    </>
  );
}
