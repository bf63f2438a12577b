import {
  REGIONS,
  findMunicipality,
  isChristiansoe,
  normaliseMunicipalityCode,
} from '../../core/index.ts';
import { isJsonObject } from './json.ts';

/** Which municipality or region a DAGI feature outlines, as DST codes. */
export interface AreaRef {
  readonly level: 'municipality' | 'region';
  /** DST code: "101" or "081". */
  readonly code: string;
  /** The property that held the code, and the code as written ("KOMKODE", "0101"). */
  readonly codeField: string;
  readonly sourceCode: string;
  /** The name the file gives, when it gives one. */
  readonly sourceName: string | undefined;
}

/** The result of looking at a feature's properties. */
export type AreaLookup =
  | { readonly kind: 'area'; readonly area: AreaRef }
  | { readonly kind: 'christiansoe'; readonly codeField: string; readonly sourceCode: string }
  | {
      readonly kind: 'problem';
      readonly problem: string;
      readonly field?: string;
      readonly value: string;
    };

// The 2014 DAGI exports use upper-case names; Dataforsyningen's DAGI 2 uses lower case.
const MUNICIPALITY = { code: ['KOMKODE', 'kommunekode'], name: ['KOMNAVN', 'navn'] } as const;
const REGION = { code: ['REGIONKODE', 'regionskode'], name: ['REGIONNAVN', 'navn'] } as const;

/**
 * Identifies the area of a DAGI feature from its properties: a municipality code (KOMKODE,
 * "0101" → "101") takes precedence over a region code (REGIONKODE, 1081 → "081").
 * Christiansø (0411) is reported apart; an unknown code is a problem.
 */
export function identifyArea(properties: unknown): AreaLookup {
  if (!isJsonObject(properties)) {
    return {
      kind: 'problem',
      problem: 'egenskaber (properties) mangler',
      value: String(properties),
    };
  }
  const municipality = firstField(properties, MUNICIPALITY.code);
  if (municipality) {
    const [codeField, sourceCode] = municipality;
    const code = normaliseMunicipalityCode(sourceCode);
    if (code !== undefined && isChristiansoe(code))
      return { kind: 'christiansoe', codeField, sourceCode };
    if (code === undefined || !findMunicipality(code)) {
      return {
        kind: 'problem',
        problem: 'Ukendt kommunekode',
        field: codeField,
        value: sourceCode,
      };
    }
    const sourceName = firstField(properties, MUNICIPALITY.name)?.[1];
    return {
      kind: 'area',
      area: { level: 'municipality', code, codeField, sourceCode, sourceName },
    };
  }
  const region = firstField(properties, REGION.code);
  if (region) {
    const [codeField, sourceCode] = region;
    const code = regionCode(sourceCode);
    if (code === undefined) {
      return {
        kind: 'problem',
        problem: 'Ukendt regionskode',
        field: codeField,
        value: sourceCode,
      };
    }
    const sourceName = firstField(properties, REGION.name)?.[1];
    return { kind: 'area', area: { level: 'region', code, codeField, sourceCode, sourceName } };
  }
  return {
    kind: 'problem',
    problem: 'hverken KOMKODE eller REGIONKODE i egenskaberne',
    value: JSON.stringify(properties).slice(0, 80),
  };
}

/** DAGI's 1081-1085 (or DST's 81-85, "081") as DST's "081".."085". */
function regionCode(raw: string): string | undefined {
  if (!/^\d{2,4}$/.test(raw.trim())) return undefined;
  const n = Number(raw);
  const dst = n >= 1081 && n <= 1085 ? n - 1000 : n;
  const code = `0${dst}`;
  return REGIONS.some((r) => r.code === code) ? code : undefined;
}

/** The first of the fields that holds a string or number, with its name and value as text. */
function firstField(
  properties: Readonly<Record<string, unknown>>,
  fields: readonly string[],
): [string, string] | undefined {
  for (const field of fields) {
    const value = properties[field];
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
      return [field, String(value)];
    }
  }
  return undefined;
}
