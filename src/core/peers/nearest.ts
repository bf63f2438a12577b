import { InvalidInputError } from '../diagnostics/index.ts';
import type { Theme } from '../key-figures/index.ts';
import { positionOf } from './code-index.ts';
import type { DistanceTerm, LeftOutPeer, PeerGroup, PeerMatch } from './peer-group.ts';
import { applyWeights, peerVariablesFor, type PeerVariable } from './peer-variables.ts';
import {
  standardiseStructure,
  type StandardisedStructure,
  type StructureInput,
} from './standardise.ts';

/** Options of a nearest-neighbour peer group. */
export interface NearestOptions {
  /** Number of neighbours, 1 ≤ k < number of municipalities; default 10. */
  readonly k?: number;
  readonly theme?: Theme;
  readonly variables?: readonly PeerVariable[];
  readonly weights?: Readonly<Record<string, number>>;
  /** Codes added by hand after the k nearest. */
  readonly add?: readonly string[];
  /** Codes that may not be members. */
  readonly remove?: readonly string[];
}

export const DEFAULT_K = 10;

/**
 * The variable set of the options: explicit variables, else the theme's, then the weight
 * overrides. Throws InvalidInputError for a weight naming an unknown variable.
 * @example variablesOf({ theme: 'children-young' }) // THEME_PEER_VARIABLES['children-young']
 */
export function variablesOf(options: NearestOptions): readonly PeerVariable[] {
  if (options.variables === undefined) return peerVariablesFor(options.theme, options.weights);
  return options.weights === undefined
    ? options.variables
    : applyWeights(options.variables, options.weights);
}

/** Refuses k outside 1 ≤ k < n or not an integer. */
export function checkK(k: number, n: number): void {
  if (!Number.isInteger(k) || k < 1 || k >= n) {
    throw new InvalidInputError(
      `k skal være et helt tal fra 1 til ${n - 1} (antal kommuner − 1), ikke ${k}`,
      'k',
    );
  }
}

/**
 * The squared weighted distance Σ w_k (z_a − z_b)² between positions a and b, in squared
 * weighted standard deviations; NaN when either lacks a variable.
 * @example Math.sqrt(squaredDistance(structure, 0, 5)) // d
 */
export function squaredDistance(s: StandardisedStructure, a: number, b: number): number {
  const p = s.variables.length;
  let d2 = 0;
  for (let k = 0; k < p; k++) {
    const diff = (s.z[a * p + k] ?? NaN) - (s.z[b * p + k] ?? NaN);
    d2 += (s.weights[k] ?? NaN) * diff * diff;
  }
  return d2;
}

/**
 * The distance between two municipalities with each variable's part of it:
 * term = w_k (z_a − z_b)², share = term / d² (all shares 0 when d = 0).
 * @example explainDistance(structure, 0, 5).terms.map((t) => t.share) // sums to 1
 */
export function explainDistance(s: StandardisedStructure, a: number, b: number): PeerMatch {
  const p = s.variables.length;
  const d2 = squaredDistance(s, a, b);
  const terms = s.variables.map((v, k): DistanceTerm => {
    const zSelf = s.z[a * p + k] ?? NaN;
    const zPeer = s.z[b * p + k] ?? NaN;
    const term = v.weight * (zSelf - zPeer) ** 2;
    return {
      variable: v.name,
      nameDa: v.nameDa,
      keyFigureId: v.keyFigureId,
      weight: v.weight,
      zSelf,
      zPeer,
      term,
      share: d2 > 0 ? term / d2 : 0,
    };
  });
  return { code: s.codes[b] ?? '', distance: Math.sqrt(d2), terms };
}

/**
 * The complete municipalities except `self`, nearest first, at most `limit` of them; equal
 * distances go to the lower code. Distances are compared after rounding to about 11
 * significant digits, so that a tie in exact arithmetic stays a tie after rounding noise
 * (e.g. when a variable is rescaled) and is broken by the code rather than by the last bit.
 * Keeps the `limit` best by insertion, O(n·limit), which for k = 10 of 98 is several times
 * faster than sorting all candidates. Positions marked 1 in `excluded` are no candidates.
 * @example rankNeighbours(structure, structure.positions.get('766') ?? -1, 20) // positions
 */
export function rankNeighbours(
  s: StandardisedStructure,
  self: number,
  limit: number = s.codes.length,
  excluded?: Uint8Array,
): Int32Array {
  const n = s.codes.length;
  const rank = s.codeRank;
  const out = (j: number) => j === self || s.complete[j] !== 1 || excluded?.[j] === 1;
  let candidates = 0;
  for (let j = 0; j < n; j++) if (!out(j)) candidates++;
  const size = Math.max(0, Math.min(limit, candidates));
  const best = new Int32Array(size);
  const bestKey = new Float64Array(size);
  let filled = 0;
  const before = (key: number, j: number, t: number): boolean => {
    const other = bestKey[t] ?? 0;
    return key < other || (key === other && (rank[j] ?? 0) < (rank[best[t] ?? 0] ?? 0));
  };
  for (let j = 0; j < n; j++) {
    if (size === 0 || out(j)) continue;
    const key = roundForTies(squaredDistance(s, self, j));
    if (filled === size && !before(key, j, size - 1)) continue;
    let t = filled < size ? filled++ : size - 1;
    while (t > 0 && before(key, j, t - 1)) {
      best[t] = best[t - 1] ?? 0;
      bestKey[t] = bestKey[t - 1] ?? 0;
      t--;
    }
    best[t] = j;
    bestKey[t] = key;
  }
  return best;
}

