import { findMunicipality, type Municipality } from '../core/index.ts';
import { parseMunicipality } from '../engine/index.ts';

/**
 * The municipality a parsed request names (its code was checked by the request schema), for
 * printing its name.
 */
export function municipalityByCode(code: string): Municipality {
  const m = findMunicipality(code);
  if (!m) throw new Error(`municipality ${code} passed the request schema but is not listed`);
  return m;
}

/** Finds the municipality named by `--municipality` (a code like 101 or 0101, or a name). */
export function resolveMunicipality(raw: string): Municipality {
  return municipalityByCode(parseMunicipality(raw, '--municipality'));
}
