/** A municipality as the round form knows it. */
export interface NamedMunicipality {
  readonly code: string;
  readonly name: string;
}

/**
 * The municipalities typed into the round form, by code or name (commas, semicolons or line
 * breaks between them; case and the word "Kommune" do not matter), each once, in the order
 * typed; what matches none is returned as `unknown`.
 * @example parseMunicipalities('727, odder kommune\nxyz', [{ code: '727', name: 'Odder' }]) // { codes: ['727'], unknown: ['xyz'] }
 */
export function parseMunicipalities(
  text: string,
  known: readonly NamedMunicipality[],
): { readonly codes: readonly string[]; readonly unknown: readonly string[] } {
  const byName = new Map(known.map((m) => [normal(m.name), m.code]));
  const codes = new Set(known.map((m) => m.code));
  const found: string[] = [];
  const unknown: string[] = [];
  for (const token of text.split(/[,;\n]/).map((x) => x.trim())) {
    if (token === '') continue;
    const code = /^\d{3}$/.test(token) && codes.has(token) ? token : byName.get(normal(token));
    if (code === undefined) unknown.push(token);
    else if (!found.includes(code)) found.push(code);
  }
  return { codes: found, unknown };
}

const normal = (name: string) =>
  name
    .toLocaleLowerCase('da')
    .replace(/\s+kommune$/, '')
    .replace(/\s+/g, ' ')
    .trim();
