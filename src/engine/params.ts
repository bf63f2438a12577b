import {
  InvalidInputError,
  NotFoundError,
  OutOfRangeError,
  findMunicipalityByName,
  MUNICIPALITIES,
  parsePriceLevel,
  suggestMunicipalities,
  THEMES,
  findMunicipality,
  normaliseMunicipalityCode,
  type BenchmarkLevel,
  type PackageLevel,
  type Theme,
} from '../core/index.ts';
import type { PriceRequest } from './prices.ts';

export { OutOfRangeError };

/** The years a request may name (query parameters, body fields, flags). */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;
/** k of nearest neighbours, and the limits of development and talk-to: 1 to 97 (98 − 1). */
export const K_RANGE = { min: 1, max: 97 } as const;

/** The benchmark level and peer group used when a request names none (CLI and API alike). */
export const DEFAULT_BENCHMARK = 'median';
export const DEFAULT_PEERS = 'nearest:10';

/**
 * Parses a benchmark level as users write it (CLI flag, query parameter):
 * mean | ratio-of-sums | median | p<NN> | best | municipality:<code> | need-adjusted | regression.
 * @example parseBenchmarkLevel('p25') // { kind: 'percentile', p: 25 }
 */
export function parseBenchmarkLevel(raw: string, parameter = 'benchmark'): BenchmarkLevel {
  const s = raw.trim().toLowerCase();
  switch (s) {
    case 'mean':
    case 'median':
    case 'best':
    case 'ratio-of-sums':
    case 'need-adjusted':
      return { kind: s };
    case 'regression':
    case 'regression-adjusted':
      return { kind: 'regression-adjusted' };
  }
  const p = /^p(\d{1,2}(?:\.\d+)?|100)$/.exec(s);
  if (p) return { kind: 'percentile', p: Number(p[1]) };
  const m = /^municipality:(.+)$/.exec(s);
  if (m) return { kind: 'municipality', code: parseMunicipalityCode(m[1] ?? '', parameter) };
  throw new InvalidInputError(
    `Ukendt benchmark "${raw}": brug mean, ratio-of-sums, median, p<NN> (fx p25), best, municipality:<kode>, need-adjusted eller regression`,
    parameter,
  );
}

/**
 * Parses a level a package (or a comparison of packages) can be computed at: every peer-group
 * level of {@link parseBenchmarkLevel}, or `dea[:crs|vrs|drs|irs]` (DEA over all municipalities,
 * VRS by default).
 * @example parsePackageLevel('dea') // { kind: 'dea', rts: 'vrs' }
 */
export function parsePackageLevel(raw: string, parameter = 'benchmark'): PackageLevel {
  const dea = /^dea(?::(.*))?$/.exec(raw.trim().toLowerCase());
  if (dea) {
    const rts = dea[1] ?? 'vrs';
    if (rts === 'crs' || rts === 'vrs' || rts === 'drs' || rts === 'irs')
      return { kind: 'dea', rts };
    throw new InvalidInputError(
      `Ukendt skalaafkast "${rts}" i benchmark "${raw}": brug dea, dea:crs, dea:vrs, dea:drs eller dea:irs`,
      parameter,
    );
  }
  try {
    return parseBenchmarkLevel(raw, parameter);
  } catch (e) {
    // A bad code after municipality: keeps its own message; an unknown word lists DEA too.
    if (!(e instanceof InvalidInputError) || /^\s*municipality:/i.test(raw)) throw e;
    throw new InvalidInputError(
      `Ukendt benchmark "${raw}": brug mean, ratio-of-sums, median, p<NN> (fx p25), best, municipality:<kode>, need-adjusted, regression eller dea[:crs|vrs|drs|irs]`,
      parameter,
    );
  }
}

/**
 * Parses k of nearest neighbours (or a limit): a whole number from 1 to 97. Not a whole number
 * → InvalidInputError; a whole number outside the range → OutOfRangeError.
 * @example parseK('10') // 10
 */
export function parseK(raw: string, parameter = 'k'): number {
  return parseWhole(raw, parameter, K_RANGE, 'et helt tal');
}

/** Parses a municipality code ("101", "0101") and checks it is one of the 98. */
export function parseMunicipalityCode(raw: string, parameter = 'municipality'): string {
  const code = normaliseMunicipalityCode(raw.trim());
  if (code === undefined || !findMunicipality(code)) {
    throw new InvalidInputError(`"${raw}" er ikke en kommunekode (101-860)`, parameter);
  }
  return code;
}

/**
 * A well-formed value of a parameter that names nothing (a municipality code or name, a key
 * figure): kind `not-found`, naming the parameter.
 */
