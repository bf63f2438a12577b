import {
  PACKAGE_EXPORT_WORDS,
  findCatalogueEntry,
  packageStatusWord,
  priceLevelLabel,
  roundTo,
  sharedDecimals,
  themeName,
  yearKindWord,
  type ExportLanguage,
} from '../../core/index.ts';
import type { PackageDocument } from '../contract.ts';
import type { Table } from './csv.ts';

/** A package figure as the JSON answer carries it. */
export type PackageFigureDoc = PackageDocument['themes'][number]['figures'][number];

/** The figure's name in the language: the catalogue's English name, else the Danish one. */
export function figureName(f: { keyFigureId: string; nameDa: string }, lang: ExportLanguage) {
  return lang === 'en' ? (findCatalogueEntry(f.keyFigureId)?.nameEn ?? f.nameDa) : f.nameDa;
}

/**
 * The figure's unit as the catalogue writes it; a unit in kroner names the package's price
 * level too ("kr. pr. 67+-årig, 2010-priser"), since own value and benchmark are in it.
 */
export function figureUnit(keyFigureId: string, priceLabel: string): string {
  const unit = findCatalogueEntry(keyFigureId)?.unit ?? '';
  return unit.startsWith('kr.') ? `${unit} (${priceLabel})` : unit;
}

/** Decimals of a figure's own value and benchmark: what the screen shows for both. */
export const figureDecimals = (f: Pick<PackageFigureDoc, 'value' | 'benchmark'>): number =>
  sharedDecimals([f.value, f.benchmark]);

/**
 * The file version of the package, a row per theme and key figure, in the language's words:
 * kroner rounded to whole kroner, own value and benchmark to the figure's decimals, volumes
 * to whole units, status and year kind in words. The CSV and the XLSX figures sheet both
 * write it. `decimals` on a row says how many decimals its value and benchmark carry.
 */
export function packageTable(doc: PackageDocument, lang: ExportLanguage) {
  const w = PACKAGE_EXPORT_WORDS[lang].columns;
  const priceLabel = priceLevelLabel(doc.prices, doc.year, lang);
  const warned = new Map<string, string[]>();
  for (const x of doc.warnings) {
    if (x.keyFigureId === null) continue;
    const words = warned.get(x.keyFigureId) ?? [];
    const word = PACKAGE_EXPORT_WORDS[lang].warningCodes[x.code];
    if (!words.includes(word)) words.push(word);
    warned.set(x.keyFigureId, words);
  }
  const rows = doc.themes.flatMap((t) =>
    t.figures.map((f) => {
      const d = figureDecimals(f);
      return {
        theme: themeName(t.theme, lang),
        keyFigureId: f.keyFigureId,
        name: figureName(f, lang),
        unit: figureUnit(f.keyFigureId, priceLabel),
        value: roundTo(f.value, d),
        benchmark: roundTo(f.benchmark, d),
        volume: roundTo(f.volume, 0),
        potential: roundTo(f.potential, 0),
        yearKind: yearKindWord(f.yearKind, lang),
        rank: f.rank,
        rankOf: f.rankOf,
        corridorMin: roundTo(f.corridor.min?.signed, 0),
        corridorMax: roundTo(f.corridor.max?.signed, 0),
        status: packageStatusWord(f.status, lang),
        countedIn: f.countedIn === null ? '' : themeName(f.countedIn, lang),
        warnings: (warned.get(f.keyFigureId) ?? []).join('; '),
        decimals: d,
      };
    }),
  );
  return {
    columns: [
      { key: 'theme', header: w.theme },
      { key: 'keyFigureId', header: w.keyFigureId },
      { key: 'name', header: w.name },
      { key: 'unit', header: w.unit },
      { key: 'value', header: w.value, numeric: true },
      { key: 'benchmark', header: w.benchmark(doc.level), numeric: true },
      { key: 'volume', header: w.volume, numeric: true },
      { key: 'potential', header: w.potential(priceLabel), numeric: true },
      { key: 'yearKind', header: w.yearKind },
      { key: 'rank', header: w.rank, numeric: true },
      { key: 'rankOf', header: w.rankOf, numeric: true },
      { key: 'corridorMin', header: w.corridorMin(priceLabel), numeric: true },
      { key: 'corridorMax', header: w.corridorMax(priceLabel), numeric: true },
      { key: 'status', header: w.status },
      { key: 'countedIn', header: w.countedIn },
      { key: 'warnings', header: w.warnings },
    ],
    rows,
  } satisfies Table;
}

export type PackageTable = ReturnType<typeof packageTable>;
