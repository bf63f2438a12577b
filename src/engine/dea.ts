import {
  InvalidInputError,
  NotFoundError,
  dea,
  describeLevelDa,
  findMunicipality,
  levelKey,
  neutraliseCsvCell,
  superEfficiency,
  type DeaResult,
  type KeyFigure,
  type Orientation,
  type PriceLevel,
  type ReturnsToScale,
  type SuperEfficiencyResult,
} from '../core/index.ts';
import type { Queryable } from '../db/index.ts';
import { loadEngineData, type EngineData } from './data.ts';

/** What a DEA run is asked for, whatever the data come from. */
export interface DeaRequest {
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly nonDiscretionary: readonly string[];
  readonly rts: ReturnsToScale;
  readonly orientation: Orientation;
  readonly slack: boolean;
  readonly super: boolean;
}

/** The outcome with the names it was computed on. */
export interface DeaRun {
  readonly request: DeaRequest;
  readonly ids: readonly string[];
  /** Input columns in model order: the inputs, then the non-discretionary ones. */
  readonly inputNames: readonly string[];
  readonly result: DeaResult;
  readonly superResult?: SuperEfficiencyResult;
  /** Units left out for missing values (municipal runs). */
  readonly leftOut: readonly string[];
}

/**
 * Runs DEA (and super-efficiency when asked) on named columns. Throws InvalidInputError for a
 * column named twice among inputs, outputs and non-discretionary inputs (it would be counted
 * twice), and what the core throws: InvalidInputError for bad data, DeaRangeError (kind
 * 'invalid-file') for numbers it cannot solve reliably, naming the column.
 */
export function runDea(
  ids: readonly string[],
  columns: Readonly<Record<string, readonly number[]>>,
  request: DeaRequest,
  leftOut: readonly string[] = [],
): DeaRun {
  const inputNames = [...request.inputs, ...request.nonDiscretionary];
  const all = [...inputNames, ...request.outputs];
  const twice = all.findIndex((n, i) => all.indexOf(n) !== i);
  if (twice >= 0) {
    const parameter =
      twice >= inputNames.length
        ? 'outputs'
        : twice >= request.inputs.length
          ? 'nonDiscretionary'
          : 'inputs';
    throw new InvalidInputError(`Kolonnen "${all[twice]}" er nævnt to gange i modellen`, parameter);
  }
  const rows = (names: readonly string[]) =>
    ids.map((_, i) => names.map((n) => (columns[n] as readonly number[])[i] as number));
  const base = {
    inputs: rows(inputNames),
    outputs: rows(request.outputs),
    rts: request.rts,
    orientation: request.orientation,
    ids,
    nonDiscretionary: request.nonDiscretionary.map((_, k) => request.inputs.length + k),
    columnNames: { inputs: inputNames, outputs: request.outputs },
  };
  const result = dea({ ...base, slack: request.slack, monetaryInput: 0 });
  const superResult = request.super ? superEfficiency(base) : undefined;
  return { request, ids, inputNames, result, ...(superResult ? { superResult } : {}), leftOut };
}

const PEER_TOLERANCE = 1e-7;

const num = (v: number): string => (v === Infinity ? 'Inf' : v === -Infinity ? '-Inf' : String(v));

/**
 * The CLI's CSV: `id,eff,peers,lambdas` (peers and lambdas `;`-separated, same order), then
 * `slack_<column>` per input and output and `slack_sum` when slacks were computed. With
 * super-efficiency, `eff` is the super-efficiency (Inf when infeasible) and `eff_dea` follows.
 */
