import { CHRISTIANSOE_CODE, type Municipality } from './municipality.ts';
import { MUNICIPALITIES } from './municipality-list.ts';

const byCode: ReadonlyMap<string, Municipality> = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

/**
 * Normalises a municipality code as sources write it ("101", "0101", 101, "K101") to DST's
 * 3 digits, or returns undefined when it is not a code at all.
 * @example normaliseMunicipalityCode('0101') // '101'
 */
export function normaliseMunicipalityCode(raw: string | number): string | undefined {
  const s = String(raw).trim();
  if (!/^\d{1,4}$/.test(s)) return undefined;
  const n = Number(s);
  if (n < 100 || n > 999) return undefined;
  return String(n);
}

/** The municipality with this 3-digit code, or undefined (Christiansø included). */
export function findMunicipality(code: string): Municipality | undefined {
  return byCode.get(code);
}

/** True for Christiansø's code, which sources list beside the 98 but which is not a municipality. */
export function isChristiansoe(code: string): boolean {
  return code === CHRISTIANSOE_CODE;
}
