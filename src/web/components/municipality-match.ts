import { nameKey } from '../../core/index.ts';

export interface NamedMunicipality {
  readonly code: string;
  readonly name: string;
}

// Without the folding of nameKey ("aa" → "å"), so that typing "A" already offers Aarhus and
// Aabenraa, whose folded keys start with "å".
function plainKey(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFC')
    .replace(/[\s\-.]+/g, '');
}

const collator = new Intl.Collator('da');

/**
 * The municipalities whose name matches what was typed, best first: names that start with it
 * (tolerant of Aarhus/Århus, Høje-Taastrup/Høje Taastrup, "Kommune" and the genitive s), then
 * names that contain it (from two letters on); each group in Danish alphabetical order. A municipality code (e.g.
 * "751") matches too. An empty query matches nothing.
 * @example matchMunicipalities('Århus', list).map((m) => m.code) // ['751']
 */
export function matchMunicipalities<M extends NamedMunicipality>(
  query: string,
  municipalities: readonly M[],
): M[] {
  const q = query.trim();
  if (q === '') return [];
  if (/^\d{1,3}$/.test(q)) {
    return municipalities
      .filter((m) => m.code.startsWith(q))
      .sort((a, b) => a.code.localeCompare(b.code));
  }
  const keys = [nameKey(q), plainKey(q)].filter((k) => k !== '');
  // "Københavns Kommune": the genitive s is not part of the name.
  const stem = keys[0]?.endsWith('s') ? keys[0].slice(0, -1) : undefined;
  const tier = (m: M): number => {
    const names = [nameKey(m.name), plainKey(m.name)];
    if (names.some((n) => keys.some((k) => n.startsWith(k)))) return 0;
    // One letter is in most names; only from two letters on do names that contain it help.
    if (q.length > 1 && names.some((n) => keys.some((k) => n.includes(k)))) return 1;
    if (stem && names.some((n) => n === stem)) return 0;
    return 2;
  };
  return municipalities
    .map((m) => ({ m, tier: tier(m) }))
    .filter((x) => x.tier < 2)
    .sort((a, b) => a.tier - b.tier || collator.compare(a.m.name, b.m.name))
    .map((x) => x.m);
}
