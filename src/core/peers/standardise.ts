import { InvalidInputError } from '../diagnostics/index.ts';
import { checkColumnLength, isPresent, type ValueColumn } from '../stats/index.ts';
import { compareCodes, indexCodes } from './code-index.ts';
import { checkPeerVariables, type PeerVariable } from './peer-variables.ts';

/** The structural values of one year, as fetched: one column per key-figure id. */
export interface StructureInput {
  readonly year: number;
  /** The municipalities to standardise over (normally the 98), in any order. */
  readonly codes: readonly string[];
  /** Values by key-figure id, each aligned with `codes`; null or NaN is missing. */
  readonly values: Readonly<Record<string, ValueColumn>>;
}

/** The mean and sample standard deviation a variable was standardised with. */
export interface VariableScale {
  readonly variable: PeerVariable;
  /** Mean of the transformed values (after log, if any). */
  readonly mean: number;
  /** Sample standard deviation (n − 1) of the transformed values; 0 when constant. */
  readonly sd: number;
  /** How many municipalities had the value. */
  readonly count: number;
}

/** Why a municipality lacks a variable: no value, or a value ≤ 0 where a log is taken. */
export interface MissingVariable {
  readonly variable: string;
  readonly keyFigureId: string;
  readonly reason: 'missing' | 'not-positive';
}

/** A municipality that cannot be placed in the structural space, and what it lacks. */
export interface IncompleteMunicipality {
  readonly code: string;
  readonly missing: readonly MissingVariable[];
}

/** z-scores of every municipality on every variable, with what they were computed from. */
export interface StandardisedStructure {
  readonly year: number;
  readonly codes: readonly string[];
  readonly positions: ReadonlyMap<string, number>;
  readonly variables: readonly PeerVariable[];
  readonly scales: readonly VariableScale[];
  /** Row-major n × p: z[i·p + k] is municipality i on variable k; NaN where missing. */
  readonly z: Float64Array;
  /** w_k of each variable, in the order of `variables`. */
  readonly weights: Float64Array;
  /** The rank of each municipality's code in code order, for tie-breaks without parsing. */
  readonly codeRank: Int32Array;
  /** 1 when municipality i has every variable, so it can be a peer. */
  readonly complete: Uint8Array;
  readonly incomplete: readonly IncompleteMunicipality[];
}

/**
 * Standardises the structural variables as z-scores, z = (x − mean)/sd with the sample
 * standard deviation (n − 1), after the log transform where the variable asks for it.
 *
 * Missing values: each variable's mean and sd are taken over the municipalities that have it,
 * so one gap does not shift everyone's other z-scores; a municipality lacking any variable is
 * listed in `incomplete` (and is never a peer candidate). A value ≤ 0 under a log counts as
 * missing ("not-positive"). A variable with fewer than two values or no spread gets z = 0
 * everywhere: it cannot tell municipalities apart, so it adds nothing to any distance.
 *
 * Sums run in code order, not input order, so the same data in another order gives
 * bit-identical z-scores (and hence identical peers, ties included).
 *
 * Throws InvalidInputError for duplicate codes, a variable whose key figure has no column
 * ("unknown variable"), a column whose length differs from the codes, or bad weights.
 * @example standardiseStructure({ year: 2023, codes, values }, DEFAULT_PEER_VARIABLES).z
 */
export function standardiseStructure(
  input: StructureInput,
  variables: readonly PeerVariable[],
): StandardisedStructure {
  checkPeerVariables(variables);
  const { codes } = input;
  const positions = indexCodes(codes);
  const n = codes.length;
  const p = variables.length;
  const canonical = Int32Array.from(codes.keys()).sort((a, b) =>
    compareCodes(codes[a] ?? '', codes[b] ?? ''),
  );

  const z = new Float64Array(n * p);
  const missing: MissingVariable[][] = codes.map(() => []);
  const scales: VariableScale[] = [];
  const x = new Float64Array(n);
  for (const [k, v] of variables.entries()) {
    const column = columnFor(input, v);
    for (let i = 0; i < n; i++) {
      const raw = column[i];
      let t = NaN;
      if (!isPresent(raw)) missing[i]?.push(describe(v, 'missing'));
      else if (v.transform === 'log' && raw <= 0) missing[i]?.push(describe(v, 'not-positive'));
      else t = v.transform === 'log' ? Math.log(raw) : raw;
      x[i] = t;
    }
    const scale = scaleOf(v, x, canonical);
    scales.push(scale);
    for (let i = 0; i < n; i++) {
      const t = x[i] ?? NaN;
      z[i * p + k] = Number.isNaN(t) ? NaN : scale.sd > 0 ? (t - scale.mean) / scale.sd : 0;
    }
  }

  const complete = new Uint8Array(n);
  const incomplete: IncompleteMunicipality[] = [];
  for (const i of canonical) {
    const m = missing[i] ?? [];
    if (m.length === 0) complete[i] = 1;
    else incomplete.push({ code: codes[i] ?? '', missing: m });
  }
  const codeRank = new Int32Array(n);
  for (const [r, i] of canonical.entries()) codeRank[i] = r;
  const weights = Float64Array.from(variables, (v) => v.weight);
  return {
    year: input.year,
    codes,
    positions,
    variables,
    scales,
    z,
    weights,
    codeRank,
    complete,
    incomplete,
  };
}

function columnFor(input: StructureInput, v: PeerVariable): ValueColumn {
  const column = Object.hasOwn(input.values, v.keyFigureId)
    ? input.values[v.keyFigureId]
    : undefined;
  if (column === undefined) {
    throw new InvalidInputError(
      `Ukendt variabel "${v.name}": der er ingen værdier for nøgletallet "${v.keyFigureId}"`,
      'variables',
    );
  }
  checkColumnLength(column, input.codes.length, v.keyFigureId);
  return column;
}

function describe(v: PeerVariable, reason: MissingVariable['reason']): MissingVariable {
  return { variable: v.name, keyFigureId: v.keyFigureId, reason };
}

const SPREAD_TOLERANCE = 1e-12;

/** Mean and sample sd over the present values, summed in canonical (code) order. */
function scaleOf(v: PeerVariable, x: Float64Array, canonical: Int32Array): VariableScale {
  let count = 0;
  let sum = 0;
  for (const i of canonical) {
    const t = x[i] ?? NaN;
    if (Number.isNaN(t)) continue;
    count++;
    sum += t;
  }
  const mean = count > 0 ? sum / count : NaN;
  let ss = 0;
  for (const i of canonical) {
    const t = x[i] ?? NaN;
    if (!Number.isNaN(t)) ss += (t - mean) * (t - mean);
  }
  const sd = count >= 2 ? Math.sqrt(ss / (count - 1)) : 0;
  // Equal values leave a spread of rounding noise only; dividing by it would blow the noise
  // up to z-scores of any size, so such a variable counts as constant.
  const constant = !(sd > SPREAD_TOLERANCE * Math.abs(mean));
  return { variable: v, mean, sd: constant ? 0 : sd, count };
}
