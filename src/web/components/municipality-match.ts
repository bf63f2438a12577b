import { searchMunicipalities, type NamedMunicipality } from '../../core/index.ts';

export type { NamedMunicipality };

/**
 * The municipalities whose name matches what was typed, best first (the core's
 * searchMunicipalities): the name or a common abbreviation ("Kbh." → København, "Frb" →
 * Frederiksberg), names that start with it (tolerant of Aarhus/Århus, Høje-Taastrup/Høje
 * Taastrup, "Kommune" and the genitive s), names that contain it (from two letters on), and,
 * when none does, names within a few letters' edits ("Hedenstedt" → Hedensted). A
 * municipality code (e.g. "751") matches too. An empty query matches nothing.
 * @example matchMunicipalities('Århus', list).map((m) => m.code) // ['751']
 */
export function matchMunicipalities<M extends NamedMunicipality>(
  query: string,
  municipalities: readonly M[],
): M[] {
  return searchMunicipalities(query, municipalities).map((m) => m.municipality);
}
