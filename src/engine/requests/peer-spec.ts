import {
  InvalidInputError,
  KNOWN_PEER_VARIABLES,
  OutOfRangeError,
  type PeerGroupSpec,
  type PeerVariable,
} from '../../core/index.ts';
import { K_RANGE, parseMunicipalityCode } from '../params.ts';
import { orList } from './fields.ts';

// The one spelling of a peer group, shared by every request that takes `peers` (API query
// parameter, CLI flag): decision 0009. A nearest group can carry its own variables and weights
// and members added or kept out by hand:
//
//   nearest[:<k>][;vars=<variable>[:<weight>],…][;add=<code>,…][;remove=<code>,…]
//
// e.g. nearest:12;vars=log-population,share-67-plus:2;add=101;remove=751

type NearestSpec = Extract<PeerGroupSpec, { kind: 'nearest' }>;

/** The parts a nearest group may carry after its k, in their canonical order. */
export const NEAREST_PARTS = ['vars', 'add', 'remove'] as const;
type NearestPart = (typeof NEAREST_PARTS)[number];

/** The longest weight a variable may have; far beyond any sensible judgement. */
export const MAX_WEIGHT = 100;

/**
 * Parses a peer-group choice: nearest[:<k>][;vars=…][;add=…][;remove=…] | all | region |
 * landsdel | list:<code>,<code>,… | saved:<name>. Refuses (InvalidInputError, 400), naming the
 * value: an unknown part, variable or municipality code, a variable or code named twice, a code
 * both added and kept out, a weight that is not a number ≥ 0, all weights 0, k not a whole
 * number. A whole k outside 1-97 is an OutOfRangeError (422).
 * @example parsePeerSpec('nearest:12;vars=log-population,share-67-plus:2;add=101') // { kind: 'nearest', k: 12, variables: [..], add: ['101'] }
 */
