import {
  NotFoundError,
  findMunicipality,
  normaliseMunicipalityCode,
  findMunicipalityByName,
  type Municipality,
} from '../core/index.ts';
import { parseYear as parseYearParam } from '../engine/index.ts';

/** Parses `--year` (and `--from`, `--to`): a whole number from 1900 to 2100. */
export function parseYear(raw: string, flag = '--year'): number {
  return parseYearParam(raw, flag);
}

/** Finds the municipality named by `--municipality` (code like 101 or 0101, or a name). */
export function resolveMunicipality(raw: string): Municipality {
  const code = normaliseMunicipalityCode(raw);
  const m = code !== undefined ? findMunicipality(code) : findMunicipalityByName(raw);
  if (!m)
    throw new NotFoundError(
      `Kommunen "${raw}" findes ikke (brug en kommunekode som 101 eller et navn)`,
    );
  return m;
}