export function deaCsv(run: DeaRun): string {
  const { result, superResult, request } = run;
  const slackCols = request.slack
    ? [...run.inputNames, ...request.outputs].map((c) => `slack_${c}`)
    : [];
  const header = [
    'id',
    'eff',
    'peers',
    'lambdas',
    ...(superResult ? ['eff_dea'] : []),
    ...slackCols,
    ...(request.slack ? ['slack_sum'] : []),
  ];
  // Ids and column names are the user's text: neutralised against formula injection, then quoted.
  const quote = (text: string) => {
    const s = neutraliseCsvCell(text);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [header.map(quote).join(',')];
  result.units.forEach((u, i) => {
    const sup = superResult?.units[i];
    // Peers as Benchmarking reports them: λ above 1e-7 (smaller ones are numerical noise).
    const weights = (sup ?? u).lambda.filter((l) => l.weight > PEER_TOLERANCE);
    const cells = [
      quote(u.id),
      num(sup ? sup.eff : u.eff),
      quote(weights.map((l) => run.ids[l.unit]).join(';')),
      weights.map((l) => String(l.weight)).join(';'),
      ...(sup ? [num(u.eff)] : []),
      ...(request.slack && u.slacks ? [...u.slacks.input, ...u.slacks.output].map(num) : []),
      ...(request.slack && u.slacks ? [num(u.slacks.sum)] : []),
    ];
    lines.push(cells.join(','));
  });
  return `${lines.join('\n')}\n`;
}

/** The JSON document of a DEA run (CLI `--format json` and the API). */
export function presentDea(run: DeaRun) {
  const { result, superResult } = run;
  return {
    model: { ...run.request, inputColumns: run.inputNames },
    slackScaling: result.slackScaling,
    units: result.units.map((u, i) => ({
      id: u.id,
      name: findMunicipality(u.id)?.name ?? null,
      eff: u.eff,
      objective: u.objective,
      peers: u.peers.map((p) => run.ids[p]),
      lambdas: u.lambda
        .filter((l) => l.weight > PEER_TOLERANCE)
        .map((l) => ({ id: run.ids[l.unit], weight: l.weight })),
      slacks: u.slacks ?? null,
      inputTargets: u.inputTargets,
      outputTargets: u.outputTargets,
      potential: u.potential ?? null,
      ...(superResult
        ? {
            superEfficiency: {
              status: superResult.units[i]?.status,
              eff: num(superResult.units[i]?.eff ?? NaN),
            },
          }
        : {}),
    })),
    frontier: result.frontier.map((i) => run.ids[i]),
    leftOut: run.leftOut,
  };
}

/**
 * A variable of a municipal DEA: a key-figure id, optionally `:total` for the figure times
 * its volume (e.g. kr. per 67+-årig × number of 67+ = total kroner; a share in per cent ×
 * population / 100 = a number of people).
 */
export function municipalColumn(
  data: EngineData,
  k: KeyFigure,
  total: boolean,
  year: number,
): Float64Array {
  const values = data.unitCost(k.id, year);
  if (!values) throw new NotFoundError(`${k.nameDa} har ingen værdier i ${year}`);
  if (!total) return values;
  const volume = data.volume(k, year);
  if (volume) return values.map((v, i) => v * (volume[i] ?? Number.NaN));
  if (/pct|%/.test(k.unit) || k.id.startsWith('andel-')) {
    const population = data.unitCost('indbyggertal', year);
    if (!population) throw new NotFoundError(`Indbyggertal mangler i ${year}`);
    return values.map((v, i) => (v * (population[i] ?? Number.NaN)) / 100);
  }
  throw new InvalidInputError(
    `${k.id}:total kræver et nøgletal med volumen eller en andel i procent`,
    'inputs',
  );
}

/**
 * What computes a DEA run once the columns are loaded: {@link runDea} by default; the server
 * passes one that runs it in a worker thread, with a time budget.
 */
type DeaRunner = (...args: Parameters<typeof runDea>) => DeaRun | Promise<DeaRun>;

/** DEA over the 98 municipalities on the database's values for one year. */
export async function runMunicipalDea(
  db: Queryable,
  request: DeaRequest & {
    readonly year: number;
    /** Finds a key figure; `parameter` is the list that named it (inputs, outputs, …). */
    readonly resolve: (idOrName: string, parameter: string) => Promise<KeyFigure>;
  },
  run: DeaRunner = runDea,
): Promise<DeaRun> {
  const specs = [...request.inputs, ...request.nonDiscretionary, ...request.outputs];
  const parsed = await Promise.all(
    specs.map(async (s, i) => {
      const parameter =
        i < request.inputs.length
          ? 'inputs'
          : i < request.inputs.length + request.nonDiscretionary.length
            ? 'nonDiscretionary'
            : 'outputs';
      const [id = '', suffix] = s.split(':');
      if (suffix !== undefined && suffix !== 'total')
        throw new InvalidInputError(`Ukendt tillæg ":${suffix}" (kun :total)`, parameter);
      return { spec: s, figure: await request.resolve(id, parameter), total: suffix === 'total' };
    }),
  );
  const data = await loadEngineData(
    db,
    parsed.map((p) => p.figure),
    [request.year],
  );
  const cols = parsed.map((p) => ({
    spec: p.spec,
    values: municipalColumn(data, p.figure, p.total, request.year),
  }));
  const complete = data.codes.map((_, i) =>
    cols.every((c) => Number.isFinite(c.values[i] ?? Number.NaN)),
  );
  const ids = data.codes.filter((_, i) => complete[i]);
  const leftOut = data.codes.filter((_, i) => !complete[i]);
  const columns = Object.fromEntries(
    cols.map((c) => [c.spec, Array.from(c.values).filter((_, i) => complete[i])]),
  );
  return run(ids, columns, request, leftOut);
}

/** The DEA benchmark of one figure: cost C = c × Q in, volume Q out, over every municipality. */
export interface DeaBenchmark {
  readonly code: string;
  readonly year: number;
  readonly keyFigure: KeyFigure;
  readonly rts: ReturnsToScale;
  /** θ (input orientation). */
  readonly efficiency: number;
  /** Own unit cost c and volume Q. */
  readonly value: number;
  readonly volume: number;
  /** c* = the unit cost of the efficient target: (θ·C − s⁻) / Q. */
  readonly benchmark: number;
  /** (1 − θ)·C + s⁻, in kroner: what the frontier says could be saved (never negative). */
  readonly potential: number;
  /** The DEA peers (λ > 1e-7) with their weights and unit costs: the natural whom-to-talk-to. */
  readonly peers: readonly {
    readonly code: string;
    readonly name: string;
    readonly lambda: number;
    readonly value: number;
  }[];
  readonly units: number;
  /** Municipalities outside the frontier: no value or volume, or no positive cost. */
  readonly leftOut: readonly string[];
}

/** Why a municipality has no DEA benchmark for a figure (the package lists it without data). */
export interface DeaMissing {
  readonly missing: 'no-volume' | 'no-values' | 'own-missing' | 'unsolvable';
  /** Danish, for people: the package's `withoutData` reason; the error message otherwise. */
  readonly reasonDa: string;
}

/**
 * The DEA of one figure and year over every municipality with a value and a positive volume:
 * the same for all municipalities, so it is computed once per data (version and price level),
 * year, figure and returns to scale and kept with the data (`data.memo`).
 */
interface DeaFrontier {
  readonly ids: readonly string[];
  readonly cost: readonly number[];
  readonly volume: readonly number[];
  readonly run: DeaRun;
  readonly leftOut: readonly string[];
}

function deaFrontier(
  data: EngineData,
  k: KeyFigure,
  year: number,
  rts: ReturnsToScale,
): DeaFrontier | DeaMissing {
  if (!k.volume)
    return {
      missing: 'no-volume',
      reasonDa: `${k.nameDa} har ingen volumen; DEA-benchmark kræver en enhedsudgift med volumen`,
    };
  return data.memo(`dea|${year}|${k.id}|${rts}`, (): DeaFrontier | DeaMissing => {
    const c = data.unitCost(k.id, year);
    const q = data.volume(k, year);
    if (!c || !q) return { missing: 'no-values', reasonDa: `ingen værdier i ${year}` };
    // DEA needs a positive input and output: a municipality without a value or volume, or
    // with no positive cost (a zero or net negative expenditure), is left out of the frontier.
    const keep = data.codes.map(
      (_, i) =>
        Number.isFinite(c[i] ?? NaN) &&
        Number.isFinite(q[i] ?? NaN) &&
        (q[i] ?? 0) > 0 &&
        (c[i] ?? 0) > 0,
    );
    const ids = data.codes.filter((_, i) => keep[i]);
    const cost = Array.from(c)
      .map((v, i) => v * (q[i] ?? NaN))
      .filter((_, i) => keep[i]);
    const volume = Array.from(q).filter((_, i) => keep[i]);
    let run: DeaRun;
    try {
      run = runDea(ids, { cost, volume }, DEA_LEVEL_MODEL(rts));
    } catch (e) {
      // E.g. a negative net cost: the frontier cannot be drawn for the figure this year.
      if (e instanceof InvalidInputError || e instanceof NotFoundError)
        return { missing: 'unsolvable', reasonDa: `DEA kan ikke beregnes i ${year}: ${e.message}` };
      throw e;
    }
    return { ids, cost, volume, run, leftOut: data.codes.filter((_, i) => !keep[i]) };
  });
}

/** The model of DEA as a benchmark level: cost in, volume out, input-oriented, with slacks. */
const DEA_LEVEL_MODEL = (rts: ReturnsToScale): DeaRequest => ({
  inputs: ['cost'],
  outputs: ['volume'],
  nonDiscretionary: [],
  rts,
  orientation: 'input',
  slack: true,
  super: false,
});

/**
 * DEA as a benchmark level, from loaded data: input-oriented, one input (total cost C = c × Q)
 * and one output (the volume Q), returns to scale `rts`, over all municipalities with both
 * values that year. The one computation behind `potential --benchmark dea` and the package at
 * the DEA level; the frontier is shared by all municipalities (memoised on the data). A figure
 * without volume or values, or a municipality without them, gives {@link DeaMissing}.
 */
export function deaBenchmarkFromData(
  data: EngineData,
  request: {
    readonly code: string;
    readonly keyFigure: KeyFigure;
    readonly year: number;
    readonly rts: ReturnsToScale;
  },
): DeaBenchmark | DeaMissing {
  const { code, keyFigure: k, year } = request;
  const f = deaFrontier(data, k, year, request.rts);
  if ('missing' in f) return f;
  const { ids, cost, volume, run } = f;
  const at = ids.indexOf(code);
  const u = run.result.units[at];
  if (!u) {
    const name = findMunicipality(code)?.name ?? code;
    const i = data.codes.indexOf(code);
    const own = data.unitCost(k.id, year)?.[i];
    return {
      missing: 'own-missing',
      reasonDa:
        own !== undefined && own <= 0
          ? `${name} har ingen positiv udgift til ${k.nameDa} i ${year}; DEA kræver en positiv udgift`
          : `${name} mangler værdi eller volumen for ${k.nameDa} i ${year}`,
    };
  }
  const own = { c: cost[at] as number, q: volume[at] as number };
  return {
    code,
    year,
    keyFigure: k,
    rts: request.rts,
    efficiency: u.eff,
    value: own.c / own.q,
    volume: own.q,
    benchmark: (u.inputTargets[0] ?? NaN) / own.q,
    potential: u.potential ?? (1 - u.eff) * own.c,
    peers: u.lambda
      .filter((l) => l.weight > PEER_TOLERANCE)
      .map((l) => ({
        code: ids[l.unit] as string,
        name: findMunicipality(ids[l.unit] as string)?.name ?? '',
        lambda: l.weight,
        value: (cost[l.unit] as number) / (volume[l.unit] as number),
      })),
    units: ids.length,
    leftOut: f.leftOut,
  };
}

/**
 * DEA as a benchmark level for one figure, loading its year: {@link deaBenchmarkFromData}.
 * Throws InvalidInputError for a figure without volume or numbers DEA cannot use, and
 * NotFoundError when the figure or the municipality has no values that year.
 */
export async function computeDeaBenchmark(
  db: Queryable,
  request: {
    readonly code: string;
    readonly keyFigure: KeyFigure;
    readonly year: number;
    readonly rts: ReturnsToScale;
    /** The price level of the amounts; the year's own current prices by default. */
    readonly prices?: PriceLevel;
  },
): Promise<DeaBenchmark> {
  const data = await loadEngineData(db, [request.keyFigure], [request.year], request.prices);
  const b = deaBenchmarkFromData(data, request);
  if (!('missing' in b)) return b;
  if (b.missing === 'no-volume' || b.missing === 'unsolvable')
    throw new InvalidInputError(b.reasonDa, 'benchmark');
  throw new NotFoundError(
    b.missing === 'no-values'
      ? `${request.keyFigure.nameDa} har ingen værdier i ${request.year}`
      : b.reasonDa,
  );
}

/** `benchmark=dea[:rts]`: the DEA level, or undefined for the other levels. */
export function parseDeaLevel(raw: string | undefined): ReturnsToScale | undefined {
  const m = /^dea(?::(crs|vrs|drs|irs))?$/.exec((raw ?? '').trim().toLowerCase());
  return m ? ((m[1] ?? 'vrs') as ReturnsToScale) : undefined;
}

/** The JSON of a DEA benchmark, with the same core fields as a potential answer. */
export function presentDeaBenchmark(b: DeaBenchmark) {
  return {
    municipality: { code: b.code, name: findMunicipality(b.code)?.name ?? b.code },
    keyFigure: { id: b.keyFigure.id, nameDa: b.keyFigure.nameDa, unit: b.keyFigure.unit },
    year: b.year,
    level: levelKey({ kind: 'dea', rts: b.rts }),
    levelNameDa: describeLevelDa({ kind: 'dea', rts: b.rts }),
    value: b.value,
    volume: b.volume,
    benchmark: b.benchmark,
    potential: b.potential,
    positivePotential: Math.max(0, b.potential),
    efficiency: b.efficiency,
    group: b.peers.map((p) => p.code),
    peers: b.peers,
    units: b.units,
    leftOut: b.leftOut,
  };
}
