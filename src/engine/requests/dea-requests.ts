import {
  InvalidInputError,
  RETURNS_TO_SCALE,
  type Orientation,
  type ReturnsToScale,
} from '../../core/index.ts';
import type { DeaRequest } from '../dea.ts';
import { yearOf } from './common.ts';
import {
  choice,
  flag,
  names,
  plainWords,
  required,
  spell,
  naming,
  type RawRequest,
  type Spelling,
} from './fields.ts';

/**
 * The defaults of a DEA model, for the CLI and the API alike. `slack` is on: the results DEA
 * promises (DESIGN.md §3.6) are the slacks and targets of phase 2 and the potential
 * (1 − θ)·C + s⁻, which needs the input slack s⁻; without phase 2 a unit on a weakly efficient
 * part of the frontier would show no potential beyond the radial one.
 */
export const DEA_DEFAULTS = {
  rts: 'vrs',
  orientation: 'input',
  slack: true,
  super: false,
} as const satisfies Pick<DeaRequest, 'rts' | 'orientation' | 'slack' | 'super'>;

/** Returns to scale: crs, vrs, drs (NIRS), irs (NDRS). */
const RTS = plainWords<ReturnsToScale>(RETURNS_TO_SCALE);

/** Orientation: canonical `input`/`output`; `in`/`out` (the CLI's old spelling) are aliases. */
export const ORIENTATION_ALIASES: Readonly<Record<Orientation, readonly string[]>> = {
  input: ['in'],
  output: ['out'],
};

/**
 * Parses a DEA model: inputs and outputs (at least one each), nonDiscretionary, rts, orientation,
 * slack, super. Lists come as "a,b" (flag, query) or as JSON arrays (body).
 * @example parseDeaModel({ inputs: 'x', outputs: 'y', orientation: 'out' }).orientation // 'output'
 */
export function parseDeaModel(raw: RawRequest, s: Spelling = 'api'): DeaRequest {
  return naming(() => {
    const inputs = names(raw, 'inputs', s);
    if (inputs.length === 0)
      throw new InvalidInputError('DEA kræver mindst ét input', spell('inputs', s));
    const outputs = names(raw, 'outputs', s);
    if (outputs.length === 0)
      throw new InvalidInputError('DEA kræver mindst ét output', spell('outputs', s));
    return {
      inputs,
      outputs,
      nonDiscretionary: names(raw, 'nonDiscretionary', s),
      rts: choice(raw, 'rts', s, RTS, DEA_DEFAULTS.rts),
      orientation: choice(raw, 'orientation', s, ORIENTATION_ALIASES, DEA_DEFAULTS.orientation),
      slack: flag(raw, 'slack', s, DEA_DEFAULTS.slack),
      super: flag(raw, 'super', s, DEA_DEFAULTS.super),
    };
  });
}

/** DEA over the municipalities' key figures in one year (`dea --municipal`, POST /api/v1/dea). */
export interface MunicipalDeaQuery {
  readonly model: DeaRequest;
  readonly year: number;
}

/** Parses a municipal DEA: the model and the year. */
export function parseMunicipalDeaRequest(raw: RawRequest, s: Spelling = 'api'): MunicipalDeaQuery {
  return naming(() => {
    const model = parseDeaModel(raw, s);
    return { model, year: yearOf(raw, s) };
  });
}

/** DEA over a table of units (`dea --data`, POST /api/v1/dea/upload): the id column too. */
export interface TableDeaQuery {
  readonly model: DeaRequest;
  readonly id: string;
}

/** Parses a DEA over an uploaded or named table: the model and the id column. */
export function parseTableDeaRequest(raw: RawRequest, s: Spelling = 'api'): TableDeaQuery {
  return naming(() => {
    const model = parseDeaModel(raw, s);
    const id = required(raw, 'id', s);
    if (id.length > 100)
      throw new InvalidInputError(`${spell('id', s)} er længere end 100 tegn`, spell('id', s));
    return { model, id };
  });
}