// Views of one float's bits, for rounding without Math.log2 and powers in the inner loop.
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

/** d² rounded to 36 significant bits (about 11 digits), half away from zero. */
function roundForTies(d2: number): number {
  if (!(d2 > 0)) return 0;
  bits[0] = d2;
  // Add half of the last kept unit to the low word, carry into the high word (which may step
  // into the next binade, as rounding up should), then clear the 16 dropped bits.
  const low = (words[LOW] ?? 0) + 0x8000;
  if (low > 0xffffffff) words[1 - LOW] = (words[1 - LOW] ?? 0) + 1;
  words[LOW] = low & 0xffff0000;
  return bits[0] ?? 0;
}

/** Members chosen by hand on top of the nearest: codes added, and codes kept out. */
export interface ManualMembers {
  readonly add?: readonly string[];
  readonly remove?: readonly string[];
}

/**
 * The nearest-neighbour group of the municipality at `self` in an already standardised
 * structure (see selectPeers): the k nearest among the complete municipalities not in
 * `manual.remove`, then the codes of `manual.add` that are not already members (an added
 * municipality that lacks a variable has distance NaN and no terms). Throws InvalidInputError
 * when the municipality itself lacks a variable (it has no place to measure from), for k < 1
 * or k ≥ n, for an unknown code in add or remove, or for the municipality itself in add.
 * @example selectNearest(structure, structure.positions.get('766') ?? -1, 10).members
 */
export function selectNearest(
  s: StandardisedStructure,
  self: number,
  k: number,
  theme?: Theme,
  manual: ManualMembers = {},
): PeerGroup {
  checkK(k, s.codes.length);
  const code = s.codes[self] ?? '';
  const own = s.incomplete.find((m) => m.code === code);
  if (own !== undefined) {
    throw new InvalidInputError(
      `Kommune ${code} mangler ${own.missing.map((m) => m.keyFigureId).join(', ')} i ${s.year} ` +
        'og kan ikke få sammenligningskommuner på rammevilkår',
      'code',
    );
  }
  const excluded = excludedPositions(s, manual.remove);
  const ranked = rankNeighbours(s, self, k, excluded);
  const matches = Array.from(ranked, (j) => explainDistance(s, self, j));
  const nearestCodes = new Set(matches.map((m) => m.code));
  const added: string[] = [];
  for (const c of manual.add ?? []) {
    const j = positionOf(s.positions, c, 'add');
    if (j === self)
      throw new InvalidInputError(`Kommune ${c} kan ikke være med i sin egen gruppe`, 'add');
    if (nearestCodes.has(c) || added.includes(c)) continue;
    added.push(c);
    matches.push(
      s.complete[j] === 1 ? explainDistance(s, self, j) : { code: c, distance: NaN, terms: [] },
    );
  }
  const removed = [...(manual.remove ?? [])];
  const leftOut = s.incomplete
    .filter((m) => !added.includes(m.code))
    .map((m): LeftOutPeer => ({
      code: m.code,
      reason: 'incomplete-structure',
      missing: m.missing,
    }));
  const byHand = [
    added.length > 0 ? `${added.length} tilføjet` : '',
    removed.length > 0 ? `${removed.length} fravalgt` : '',
  ].filter(Boolean);
  const byHandEn = [
    added.length > 0 ? `${added.length} added` : '',
    removed.length > 0 ? `${removed.length} removed` : '',
  ].filter(Boolean);
  return {
    kind: 'nearest',
    code,
    nameDa: `${k} nærmeste på rammevilkår (${s.year})${byHand.length > 0 ? `, ${byHand.join(', ')}` : ''}`,
    nameEn: `${k} nearest on structural conditions (${s.year})${byHandEn.length > 0 ? `, ${byHandEn.join(', ')}` : ''}`,
    members: matches.map((m) => m.code),
    leftOut,
    nearest: {
      year: s.year,
      k,
      ...(theme === undefined ? {} : { theme }),
      scales: s.scales,
      matches,
      added,
      removed,
    },
  };
}

/** 1 at the positions of the codes kept out; refuses an unknown code. */
export function excludedPositions(
  s: StandardisedStructure,
  remove: readonly string[] | undefined,
): Uint8Array | undefined {
  if (remove === undefined || remove.length === 0) return undefined;
  const excluded = new Uint8Array(s.codes.length);
  for (const c of remove) excluded[positionOf(s.positions, c, 'remove')] = 1;
  return excluded;
}

/**
 * The k municipalities nearest to `code` on structural conditions in one year (DESIGN.md
 * §3.2): z-scores over all given municipalities (sample sd), d = √Σ w_k (z_a − z_b)², the k
 * smallest d excluding the municipality itself, ties to the lower code. Municipalities that
 * lack a variable are not candidates and are listed in `leftOut`; if there are fewer than k
 * candidates, the group is smaller. Each member comes with its distance and every variable's
 * share of d² (`nearest.matches`).
 * Throws InvalidInputError for k < 1 or k ≥ n, an unknown code or variable, mismatched
 * column lengths, bad weights, or when `code` itself lacks a variable.
 * @example selectPeers('766', { year: 2023, codes, values }, { k: 10, theme: 'elderly-health' }).members
 */
export function selectPeers(
  code: string,
  input: StructureInput,
  options: NearestOptions = {},
): PeerGroup {
  const k = options.k ?? DEFAULT_K;
  checkK(k, input.codes.length);
  const s = standardiseStructure(input, variablesOf(options));
  return selectNearest(s, positionOf(s.positions, code), k, options.theme, options);
}
