import {
  InvalidInputError,
  type BenchmarkLevel,
  type PackageLevel,
  type PeerGroupSpec,
} from '../../core/index.ts';
import {
  DEFAULT_BENCHMARK,
  DEFAULT_PEERS,
  parseBenchmarkLevel,
  parsePackageLevel,
  parseK,
  parseMunicipality,
  parsePriceRequest,
  parseYear,
} from '../params.ts';
import type { PriceRequest } from '../prices.ts';
import { parsePeerSpec } from './peer-spec.ts';
import { required, spell, text, type RawRequest, type Spelling } from './fields.ts';

/** `limit` of development and talk-to when a request names none (CLI and API alike). */
export const DEFAULT_LIMIT = 10;

/** The longest key-figure id or source name a request may carry. */
const KEY_FIGURE_MAX = 200;

/** `municipality`: a code (canonical) or a name (alias). */
export const municipalityOf = (raw: RawRequest, s: Spelling, name = 'municipality'): string =>
  parseMunicipality(required(raw, name, s), spell(name, s));

/** `keyFigure`: an id or the exact source name; whether it exists only the database knows. */
export function keyFigureOf(raw: RawRequest, s: Spelling): string {
  const v = required(raw, 'keyFigure', s);
  if (v.length > KEY_FIGURE_MAX)
    throw new InvalidInputError(
      `${spell('keyFigure', s)} er længere end ${KEY_FIGURE_MAX} tegn`,
      spell('keyFigure', s),
    );
  return v;
}

/** A required year (`year`, `from`, `to`): 1900-2100. */
export const yearOf = (raw: RawRequest, s: Spelling, name = 'year'): number =>
  parseYear(required(raw, name, s), spell(name, s));

/** An optional year; undefined when not given. */
export function optionalYearOf(raw: RawRequest, s: Spelling, name = 'year'): number | undefined {
  const v = text(raw, name, s);
  return v === undefined ? undefined : parseYear(v, spell(name, s));
}

/** An optional whole number 1-97 (`k`, `limit`, `widen`); out of range is refused, not clamped. */
export function countOf(raw: RawRequest, s: Spelling, name: string): number | undefined {
  const v = text(raw, name, s);
  return v === undefined ? undefined : parseK(v, spell(name, s));
}

/** `benchmark` (default median); DEA is not a level here (see potentialBenchmarkOf). */
export const benchmarkOf = (raw: RawRequest, s: Spelling): BenchmarkLevel =>
  parseBenchmarkLevel(text(raw, 'benchmark', s) ?? DEFAULT_BENCHMARK, spell('benchmark', s));

/** `benchmark` of a package or a comparison: a peer-group level or `dea[:rts]`. */
export const packageLevelOf = (raw: RawRequest, s: Spelling): PackageLevel =>
  parsePackageLevel(text(raw, 'benchmark', s) ?? DEFAULT_BENCHMARK, spell('benchmark', s));

/** `peers` (default nearest:10); the municipality `code` cannot be added to its own group. */
export function peersOf(raw: RawRequest, s: Spelling, code?: string): PeerGroupSpec {
  const spec = parsePeerSpec(text(raw, 'peers', s) ?? DEFAULT_PEERS, spell('peers', s));
  if (spec.kind === 'nearest' && code !== undefined && spec.add?.includes(code))
    throw new InvalidInputError(
      `Kommune ${code} kan ikke være med i sin egen gruppe (add=${code} i ${spell('peers', s)})`,
      spell('peers', s),
    );
  return spec;
}

/** `prices`: current or a base year; undefined when not given (the answer's default applies). */
export const pricesOf = (raw: RawRequest, s: Spelling): PriceRequest | undefined =>
  parsePriceRequest(text(raw, 'prices', s), spell('prices', s));
