import { InvalidInputError, PotentialeError } from '../../core/index.ts';

/**
 * How a parameter is spelled where the request came from: `api` is the query parameter or body
 * field (`keyFigure`), `cli` the flag (`--key-figure`). Errors name the parameter in the
 * spelling the user wrote; the meaning, defaults and refusals are the same.
 */
export type Spelling = 'api' | 'cli';

/** A raw value as a query string, a JSON body or commander gives it. */
export type RawValue = string | boolean | number | readonly string[] | undefined;

/** The raw values of one request, keyed by the API's parameter name (commander's camelCase). */
export type RawRequest = Readonly<Record<string, RawValue>>;

/**
 * The name of a parameter as the user wrote it.
 * @example spell('keyFigure', 'cli') // '--key-figure'
 */
export function spell(name: string, spelling: Spelling): string {
  return spelling === 'api' ? name : `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** A text value, trimmed; undefined when absent or empty. Lists and booleans are refused. */
export function text(raw: RawRequest, name: string, spelling: Spelling): string | undefined {
  const v = raw[name];
  if (v === undefined) return undefined;
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string')
    throw new InvalidInputError(
      `${spell(name, spelling)} skal have en værdi`,
      spell(name, spelling),
    );
  const s = v.trim();
  return s === '' ? undefined : s;
}

/** A text value that must be there. */
export function required(raw: RawRequest, name: string, spelling: Spelling): string {
  const v = text(raw, name, spelling);
  if (v === undefined)
    throw new InvalidInputError(`${spell(name, spelling)} mangler`, spell(name, spelling));
  return v;
}

/**
 * A yes/no value: `true`/`false` (query string, JSON) or a flag given (`--slack`, `--no-slack`).
 * @example flag({ slack: 'false' }, 'slack', 'api', true) // false
 */
export function flag(
  raw: RawRequest,
  name: string,
  spelling: Spelling,
  fallback: boolean,
): boolean {
  const v = raw[name];
  if (v === undefined) return fallback;
  if (typeof v === 'boolean') return v;
  const s = typeof v === 'string' ? v.trim().toLowerCase() : '';
  if (s === 'true') return true;
  if (s === 'false') return false;
  throw new InvalidInputError(
    `${spell(name, spelling)} skal være true eller false, ikke "${String(v)}"`,
    spell(name, spelling),
  );
}

/**
 * A comma-separated list ("a,b") or a JSON array of names, trimmed, empty items dropped.
 * @example names({ inputs: 'x1, x2' }, 'inputs', 'api') // ['x1', 'x2']
 */
export function names(raw: RawRequest, name: string, spelling: Spelling): readonly string[] {
  const v = raw[name];
  if (v === undefined) return [];
  const items = typeof v === 'string' ? v.split(',') : Array.isArray(v) ? v : undefined;
  if (!items)
    throw new InvalidInputError(
      `${spell(name, spelling)} skal være en kommasepareret liste af navne`,
      spell(name, spelling),
    );
  return items.map((s: string) => s.trim()).filter(Boolean);
}

/**
 * One of a few words, with old spellings accepted as aliases of the canonical one.
 * @example choice({ orientation: 'in' }, 'orientation', 'api', { input: ['in'], output: ['out'] }, 'input') // 'input'
 */
export function choice<T extends string>(
  raw: RawRequest,
  name: string,
  spelling: Spelling,
  canonical: Readonly<Record<T, readonly string[]>>,
  fallback: T,
): T {
  const v = text(raw, name, spelling);
  if (v === undefined) return fallback;
  const s = v.toLowerCase();
  for (const [word, aliases] of Object.entries(canonical) as [T, readonly string[]][])
    if (s === word || aliases.includes(s)) return word;
  throw new InvalidInputError(
    `${spell(name, spelling)} skal være ${orList(Object.keys(canonical))}, ikke "${v}"`,
    spell(name, spelling),
  );
}

/** "a, b eller c". */
export function orList(words: readonly string[]): string {
  return words.length < 2
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} eller ${words[words.length - 1] ?? ''}`;
}

/** The words of a choice without aliases. */
export const plainWords = <T extends string>(
  words: readonly T[],
): Readonly<Record<T, readonly string[]>> =>
  Object.fromEntries(words.map((w) => [w, []])) as unknown as Record<T, readonly string[]>;

/**
 * Runs a request's parsing so that every refusal names its parameter at the start of its
 * message, in the caller's spelling ("--theme: Ukendt tema …", "theme: Ukendt tema …"): the
 * CLI's stderr says which flag, as the API's problem document does.
 */
export function naming<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (
      e instanceof PotentialeError &&
      'parameter' in e &&
      typeof e.parameter === 'string' &&
      !e.message.startsWith(e.parameter)
    )
      e.message = `${e.parameter}: ${e.message}`;
    throw e;
  }
}
