import {
  CATALOGUE,
  THEME_NAMES_EN,
  priceLevelLabel,
  yearKindWord,
  type KeyFigure,
  type ReportLang,
  type Theme,
} from '../../core/index.ts';
import type { EngineData } from '../data.ts';
import type { PackageAnswer } from '../package.ts';
import type { presentPackage } from '../present.ts';

/** The package as the API answers it (GET /api/v1/package): the report shows these numbers. */
export type PackageDoc = ReturnType<typeof presentPackage>;
export type PackageRow = PackageDoc['themes'][number]['figures'][number];

/** What the benchmark half of the report is built from: the package, its answer and its data. */
export interface BenchmarkParts {
  readonly lang: ReportLang;
  readonly code: string;
  readonly year: number;
  readonly answer: PackageAnswer;
  readonly doc: PackageDoc;
  /** The package's data in its price level (the peers' values, the map, the development). */
  readonly data: EngineData;
  formula(name: string, text: string): number;
}

const BY_ID = new Map(CATALOGUE.map((f) => [f.id, f]));

/** A catalogue figure by id (undefined for one not in the catalogue). */
export const figureOf = (id: string): KeyFigure | undefined => BY_ID.get(id);

/** A figure's name in the report's language. */
export function figureName(id: string, lang: ReportLang, fallbackDa = id): string {
  const f = BY_ID.get(id);
  return f ? (lang === 'da' ? f.nameDa : f.nameEn) : fallbackDa;
}

/** A theme's name in the language (the package's Danish name, or the English one). */
export function themeTitle(theme: string, nameDa: string, lang: ReportLang): string {
  return lang === 'da' ? nameDa : (THEME_NAMES_EN[theme as Theme] ?? nameDa);
}

/** The kroner's price level: "kr., 2019-priser" / "DKK, 2019 prices". */
export const pricesOf = (p: BenchmarkParts): string =>
  priceLevelLabel(p.doc.prices, p.doc.year, p.lang);

/** The package's year with its kind: "regnskab 2019" / "accounts 2019". */
export function yearLabelOf(p: BenchmarkParts): string {
  const kind = yearKindWord(p.doc.yearKind, p.lang);
  return kind === '' ? String(p.doc.year) : `${kind} ${p.doc.year}`;
}

/** The potential formula's footnote (DESIGN.md §3.3). */
export const potentialNote = (p: BenchmarkParts): number =>
  p.formula(
    p.lang === 'da' ? 'Potentiale' : 'Potential',
    p.lang === 'da'
      ? 'Potentiale = (c − c*) × Q: kommunens enhedsudgift c minus benchmark c* (medianen eller den valgte kvantil i sammenligningsgruppen), gange volumen Q (fx antal 0-17-årige). Positivt = merforbrug mod benchmark.'
      : 'Potential = (c − c*) × Q: the municipality’s unit cost c minus the benchmark c* (the median or the chosen quantile of the comparison group), times the volume Q (e.g. the number of 0-17-year-olds). Positive = spending above the benchmark.',
  );

/** The package total's footnote: the positive sum without overlaps. */
export const totalNote = (p: BenchmarkParts): number =>
  p.formula(
    p.lang === 'da' ? 'Pakkens total' : 'The package total',
    p.lang === 'da'
      ? 'Total = Σ max(0, potentiale) over de nøgletal, der tælles med; overlappende nøgletal (fx et delområde af et andet) tælles kun én gang. Nettopositionen er Σ potentiale med fortegn over de samme nøgletal.'
      : 'Total = Σ max(0, potential) over the figures counted; overlapping figures (e.g. a part of another) are counted once. The net position is Σ signed potential over the same figures.',
  );

/** The benchmark's footnote. */
export const benchmarkNote = (p: BenchmarkParts): number =>
  p.formula(
    'Benchmark',
    p.lang === 'da'
      ? `Benchmark c*: ${p.doc.levelNameDa} over sammenligningsgruppens enhedsudgifter (kommunen selv ikke medregnet), samme år og prisniveau.`
      : `Benchmark c*: ${p.doc.levelNameEn} over the comparison group’s unit costs (the municipality itself not counted), same year and price level.`,
  );

/** The corridor's footnote. */
export const corridorNote = (p: BenchmarkParts): number =>
  p.formula(
    p.lang === 'da' ? 'Korridor' : 'Corridor',
    p.lang === 'da'
      ? 'Korridor = det mindste og største potentiale over standardniveauerne for benchmark (kvantiler, median og gennemsnit efter nøgletallets retning) i samme gruppe: hvor følsomt tallet er for valget af benchmark.'
      : 'Corridor = the smallest and largest potential over the standard benchmark levels (quantiles, median and mean by the figure’s polarity) in the same group: how sensitive the number is to the choice of benchmark.',
  );

/** The coverage footnote. */
export const coverageNote = (p: BenchmarkParts): number =>
  p.formula(
    p.lang === 'da' ? 'Dækningsgrad' : 'Coverage',
    p.lang === 'da'
      ? 'Dækningsgrad = Σ c × Q over de medtagne nøgletal / nettodriftsudgifterne (enhedsudgift pr. indbygger × indbyggertal), samme år og prisniveau.'
      : 'Coverage = Σ c × Q over the included figures / net operating expenditure (per inhabitant × population), same year and price level.',
  );
