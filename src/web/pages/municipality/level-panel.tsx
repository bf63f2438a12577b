import { useId, useState } from 'react';
import type { Municipality } from '../../api/index.ts';
import { MunicipalitySearch } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';

/** The benchmark levels of the engine as the page offers them; two take a value. */
export const LEVEL_KINDS = [
  'median',
  'mean',
  'ratio-of-sums',
  'percentile',
  'best',
  'municipality',
  'need-adjusted',
  'regression-adjusted',
] as const;
/** DEA over all municipalities (not the group): VRS (`dea`) and CRS (`dea:crs`). */
export const DEA_LEVELS = ['dea', 'dea:crs'] as const;
type LevelKind = (typeof LEVEL_KINDS)[number] | (typeof DEA_LEVELS)[number];
const ALL_KINDS: readonly LevelKind[] = [...LEVEL_KINDS, ...DEA_LEVELS];

/** The kind of a `benchmark` value: p25 → percentile, municipality:101 → municipality. */
export function levelKindOf(benchmark: string): LevelKind | undefined {
  if (/^p\d/.test(benchmark)) return 'percentile';
  if (benchmark.startsWith('municipality:')) return 'municipality';
  if (benchmark === 'regression') return 'regression-adjusted';
  if (benchmark === 'dea:vrs') return 'dea';
  return ALL_KINDS.find((k) => k === benchmark);
}

/**
 * Every benchmark level, each with one sentence on what it means; a percentile takes its
 * number, the chosen municipality is found by search; DEA (VRS, or CRS) compares with the
 * reference municipalities among all municipalities instead of the group. The choice goes to the URL's
 * `benchmark` as the API spells it.
 */
export function LevelPanel({
  code,
  benchmark,
  municipalities,
  onBenchmark,
}: {
  readonly code: string;
  readonly benchmark: string;
  readonly municipalities: readonly Municipality[];
  readonly onBenchmark: (benchmark: string) => void;
}) {
  const { t } = useI18n();
  const m = t.group.levels;
  const d = t.deaLevel;
  const id = useId();
  const kind = levelKindOf(benchmark);
  const [p, setP] = useState(() => /^p(\d+)/.exec(benchmark)?.[1] ?? '25');
  const chosen = benchmark.startsWith('municipality:') ? benchmark.slice(13) : undefined;
  const chosenName = municipalities.find((x) => x.code === chosen)?.name ?? chosen;
  const choose = (k: LevelKind) => {
    if (k === 'percentile') onBenchmark(`p${p}`);
    else if (k === 'municipality') {
      if (chosen) onBenchmark(`municipality:${chosen}`);
      else {
        const other = municipalities.find((x) => x.code !== code);
        if (other) onBenchmark(`municipality:${other.code}`);
      }
    } else onBenchmark(k);
  };
  return (
    <section className="muni-section level-panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{m.heading}</h2>
      <p className="group-lead">{m.lead}</p>
      <fieldset className="level-list">
        <legend className="visually-hidden">{m.heading}</legend>
        {ALL_KINDS.map((k) => (
          <div key={k} className="level-item" data-level={k}>
            <input
              type="radio"
              id={`${id}-${k}`}
              name={`${id}-level`}
              value={k}
              checked={kind === k}
              aria-describedby={`${id}-${k}-s`}
              onChange={() => choose(k)}
            />
            <label htmlFor={`${id}-${k}`}>{m.names[k] ?? d.names[k] ?? k}</label>
            <p id={`${id}-${k}-s`} className="group-help">
              {m.sentences[k] ?? d.sentences[k]}
            </p>
            {k === 'percentile' && kind === 'percentile' ? (
              <div className="level-extra">
                <label htmlFor={`${id}-p`}>{m.percentileValue}</label>
                <input
                  id={`${id}-p`}
                  type="number"
                  min={0}
                  max={100}
                  step={1}
                  value={p}
                  onChange={(e) => {
                    setP(e.target.value);
                    if (/^\d{1,3}$/.test(e.target.value) && Number(e.target.value) <= 100)
                      onBenchmark(`p${Number(e.target.value)}`);
                  }}
                />
              </div>
            ) : null}
            {k === 'municipality' && kind === 'municipality' ? (
              <div className="level-extra">
                {chosenName ? <p data-testid="level-chosen">{m.chosen(chosenName)}</p> : null}
                <MunicipalitySearch
                  label={m.chooseMunicipality}
                  onSelect={(c) => onBenchmark(`municipality:${c}`)}
                />
              </div>
            ) : null}
          </div>
        ))}
      </fieldset>
    </section>
  );
}
