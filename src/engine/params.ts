import {
  InvalidInputError,
  parsePriceLevel,
  THEMES,
  findMunicipality,
  normaliseMunicipalityCode,
  type BenchmarkLevel,
  type PeerGroupSpec,
  type Theme,
} from '../core/index.ts';
import type { PriceRequest } from './prices.ts';

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
 * Parses a peer-group choice: nearest[:<k>] | all | region | landsdel | list:<code>,<code>,…
 * | saved:<name>
 * @example parsePeerSpec('nearest:15') // { kind: 'nearest', k: 15 }
 */
export function parsePeerSpec(raw: string, parameter = 'peers'): PeerGroupSpec {
  const s = raw.trim().toLowerCase();
  if (s === 'all' || s === 'region' || s === 'landsdel') return { kind: s };
  const n = /^nearest(?::(\d+))?$/.exec(s);
  if (n)
    return n[1] === undefined
      ? { kind: 'nearest' }
      : { kind: 'nearest', k: parseK(n[1], parameter) };
  const saved = /^saved:(.{1,100})$/.exec(raw.trim());
  // The codes of a saved group are filled in from the database (loadSavedGroup).
  if (saved) return { kind: 'saved', name: saved[1] ?? '', codes: [] };
  const l = /^list:(.+)$/.exec(s);
  if (l) {
    const codes = (l[1] ?? '').split(',').map((c) => parseMunicipalityCode(c, parameter));
    return { kind: 'list', codes };
  }
  throw new InvalidInputError(
    `Ukendt sammenligningsgruppe "${raw}": brug nearest:<k>, all, region, landsdel, list:<kode>,<kode>,… eller saved:<navn>`,
    parameter,
  );
}

/** Parses k of nearest neighbours: a whole number from 1 to 97. */
export function parseK(raw: string, parameter = 'k'): number {
  const k = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || k < 1 || k > 97) {
    throw new InvalidInputError(
      `${parameter} skal være et helt tal fra 1 til 97, ikke "${raw}"`,
      parameter,
    );
  }
  return k;
}

/** Parses a municipality code ("101", "0101") and checks it is one of the 98. */
export function parseMunicipalityCode(raw: string, parameter = 'municipality'): string {
  const code = normaliseMunicipalityCode(raw.trim());
  if (code === undefined || !findMunicipality(code)) {
    throw new InvalidInputError(`"${raw}" er ikke en kommunekode (101-860)`, parameter);
  }
  return code;
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

/** Parses a year: a whole number from 1900 to 2100. */
export function parseYear(raw: string, parameter = 'year'): number {
  if (!/^\d{4}$/.test(raw.trim()) || Number(raw) < 1900 || Number(raw) > 2100) {
    throw new InvalidInputError(
      `${parameter} skal være et årstal (fx 2019), ikke "${raw}"`,
      parameter,
    );
  }
  return Number(raw);
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
