import { useState } from 'react';
import {
  useInitiativeHistory,
  useKeyFigures,
  useMunicipalities,
  type InitiativeHistoryDocument,
} from '../../api/index.ts';
import { QueryView } from '../../components/index.ts';
import { priceLevelText } from '../../format/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { krText } from './amounts.ts';

type Change = InitiativeHistoryDocument['versions'][number]['changes'][number];

/**
 * The initiative's versions, newest first, asked for when opened: who saved when and each
 * changed field, so an expected gain rewritten after the fact shows (before → after).
 */
export function InitiativeHistory({
  id,
  versions,
}: {
  readonly id: string;
  readonly versions: number;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="portal-history"
      data-testid="initiative-history"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{t.initiatives.record.historyShow(versions)}</summary>
      {open ? <HistoryList id={id} /> : null}
    </details>
  );
}

function HistoryList({ id }: { readonly id: string }) {
  const { t, f } = useI18n();
  const r = t.initiatives.record;
  const query = useInitiativeHistory(id);
  return (
    <QueryView query={query} height={120}>
      {(d) => (
        <ol>
          {d.versions.map((v) => (
            <li key={v.version}>
              <p>
                <strong>{r.version(v.version)}</strong> · {f.dateTime(v.at)}
                {v.author ? ` · ${r.by(v.author.name)}` : ''}
              </p>
              {v.version === 1 || v.changes.length === 0 ? (
                <p>{v.version === 1 ? r.created : r.noChanges}</p>
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

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A field's value in words: codes by name, gains as "2015: 2,0 mio. kr.", nothing as "–". */
function useValueText(): (field: string, v: unknown) => string {
  const i18n = useI18n();
  const { t, name, locale } = i18n;
  const x = t.initiatives;
  const figures = useKeyFigures();
  const municipalities = useMunicipalities();
  const names: Record<string, (code: string) => string> = {
    theme: (c) => t.common.themes[c] ?? c,
    type: (c) => x.types[c] ?? c,
    status: (c) => x.statuses[c] ?? c,
    visibility: (c) => x.visibilities[c] ?? c,
    keyFigures: (c) => {
      const k = figures.data?.find((fig) => fig.id === c);
      return k ? name(k) : c;
    },
    municipality: (c) => municipalities.data?.find((m) => m.code === c)?.name ?? c,
  };
  const text = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return '–';
    if (typeof v === 'boolean') return v ? x.record.yes : x.record.no;
    if (Array.isArray(v)) return v.length === 0 ? '–' : v.map((e) => text(field, e)).join(', ');
    if (isObject(v)) {
      if (typeof v['year'] === 'number' && typeof v['amount'] === 'number')
        return `${v['year']}: ${krText(i18n, v['amount'])}`;
      if (v['basis'] === 'current' || v['basis'] === 'fixed')
        return priceLevelText(locale, {
          basis: v['basis'],
          year: typeof v['year'] === 'number' ? v['year'] : null,
        });
      if (field === 'money' && typeof v['use'] === 'string') {
        const use = x.moneyUses[v['use']] ?? v['use'];
        return typeof v['area'] === 'string' && v['area'] !== '' ? `${use}: ${v['area']}` : use;
      }
      return Object.values(v)
        .map((e) => text('', e))
        .join(' · ');
    }
    const s = String(v);
    return names[field]?.(s) ?? s;
  };
  return text;
}

function FieldChange({ change }: { readonly change: Change }) {
  const { t } = useI18n();
  const valueText = useValueText();
  const parts = change.parts ?? [];
  return (
    <>
      <dt>{t.initiatives.record.fields[change.field] ?? change.field}</dt>
      <dd lang="da" data-field={change.field}>
        {change.parts ? (
          parts.map((part, i) =>
            part.change === 'added' ? (
              <ins key={i}>
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
