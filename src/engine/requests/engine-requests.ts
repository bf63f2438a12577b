import {
  DEFAULT_PEER_VARIABLES,
  InvalidInputError,
  type BenchmarkLevel,
  type PackageLevel,
  type PeerGroupSpec,
  type PeerVariable,
  type ReturnsToScale,
} from '../../core/index.ts';
import { parseDeaLevel } from '../dea.ts';
import { parseTheme, parseWeights } from '../params.ts';
import type { PriceRequest } from '../prices.ts';
import {
  DEFAULT_LIMIT,
  benchmarkOf,
  countOf,
  keyFigureOf,
  municipalityOf,
  optionalYearOf,
  packageLevelOf,
  peersOf,
  pricesOf,
  yearOf,
} from './common.ts';
import {
  choice,
  plainWords,
  spell,
  text,
  naming,
  type RawRequest,
  type Spelling,
} from './fields.ts';

// One request schema per use case of the engine. Each takes the raw text values (a query
// string, or commander's options: the same names in camelCase) and returns the typed request,
// or throws a PotentialeError naming the parameter in the caller's spelling. The key figure
// stays a name here: whether it exists only the database knows (requireKeyFigure).

/** `potential`: one key figure's potential, by a benchmark level or by DEA (`benchmark=dea[:rts]`). */
export interface PotentialQuery {
  readonly code: string;
  readonly keyFigure: string;
  readonly year: number;
  readonly benchmark:
    | { readonly kind: 'level'; readonly level: BenchmarkLevel }
    | { readonly kind: 'dea'; readonly rts: ReturnsToScale };
  readonly peers: PeerGroupSpec;
  readonly prices?: PriceRequest;
}

/**
 * Parses a potential request: municipality, keyFigure, year, benchmark, peers, prices.
 * @example parsePotentialRequest({ municipality: '766', keyFigure: 'x', year: '2019' }).benchmark // { kind: 'level', level: { kind: 'median' } }
 */
export function parsePotentialRequest(raw: RawRequest, s: Spelling = 'api'): PotentialQuery {
  return naming(() => {
    const code = municipalityOf(raw, s);
    const keyFigure = keyFigureOf(raw, s);
    const year = yearOf(raw, s);
    const rts = parseDeaLevel(text(raw, 'benchmark', s));
    const benchmark = rts
      ? { kind: 'dea' as const, rts }
      : { kind: 'level' as const, level: benchmarkOf(raw, s) };
    // Parsed even for DEA, which does not use them: a bad value is refused whatever the level.
    const peers = peersOf(raw, s, code);
    const prices = pricesOf(raw, s);
    return { code, keyFigure, year, benchmark, peers, ...(prices ? { prices } : {}) };
  });
}

/** `package`: the potential package; `year` undefined = the default year of the package. */
export interface PackageQuery {
  readonly code: string;
  readonly year: number | undefined;
  /** A peer-group level or DEA over all municipalities. */
  readonly level: PackageLevel;
  readonly peers: PeerGroupSpec;
  readonly prices?: PriceRequest;
  /** The language of the words in a file export (CSV, XLSX, JSON-stat); standard Danish. */
  readonly lang: 'da' | 'en';
}

/** Parses a package request: municipality, year (optional), benchmark, peers, prices, lang. */
export function parsePackageRequest(raw: RawRequest, s: Spelling = 'api'): PackageQuery {
  return naming(() => {
    const code = municipalityOf(raw, s);
    const year = optionalYearOf(raw, s);
    const level = packageLevelOf(raw, s);
    const peers = peersOf(raw, s, code);
    const prices = pricesOf(raw, s);
    const lang = choice(raw, 'lang', s, plainWords(['da', 'en'] as const), 'da');
    return { code, year, level, peers, ...(prices ? { prices } : {}), lang };
  });
}

/** `package-years`: the years of a municipality's package. */
export function parsePackageYearsRequest(
  raw: RawRequest,
  s: Spelling = 'api',
): { readonly code: string } {
  return naming(() => ({ code: municipalityOf(raw, s) }));
}

/** `peers`: the nearest municipalities on structural conditions. */
export interface PeersQuery {
  readonly code: string;
  readonly year: number;
  readonly spec: PeerGroupSpec & { readonly kind: 'nearest' };
}

/**
 * Parses a peers request: municipality, year, theme, and the group either as `peers` (a nearest
 * group in the shared spelling, decision 0009) or as k (1-97, default 10), variables, weights.
 */
