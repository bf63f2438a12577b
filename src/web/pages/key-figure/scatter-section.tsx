import { useApi, useKeyFigures, type KeyFigureDocument, type ValueRow } from '../../api/index.ts';
import { ErrorMessage, Loading, Select } from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import { ScatterChart } from './scatter-chart.tsx';
import { nearestYear, valueYears } from './years.ts';

/** Structural variables tried in order when none is chosen: the socio-economic index first. */
const PREFERRED = ['sociooekonomisk-indeks', 'befolkningstaethed', 'andel-67-aarige'];
const HEIGHT = 470;

/**
 * The scatter against a structural variable: the choice of variable, and its values in the
 * same year, or (said in words) in the nearest year with data.
 */
export function ScatterSection({
  keyFigure,
  year,
  rows,
  chosen,
  peers,
  variable,
  onVariable,
}: {
  readonly keyFigure: KeyFigureDocument;
  readonly year: number | null;
  readonly rows: readonly ValueRow[] | undefined;
  readonly chosen: string | null;
  readonly peers: ReadonlySet<string>;
  readonly variable: string;
  readonly onVariable: (id: string) => void;
}) {
  const { t, f, name } = useI18n();
  const s = t.keyFigure.scatter;
  const figures = useKeyFigures();
  const candidates = (figures.data ?? []).filter(
    (k) => k.kind === 'structure' && valueYears(k).length > 0 && k.id !== keyFigure.id,
  );
  const fallback =
    PREFERRED.map((id) => candidates.find((k) => k.id === id)).find((k) => k !== undefined) ??
    candidates[0];
  const structure = candidates.find((k) => k.id === variable) ?? fallback;

  // The variable's own years with numbers say which year to use: the figure's year, else the
  // nearest one; one request, for that year only.
  const usedYear = structure && year !== null ? nearestYear(valueYears(structure), year) : null;
  const structureValues = useApi(
    'values',
    structure && usedYear !== null ? { keyFigure: structure.id, year: usedYear } : null,
  );
  const structureRows = structureValues.data?.values;

  const options = [...candidates]
    .sort((a, b) => name(a).localeCompare(name(b), 'da'))
    .map((k) => ({ value: k.id, label: `${name(k)} (${f.unit(k.unit)})` }));

  const error = figures.error ?? structureValues.error;
  const waiting =
    !rows || year === null || !structure || (usedYear !== null && structureValues.isPending);
  return (
    <section aria-labelledby="kf-scatter-heading">
      <h2 id="kf-scatter-heading">{s.heading}</h2>
      <p>{s.intro}</p>
      {options.length ? (
        <div className="controls">
          <Select
            label={s.variable}
            name="structure"
            value={structure?.id ?? ''}
            options={options}
            onChange={onVariable}
          />
        </div>
      ) : null}
      {error ? (
        <ErrorMessage error={error} />
      ) : waiting ? (
        <Loading height={HEIGHT} />
      ) : usedYear === null || !structureRows ? (
        <p className="notice">{s.noStructureData(name(structure))}</p>
      ) : (
        <>
          {usedYear !== year ? (
            <p className="notice">{s.fallbackYear(name(structure), year, usedYear)}</p>
          ) : null}
          <ScatterChart
            keyFigure={keyFigure}
            rows={rows}
            structure={structure}
            structureRows={structureRows}
            year={year}
            structureYear={usedYear}
            chosen={chosen}
            peers={peers}
          />
        </>
      )}
    </section>
  );
}
