import { slugify } from '../key-figures/index.ts';
import type { PackageStatus } from '../potential/index.ts';
import { YEAR_KIND_DA, YEAR_KIND_EN, type YearKind } from '../prices/index.ts';

/** The language of the words in an exported file: Danish (standard) or English. */
export type ExportLanguage = 'da' | 'en';

/** A figure's status in the package, in a word for a file (as the screen's short status). */
export const PACKAGE_STATUS_WORDS: Readonly<
  Record<PackageStatus, Readonly<Record<ExportLanguage, string>>>
> = {
  included: { da: 'tælles med', en: 'counted' },
  overlaps: { da: 'overlapper, tælles ikke med', en: 'overlaps, not counted' },
  aggregate: { da: 'samlet niveau, lægges ikke sammen', en: 'overall level, not added' },
  'no-potential': { da: 'intet potentiale', en: 'no potential' },
  'not-summable': { da: 'lægges ikke sammen', en: 'not added' },
};

/**
 * The status word of a figure; an unknown status is written as it is.
 * @example packageStatusWord('included', 'da') // 'tælles med'
 */
export function packageStatusWord(status: string, lang: ExportLanguage): string {
  const words = (PACKAGE_STATUS_WORDS as Readonly<Record<string, Record<ExportLanguage, string>>>)[
    status
  ];
  return words ? words[lang] : status;
}

/**
 * Accounts, budget or estimate in a word of the language.
 * @example yearKindWord('accounts', 'da') // 'regnskab'
 */
export function yearKindWord(kind: YearKind | null, lang: ExportLanguage): string {
  if (kind === null) return '';
  return (lang === 'da' ? YEAR_KIND_DA : YEAR_KIND_EN)[kind];
}

/**
 * A number rounded to `decimals` for a file: the shortest decimal that rounds there, so that
 * neither CSV nor XLSX carries float noise (−1309289.9759999998 → −1309290 at 0 decimals).
 * Null, NaN and ±Infinity give null; −0 gives 0.
 * @example roundTo(-1309289.9759999998, 0) // -1309290
 * @example roundTo(12.345678, 2) // 12.35
 */
export function roundTo(value: number | null | undefined, decimals: number): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const r = Number(value.toFixed(Math.max(0, Math.min(20, decimals))));
  return r === 0 ? 0 : r;
}

/**
 * The price level of a package's kroner as a unit label: "kr., 2019-priser" or
 * "DKK, 2019 prices" (fixed prices name their base year; current prices the package's year).
 * @example priceLevelLabel({ basis: 'fixed', year: 2010 }, 2019, 'en') // 'DKK, 2010 prices'
 */
export function priceLevelLabel(
  prices: { readonly basis: 'current' | 'fixed'; readonly year: number | null },
  year: number,
  lang: ExportLanguage,
): string {
  const y = prices.basis === 'fixed' && prices.year !== null ? prices.year : year;
  return lang === 'da' ? `kr., ${y}-priser` : `DKK, ${y} prices`;
}

/** The peer groups of a package answer, by theme: the JSON answer's `groups`. */
export type PackageGroups = Readonly<
  Record<string, { readonly nameDa: string; readonly members: readonly string[] }>
>;

/**
 * Whether every theme has the same group (same name and members): then one group describes
 * the package; otherwise the nearest groups differ by theme and each is named.
 */
export function groupsAreShared(groups: PackageGroups): boolean {
  const all = Object.values(groups);
  const first = all[0];
  return all.every(
    (g) =>
      first !== undefined &&
      g.nameDa === first.nameDa &&
      g.members.length === first.members.length &&
      g.members.every((m, i) => m === first.members[i]),
  );
}

/**
 * Eight hex digits that tell groups apart: FNV-1a over every theme's members (sorted by theme
 * and code), so two groups with the same name and different members get different files.
 * @example groupFingerprint({ a: { nameDa: 'x', members: ['101'] } }).length // 6
 */
export function groupFingerprint(groups: PackageGroups): string {
  const text = Object.keys(groups)
    .sort()
    .map((t) => `${t}:${[...(groups[t]?.members ?? [])].sort().join(',')}`)
    .join(';');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0').slice(0, 6);
}

/**
 * The base name (without extension) of a package file: municipality (code and name), year and
 * its kind, benchmark level and group, in safe characters only ([a-z0-9-]). The group part is
 * the group's name when all themes share it ("per tema" when they differ) and a fingerprint of
 * the members, so different groups never share a file name.
 * @example packageFileBase({ code: '766', name: 'Hedensted', year: 2019, yearKind: 'accounts', level: 'median', groups }, 'da')
 * // 'potentiale-pakke-766-hedensted-2019-regnskab-median-10-naermeste-paa-rammevilkaar-2019-1a2b3c'
 */
export function packageFileBase(
  p: {
    readonly code: string;
    readonly name: string;
    readonly year: number;
    readonly yearKind: YearKind | null;
    readonly level: string;
    readonly groups: PackageGroups;
  },
  lang: ExportLanguage,
): string {
  const first = Object.values(p.groups)[0];
  const groupName =
    first === undefined
      ? lang === 'da'
        ? 'ingen-gruppe'
        : 'no-group'
      : groupsAreShared(p.groups)
        ? slugify(first.nameDa).slice(0, 40).replace(/-+$/, '')
        : lang === 'da'
          ? 'grupper-pr-tema'
          : 'groups-by-theme';
  const parts = [
    lang === 'da' ? 'potentiale-pakke' : 'potential-package',
    p.code,
    slugify(p.name.replace(/ Kommune$/, '')),
    String(p.year),
    slugify(yearKindWord(p.yearKind, lang)),
    slugify(p.level),
    groupName,
    groupFingerprint(p.groups),
  ];
  return parts.filter((s) => s !== '').join('-');
}
