import { useQueries } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { fetchJson, type KeyFigureDocument, type PackageDocument } from '../../api/index.ts';
import {
  DataTable,
  ErrorMessage,
  InfoNumber,
  Loading,
  Select,
  useNearViewport,
  type Column,
} from '../../components/index.ts';
import { useI18n } from '../../i18n/index.ts';
import {
  comparePeers,
  COMPETITION_FIGURES,
  COMPETITION_THEME,
  newestCommonYear,
  type PeerComparison,
} from './competition-figures.ts';
import { DevelopmentChart } from './development-chart.tsx';
import { PortalTopicItems } from './portal-topic-items.tsx';

/** The knowledge portal's topic that the section points to (core/portal ITEM_TOPICS). */
const PORTAL_TOPIC = 'udbud-og-konkurrence';

interface Row {
  readonly id: string;
  readonly label: string;
  readonly comparison: PeerComparison;
}

/**
 * "Konkurrence og samarbejde": IKU in total and per hovedkonto and the PLI for the
 * municipality against its peer group (the page's group for administration) in the newest year
 * with numbers up to the page's year, their development over time, and the knowledge portal's
 * items on tendering and competition. Context only: none of it is part of the potential.
 */
export function Competition({
  code,
  municipalityName,
  names,
  year,
  peersParam,
  pkg,
  groupName,
  keyFigures,
}: {
  readonly code: string;
  readonly municipalityName: string;
  readonly names: ReadonlyMap<string, string>;
  readonly year: number;
  readonly peersParam: string;
  readonly pkg: PackageDocument;
  readonly groupName: (theme: string) => string;
  readonly keyFigures: ReadonlyMap<string, KeyFigureDocument>;
}) {
  const { t, name } = useI18n();
  const m = t.municipality.competition;
  // Below the fold: its ten requests wait until the reader comes near (the first view first).
  const sectionRef = useRef<HTMLElement>(null);
  const near = useNearViewport(sectionRef);
  const shownYear = newestCommonYear(
    COMPETITION_FIGURES.map((id) => keyFigures.get(id)?.yearsWithValues),
    year,
  );
  const theme = pkg.groups[COMPETITION_THEME] ? COMPETITION_THEME : Object.keys(pkg.groups)[0];
  const members = (theme ? pkg.groups[theme]?.members : undefined) ?? [];
  // One /values answer per figure, with the same keys as useApi('values', …): cached once.
  const answers = useQueries({
    queries: COMPETITION_FIGURES.map((id) => {
      const params = { keyFigure: id, year: shownYear };
      return {
        queryKey: ['values', params],
        queryFn: ({ signal }: { signal: AbortSignal }) => fetchJson('values', params, signal),
        enabled: near && shownYear !== undefined && keyFigures.has(id),
        staleTime: 5 * 60_000,
      };
    }),
  });
  const label = (id: string) => {
    const k = keyFigures.get(id);
    return k ? name(k) : id;
  };
  const [chosen, setChosen] = useState(COMPETITION_FIGURES[0] ?? '');
  const shown = COMPETITION_FIGURES.filter((id) => keyFigures.has(id));
  // The chart asks only for a figure the database has.
  const current = shown.includes(chosen) ? chosen : (shown[0] ?? chosen);
  const error = answers.find((a) => a.error)?.error ?? null;
  const pending = answers.some(
    (a, i) => a.isPending && keyFigures.has(COMPETITION_FIGURES[i] ?? ''),
  );
  const rows: Row[] = COMPETITION_FIGURES.flatMap((id, i) => {
    const data = answers[i]?.data;
    return data
      ? [{ id, label: label(id), comparison: comparePeers(data.values, code, members) }]
      : [];
  });

  return (
    <section
      ref={sectionRef}
      className="muni-section muni-competition"
      aria-labelledby="competition-heading"
    >
      <h2 id="competition-heading">{m.heading}</h2>
      <p className="muni-section-lead">{m.lead}</p>
      <p>{m.iku}</p>
      <p>
        {m.pli} {m.oldPli}
      </p>
      {!near ? (
        <Loading height={330} />
      ) : shownYear === undefined || shown.length === 0 ? (
        <p>{m.noYear}</p>
      ) : (
        <>
          {error ? (
            <ErrorMessage error={error} retry={() => answers.forEach((a) => void a.refetch())} />
          ) : pending ? (
            <Loading height={330} />
          ) : (
            <ComparisonTable
              rows={rows}
              year={shownYear}
              caption={m.caption(municipalityName, shownYear, groupName(theme ?? ''))}
              source={t.common.sourceNames['noegletal'] ?? ''}
            />
          )}
          <div className="controls">
            <Select
              label={m.figureLabel}
              value={current}
              options={shown.map((id) => ({ value: id, label: label(id) }))}
              onChange={setChosen}
            />
          </div>
          <DevelopmentChart
            code={code}
            municipalityName={municipalityName}
            names={names}
            peersParam={peersParam}
            keyFigure={keyFigures.get(current)}
            keyFigureId={current}
            figureName={label(current)}
            year={shownYear}
          />
        </>
      )}
      {near ? <PortalTopicItems topic={PORTAL_TOPIC} limit={5} text={m.portal} /> : null}
    </section>
  );
}

function ComparisonTable({
  rows,
  year,
  caption,
  source,
}: {
  readonly rows: readonly Row[];
  readonly year: number;
  readonly caption: string;
  readonly source: string;
}) {
  const { t, f } = useI18n();
  const m = t.municipality.competition;
  // One decimal throughout, as the export publishes them, so that the column lines up.
  const pct = (v: number | null) =>
    v === null ? f.withUnit(null, 'pct.') : f.attachUnit(f.number(v, 1), 'pct.');
  const columns: readonly Column<Row>[] = [
    { key: 'figure', header: m.columns.figure, cell: (r) => r.label, rowHeader: true },
    {
      key: 'own',
      header: m.columns.own,
      numeric: true,
      cell: (r) => (
        <InfoNumber info={{ definition: m.valueInfo(r.label, year), source, year }}>
          {pct(r.comparison.own)}
        </InfoNumber>
      ),
    },
    {
      key: 'median',
      header: m.columns.median,
      numeric: true,
      cell: (r) => (
        <InfoNumber info={{ definition: m.medianInfo(r.label, r.comparison.count), source, year }}>
          {pct(r.comparison.median)}
        </InfoNumber>
      ),
    },
    {
      key: 'range',
      header: m.columns.range,
      numeric: true,
      cell: (r) =>
        r.comparison.count > 0
          ? m.range(f.number(r.comparison.min, 1), f.number(r.comparison.max, 1))
          : pct(null),
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      className="muni-competition-table"
    />
  );
}