export class UnknownValueError extends NotFoundError {
  readonly parameter: string;
  constructor(message: string, parameter: string) {
    super(message);
    this.name = 'UnknownValueError';
    this.parameter = parameter;
  }
}

const MUNICIPALITY_NAME = /^\p{L}[\p{L}\p{M} .'’-]{0,39}$/u;

/**
 * Parses the municipality a request is about: canonically its code ("766", "0766"), or as an
 * alias its name in any common spelling ("Hedensted", "Høje-Taastrup Kommune"). A well-formed
 * code or name that names no municipality → UnknownValueError (kind `not-found`, suggesting
 * the nearest names: "mente du Hedensted (766)?");
 * anything else ("12", "7x6", "9999") → InvalidInputError.
 * @example parseMunicipality('Hedensted') // '766'
 */
export function parseMunicipality(raw: string, parameter = 'municipality'): string {
  const s = raw.trim();
  if (/^\d+$/.test(s)) {
    const code = normaliseMunicipalityCode(s);
    if (code === undefined)
      throw new InvalidInputError(
        `"${raw}" er ikke en kommunekode (tre cifre, 101-860) eller et kommunenavn`,
        parameter,
      );
    if (!findMunicipality(code))
      throw new UnknownValueError(
        `Kommunen med koden ${code} findes ikke (se "potentiale municipalities" eller /api/v1/municipalities)`,
        parameter,
      );
    return code;
  }
  if (!MUNICIPALITY_NAME.test(s))
    throw new InvalidInputError(
      `"${raw}" er ikke en kommunekode (tre cifre, 101-860) eller et kommunenavn`,
      parameter,
    );
  const m = findMunicipalityByName(s);
  if (!m) {
    // The search box's matcher: a typo or an abbreviation ("Hedenstedt", "Kbh") gets a hint.
    const guesses = suggestMunicipalities(s, MUNICIPALITIES).map((g) => `${g.name} (${g.code})`);
    const hint = guesses.length > 0 ? `; mente du ${guesses.join(' eller ')}?` : '';
    throw new UnknownValueError(
      `Kommunen "${s}" findes ikke${hint} (brug en kommunekode som 101 eller et navn som København)`,
      parameter,
    );
  }
  return m.code;
}

/** Parses a theme id. */
export function parseTheme(raw: string, parameter = 'theme'): Theme {
  const t = THEMES.find((x) => x === raw.trim());
  if (!t)
    throw new InvalidInputError(`Ukendt tema "${raw}"; kendte: ${THEMES.join(', ')}`, parameter);
  return t;
}

/**
 * Parses weights written as name=value pairs: "share-67-plus=2,log-density=0.5".
 * @example parseWeights('share-67-plus=2') // { 'share-67-plus': 2 }
 */
export function parseWeights(raw: string, parameter = 'weights'): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([a-z0-9-]+)=([0-9]+(?:\.[0-9]+)?)$/.exec(part);
    if (!m)
      throw new InvalidInputError(
        `Vægt "${part}" skal skrives navn=tal, fx share-67-plus=2`,
        parameter,
      );
    out[m[1] as string] = Number(m[2]);
  }
  return out;
}

/**
 * Parses a year: a whole number from 1900 to 2100. Not a whole number → InvalidInputError; a
 * whole number outside the range (19, 20190) → OutOfRangeError.
 * @example parseYear('2019') // 2019
 */
export function parseYear(raw: string, parameter = 'year'): number {
  return parseWhole(raw, parameter, YEAR_RANGE, 'et årstal (fx 2019)');
}

function parseWhole(
  raw: string,
  parameter: string,
  range: { readonly min: number; readonly max: number },
  what: string,
): number {
  const s = raw.trim();
  if (!/^[-+]?\d{1,30}$/.test(s))
    throw new InvalidInputError(`${parameter} skal være ${what}, ikke "${raw}"`, parameter);
  const n = Number(s);
  if (n < range.min || n > range.max)
    throw new OutOfRangeError(
      `${parameter} skal være ${what} fra ${range.min} til ${range.max}, ikke ${s}`,
      parameter,
      range.min,
      range.max,
    );
  return n;
}

/**
 * Parses `prices` / `--prices`: `current` (each year's own prices) or a base year for fixed
 * prices (`2019`). Undefined when not given, so the answer's default applies.
 * @example parsePriceRequest('2010') // { level: { basis: 'fixed', year: 2010 }, explicit: true }
 */
export function parsePriceRequest(
  raw: string | undefined,
  parameter = 'prices',
): PriceRequest | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  return { level: parsePriceLevel(raw, parameter), explicit: true };
}
