import { median, type Block, type ChartSeries } from '../../core/index.ts';
import {
  figureName,
  figureOf,
  pricesOf,
  yearLabelOf,
  type BenchmarkParts,
  type PackageRow,
} from './package-doc.ts';
import { nameOf, num, say } from './words.ts';

/** How many years the development chart shows at most, ending with the report's year. */
export const DEVELOPMENT_YEARS = 6;

const finite = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v);

/** The values of `codes` on a figure in a year, in the package's prices (NaN left out). */
function valuesOf(p: BenchmarkParts, id: string, year: number, codes: readonly string[]) {
  const column = p.data.unitCost(id, year);
  if (!column) return [];
  return codes.flatMap((code) => {
    const i = p.data.codes.indexOf(code);
    const v = i < 0 ? undefined : column[i];
    return finite(v) ? [{ code, value: v }] : [];
  });
}

/** The municipality among its comparison group on one figure: one bar each, median and benchmark. */
export function peerBarsChart(p: BenchmarkParts, row: PackageRow): Block | undefined {
  const codes = [p.code, ...row.group];
  const values = valuesOf(p, row.keyFigureId, p.year, codes);
  if (values.length < 2) return undefined;
  const peers = values.filter((v) => v.code !== p.code).map((v) => v.value);
  const med = peers.length > 0 ? median(Float64Array.from(peers)) : null;
  const unit = figureOf(row.keyFigureId)?.unit ?? '';
  const name = figureName(row.keyFigureId, p.lang, row.nameDa);
  const bars = values
    .map((v) => ({ label: nameOf(v.code), value: v.value, own: v.code === p.code }))
    .sort((a, b) => a.value - b.value || a.label.localeCompare(b.label, 'da'));
  const alt = say(
    p.lang,
    `${name}, ${yearLabelOf(p)}, ${pricesOf(p)}: ${bars.map((b) => `${b.label} ${num(p.lang, b.value)}`).join('; ')}; median ${num(p.lang, med)}; benchmark ${num(p.lang, row.benchmark)}.`,
    `${name}, ${yearLabelOf(p)}, ${pricesOf(p)}: ${bars.map((b) => `${b.label} ${num(p.lang, b.value)}`).join('; ')}; median ${num(p.lang, med)}; benchmark ${num(p.lang, row.benchmark)}.`,
  );
  return {
    kind: 'chart',
    title: say(
      p.lang,
      `${name}: kommunen og sammenligningsgruppen`,
      `${name}: the municipality and its comparison group`,
    ),
    alt,
    chart: { kind: 'peer-bars', unit, bars, median: med, benchmark: row.benchmark, corridor: null },
    notes: [
      say(
        p.lang,
        `${unit}, ${pricesOf(p)}, ${yearLabelOf(p)}.`,
        `${unit}, ${pricesOf(p)}, ${yearLabelOf(p)}.`,
      ),
    ],
  };
}

/** The figure over the years: the municipality and the group's median, in the package's prices. */
export function developmentChart(p: BenchmarkParts, row: PackageRow): Block | undefined {
  const years = p.data
    .years(row.keyFigureId)
    .filter((y) => y <= p.year)
    .slice(-DEVELOPMENT_YEARS);
  if (years.length < 2) return undefined;
  const own: ChartSeries['points'][number][] = [];
  const peers: ChartSeries['points'][number][] = [];
  for (const year of years) {
    const values = valuesOf(p, row.keyFigureId, year, [p.code, ...row.group]);
    const mine = values.find((v) => v.code === p.code);
    const others = values.filter((v) => v.code !== p.code).map((v) => v.value);
    own.push({ year, value: mine?.value ?? null });
    peers.push({ year, value: others.length > 0 ? median(Float64Array.from(others)) : null });
  }
  const figure = figureOf(row.keyFigureId);
  const name = figureName(row.keyFigureId, p.lang, row.nameDa);
  const median_ = say(p.lang, 'Sammenligningsgruppens median', 'The comparison group’s median');
  const series: ChartSeries[] = [
    { label: p.doc.municipality.name, role: 'own', points: own },
    { label: median_, role: 'peers', points: peers },
  ];
  const text = (s: ChartSeries) =>
    `${s.label}: ${s.points.map((q) => `${q.year} ${num(p.lang, q.value)}`).join(', ')}`;
  const breaks = (figure?.breaks ?? [])
    .map((b) => b.year)
    .filter((y) => y > (years[0] ?? 0) && y <= p.year);
  return {
    kind: 'chart',
    title: say(
      p.lang,
      `${name}: udviklingen ${years[0]}-${p.year}`,
      `${name}: development ${years[0]}-${p.year}`,
    ),
    alt: `${name}, ${pricesOf(p)}. ${series.map(text).join('. ')}.`,
    chart: { kind: 'development', unit: figure?.unit ?? '', series, breaks },
    notes: [
      say(
        p.lang,
        `${figure?.unit ?? ''}, ${pricesOf(p)}${breaks.length > 0 ? `; ny opgørelse fra ${breaks.join(', ')}` : ''}. Gruppen er ${p.year}-gruppen.`,
        `${figure?.unit ?? ''}, ${pricesOf(p)}${breaks.length > 0 ? `; new definition from ${breaks.join(', ')}` : ''}. The group is the ${p.year} group.`,
      ),
    ],
  };
}