export function parsePeerSpec(raw: string, parameter = 'peers'): PeerGroupSpec {
  const s = raw.trim().toLowerCase();
  if (s === 'all' || s === 'region' || s === 'landsdel') return { kind: s };
  if (s === 'nearest' || s.startsWith('nearest:') || s.startsWith('nearest;'))
    return parseNearest(s, parameter);
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

function parseNearest(s: string, parameter: string): NearestSpec {
  const [head = '', ...rest] = s.split(';').map((p) => p.trim());
  const k = kOf(head.slice('nearest'.length), parameter);
  const seen = new Set<NearestPart>();
  let spec: NearestSpec = { kind: 'nearest', ...(k === undefined ? {} : { k }) };
  for (const part of rest) {
    if (part === '') continue;
    const m = /^([a-z]+)=(.*)$/.exec(part);
    const name = NEAREST_PARTS.find((p) => p === m?.[1]);
    if (!m || !name)
      throw new InvalidInputError(
        `Ukendt del "${part}" i ${parameter}: efter nearest:<k> kan stå ${orList(NEAREST_PARTS.map((p) => `;${p}=…`))}`,
        parameter,
      );
    if (seen.has(name))
      throw new InvalidInputError(`"${name}=" står to gange i ${parameter}`, parameter);
    seen.add(name);
    const items = (m[2] ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    if (items.length === 0)
      throw new InvalidInputError(`"${name}=" i ${parameter} er tom`, parameter);
    if (name === 'vars') spec = { ...spec, variables: variablesOf(items, parameter) };
    else spec = { ...spec, [name]: codesOf(items, name, parameter) };
  }
  const both = (spec.add ?? []).find((c) => spec.remove?.includes(c));
  if (both !== undefined)
    throw new InvalidInputError(
      `Kommune ${both} står både i add= og remove= i ${parameter}`,
      parameter,
    );
  return spec;
}

function kOf(tail: string, parameter: string): number | undefined {
  if (tail === '') return undefined;
  const raw = tail.slice(1).trim();
  if (!tail.startsWith(':') || !/^[-+]?\d{1,30}$/.test(raw))
    throw new InvalidInputError(
      `${parameter}=nearest:<k>: k skal være et helt tal, ikke "${raw || tail}"`,
      parameter,
    );
  const k = Number(raw);
  if (k < K_RANGE.min || k > K_RANGE.max)
    throw new OutOfRangeError(
      `${parameter}=nearest:<k>: k skal være fra ${K_RANGE.min} til ${K_RANGE.max}, ikke ${raw}`,
      parameter,
      K_RANGE.min,
      K_RANGE.max,
    );
  return k;
}

/** `vars=name[:weight],…`: known variables, each once, weights numbers 0-100, not all 0. */
function variablesOf(items: readonly string[], parameter: string): readonly PeerVariable[] {
  const out: PeerVariable[] = [];
  for (const item of items) {
    const [name = '', weightText, ...extra] = item.split(':').map((x) => x.trim());
    const known = KNOWN_PEER_VARIABLES.find((v) => v.name === name);
    if (!known)
      throw new InvalidInputError(
        `Ukendt variabel "${name}" i ${parameter}; kendte: ${KNOWN_PEER_VARIABLES.map((v) => v.name).join(', ')}`,
        parameter,
      );
    if (out.some((v) => v.name === name))
      throw new InvalidInputError(`Variablen "${name}" står to gange i ${parameter}`, parameter);
    let weight = known.weight;
    if (weightText !== undefined || extra.length > 0) {
      const text = [weightText, ...extra].join(':');
      if (!/^\d{1,6}(?:\.\d{1,6})?$/.test(text) || Number(text) > MAX_WEIGHT)
        throw new InvalidInputError(
          `Vægten for "${name}" skal være et tal fra 0 til ${MAX_WEIGHT} (fx ${name}:2 eller ${name}:0.5), ikke "${text}"`,
          parameter,
        );
      weight = Number(text);
    }
    out.push({ ...known, weight });
  }
  if (out.every((v) => v.weight === 0))
    throw new InvalidInputError(
      `Mindst én variabel i ${parameter} skal have en vægt over 0`,
      parameter,
    );
  return out;
}

/** `add=` / `remove=`: municipality codes, each once. */
function codesOf(
  items: readonly string[],
  part: 'add' | 'remove',
  parameter: string,
): readonly string[] {
  const codes: string[] = [];
  for (const item of items) {
    let code: string;
    try {
      code = parseMunicipalityCode(item, parameter);
    } catch {
      throw new InvalidInputError(
        `"${item}" i ${part}= er ikke en kommunekode (101-860) i ${parameter}`,
        parameter,
      );
    }
    if (codes.includes(code))
      throw new InvalidInputError(
        `Kommune ${code} står to gange i ${part}= i ${parameter}`,
        parameter,
      );
    codes.push(code);
  }
  return codes;
}

/**
 * The canonical spelling of a peer group: the inverse of parsePeerSpec (variables with a
 * weight other than 1 carry it; codes in the order given).
 * @example formatPeerSpec({ kind: 'nearest', k: 12, add: ['101'] }) // 'nearest:12;add=101'
 */
export function formatPeerSpec(spec: PeerGroupSpec): string {
  switch (spec.kind) {
    case 'nearest': {
      const parts = [spec.k === undefined ? 'nearest' : `nearest:${spec.k}`];
      if (spec.variables)
        parts.push(
          `vars=${spec.variables.map((v) => (v.weight === 1 ? v.name : `${v.name}:${v.weight}`)).join(',')}`,
        );
      if (spec.add && spec.add.length > 0) parts.push(`add=${spec.add.join(',')}`);
      if (spec.remove && spec.remove.length > 0) parts.push(`remove=${spec.remove.join(',')}`);
      return parts.join(';');
    }
    case 'list':
      return `list:${spec.codes.join(',')}`;
    case 'saved':
      return `saved:${spec.name}`;
    default:
      return spec.kind;
  }
}
