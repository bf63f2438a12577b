import { InfoNumber } from '../../components/index.ts';
import type { Health, ImportRecord, KeyFigureDocument } from '../../api/index.ts';
import { useI18n } from '../../i18n/index.ts';

/**
 * The totals: observations (health), imports, key figures with values, and the latest import,
 * said to be when data were loaded, not how recent they are.
 */
export function DataSummary({
  health,
  imports,
  keyFigures,
}: {
  readonly health: Health;
  readonly imports: readonly ImportRecord[];
  readonly keyFigures: readonly KeyFigureDocument[] | undefined;
}) {
  const { t, f } = useI18n();
  const s = t.data.summary;
  const latest = imports.reduce<string | null>(
    (max, i) => (max === null || i.importedAt > max ? i.importedAt : max),
    null,
  );
  const withValues = keyFigures?.filter((k) => (k.yearsWithValues?.length ?? 0) > 0);
  const cards = [
    {
      key: 'observations',
      label: s.observations,
      value: f.number(health.observations),
      info: s.observationsInfo,
    },
    { key: 'imports', label: s.imports, value: f.number(imports.length), info: s.importsInfo },
    {
      key: 'key-figures',
      label: s.keyFigures,
      value: withValues ? f.number(withValues.length) : '…',
      info: s.keyFiguresInfo,
    },
    {
      key: 'latest',
      label: s.latest,
      value: latest ? f.dateTime(latest) : '–',
      info: s.latestInfo,
      note: s.latestNote,
    },
  ];
  return (
    <section aria-labelledby="data-summary-title">
      <h2 id="data-summary-title">{s.title}</h2>
      <dl className="data-summary">
        {cards.map((c) => (
          <div key={c.key} className="card" data-testid={`summary-${c.key}`}>
            <dt>{c.label}</dt>
            <dd>
              <InfoNumber info={{ definition: c.info, source: s.source }}>{c.value}</InfoNumber>
              {'note' in c ? <span className="data-summary-note">{c.note}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