export function parsePeersRequest(raw: RawRequest, s: Spelling = 'api'): PeersQuery {
  return naming(() => {
    const code = municipalityOf(raw, s);
    const year = yearOf(raw, s);
    const theme = text(raw, 'theme', s);
    const peers = text(raw, 'peers', s);
    if (peers !== undefined) {
      const spec = peersOf(raw, s, code);
      const also = ['k', 'variables', 'weights'].find((n) => text(raw, n, s) !== undefined);
      if (spec.kind !== 'nearest')
        throw new InvalidInputError(
          `${spell('peers', s)} forklarer kun nearest-grupper, ikke "${peers}"`,
          spell('peers', s),
        );
      if (also !== undefined)
        throw new InvalidInputError(
          `Brug enten ${spell('peers', s)} eller ${spell(also, s)}, ikke begge`,
          spell(also, s),
        );
      return {
        code,
        year,
        spec: {
          ...spec,
          ...(theme === undefined ? {} : { theme: parseTheme(theme, spell('theme', s)) }),
        },
      };
    }
    const k = countOf(raw, s, 'k');
    const variables = text(raw, 'variables', s);
    const weights = text(raw, 'weights', s);
    return {
      code,
      year,
      spec: {
        kind: 'nearest',
        ...(k === undefined ? {} : { k }),
        ...(theme === undefined ? {} : { theme: parseTheme(theme, spell('theme', s)) }),
        ...(variables === undefined
          ? {}
          : { variables: parseVariables(variables, spell('variables', s)) }),
        ...(weights === undefined ? {} : { weights: parseWeights(weights, spell('weights', s)) }),
      },
    };
  });
}

/** Parses `variables`: names of structural variables, comma-separated. */
export function parseVariables(raw: string, parameter = 'variables'): readonly PeerVariable[] {
  const names = raw
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  return names.map((name) => {
    const v = DEFAULT_PEER_VARIABLES.find((d) => d.name === name);
    if (!v)
      throw new InvalidInputError(
        `Ukendt variabel "${name}"; kendte: ${DEFAULT_PEER_VARIABLES.map((d) => d.name).join(', ')}`,
        parameter,
      );
    return v;
  });
}

/** `among` of development: the peer group (canonical `group`) or all municipalities (`all`). */
export const AMONG = { group: [], all: [] } as const;

/** `development`: the development against the peer group over a period. */
export interface DevelopmentQuery {
  readonly code: string;
  readonly keyFigure: string;
  readonly from: number;
  readonly to: number;
  readonly peers: PeerGroupSpec;
  readonly among: 'group' | 'all';
  readonly limit: number;
}

/** Parses a development request: municipality, keyFigure, from, to, peers, among, limit. */
export function parseDevelopmentRequest(raw: RawRequest, s: Spelling = 'api'): DevelopmentQuery {
  return naming(() => {
    const code = municipalityOf(raw, s);
    const keyFigure = keyFigureOf(raw, s);
    const from = yearOf(raw, s, 'from');
    const to = yearOf(raw, s, 'to');
    const peers = peersOf(raw, s, code);
    const among = choice(raw, 'among', s, AMONG, 'group');
    const limit = countOf(raw, s, 'limit') ?? DEFAULT_LIMIT;
    return { code, keyFigure, from, to, peers, among, limit };
  });
}

/** `talk-to`: whom to talk to, among the peers (or, with `dea`, the DEA frontier). */
export interface TalkToQuery {
  readonly code: string;
  readonly keyFigure: string;
  readonly year: number;
  readonly peers: PeerGroupSpec;
  readonly widenTo: number | undefined;
  readonly limit: number;
  /** DEA instead of the peers: the returns to scale. */
  readonly dea: ReturnsToScale | undefined;
}

/** Parses a talk-to request: municipality, keyFigure, year, peers, widen, limit, dea. */
export function parseTalkToRequest(raw: RawRequest, s: Spelling = 'api'): TalkToQuery {
  return naming(() => {
    const code = municipalityOf(raw, s);
    const keyFigure = keyFigureOf(raw, s);
    const year = yearOf(raw, s);
    const peers = peersOf(raw, s, code);
    const widenTo = countOf(raw, s, 'widen');
    const limit = countOf(raw, s, 'limit') ?? DEFAULT_LIMIT;
    return { code, keyFigure, year, peers, widenTo, limit, dea: deaOf(raw, s) };
  });
}

/** `dea`: absent, a bare flag (`--dea`, VRS) or the returns to scale (`crs`, `dea:crs`). */
function deaOf(raw: RawRequest, s: Spelling): ReturnsToScale | undefined {
  const v = raw['dea'];
  if (v === undefined || v === false) return undefined;
  const word = v === true ? '' : (text(raw, 'dea', s) ?? '').toLowerCase();
  const rts = parseDeaLevel(word === '' ? 'dea' : word.startsWith('dea') ? word : `dea:${word}`);
  if (!rts)
    throw new InvalidInputError(
      `${spell('dea', s)} skal være crs, vrs, drs eller irs, ikke "${String(v)}"`,
      spell('dea', s),
    );
  return rts;
}
