import {
  InvalidInputError,
  OutOfRangeError,
  THEMES,
  type PackageLevel,
  type PeerGroupSpec,
  type Theme,
} from '../../core/index.ts';
import { UnknownValueError, parseMunicipality, parseTheme } from '../params.ts';
import type { PriceRequest } from '../prices.ts';
import { optionalYearOf, packageLevelOf, peersOf, pricesOf } from './common.ts';
import { naming, names, spell, type RawRequest, type Spelling } from './fields.ts';

/** How many municipalities one comparison holds: one package per municipality is computed. */
export const COMPARE_MAX = 5;

/** The themes a comparison shows when it names none: every theme with potentials. */
export const COMPARE_THEMES: readonly Theme[] = THEMES.filter((t) => t !== 'structure');

/** `compare`: the packages of a few municipalities side by side, on the chosen themes. */
export interface CompareQuery {
  /** Codes in the order given, each once, 1 to COMPARE_MAX. */
  readonly codes: readonly string[];
  /** Undefined = the default package year (the one most of the municipalities default to). */
  readonly year: number | undefined;
  /** In THEMES order, whatever the order asked; all themes with potentials by default. */
  readonly themes: readonly Theme[];
  /** A peer-group level or DEA over all municipalities. */
  readonly level: PackageLevel;
  readonly peers: PeerGroupSpec;
  readonly prices?: PriceRequest;
}

/**
 * Parses a compare request: municipalities (codes or names, comma-separated, 1-5, no repeats),
 * year (optional), themes (comma-separated, no repeats; default all), benchmark, peers, prices.
 * Every bad item is refused naming the parameter and the item: an unknown municipality is bad
 * input here (400), not a missing resource, since the list is the request.
 * @example parseCompareRequest({ municipalities: '101,751' }).codes // ['101', '751']
 */
export function parseCompareRequest(raw: RawRequest, s: Spelling = 'api'): CompareQuery {
  return naming(() => {
    const codes = municipalitiesOf(raw, s);
    const year = optionalYearOf(raw, s);
    const themes = themesOf(raw, s);
    const level = packageLevelOf(raw, s);
    const peers = peersOf(raw, s);
    const prices = pricesOf(raw, s);
    return { codes, year, themes, level, peers, ...(prices ? { prices } : {}) };
  });
}

function municipalitiesOf(raw: RawRequest, s: Spelling): readonly string[] {
  const parameter = spell('municipalities', s);
  const items = names(raw, 'municipalities', s);
  if (items.length === 0)
    throw new InvalidInputError(
      `${parameter} mangler: skriv 1-${COMPARE_MAX} kommunekoder adskilt af komma, fx 101,751`,
      parameter,
    );
  if (items.length > COMPARE_MAX)
    throw new OutOfRangeError(
      `Der kan sammenlignes højst ${COMPARE_MAX} kommuner ad gangen, ikke ${items.length}`,
      parameter,
      1,
      COMPARE_MAX,
    );
  const codes: string[] = [];
  for (const item of items) {
    let code: string;
    try {
      code = parseMunicipality(item, parameter);
    } catch (e) {
      // A name or code that names no municipality is a bad item of the list: 400, not 404.
      if (e instanceof UnknownValueError) throw new InvalidInputError(e.message, parameter);
      throw e;
    }
    if (codes.includes(code))
      throw new InvalidInputError(
        `Kommunen ${code} står mere end én gang ("${item}"); hver kommune kan kun vælges én gang`,
        parameter,
      );
    codes.push(code);
  }
  return codes;
}

function themesOf(raw: RawRequest, s: Spelling): readonly Theme[] {
  const parameter = spell('themes', s);
  const items = names(raw, 'themes', s);
  if (items.length === 0) return COMPARE_THEMES;
  const themes: Theme[] = [];
  for (const item of items) {
    const theme = parseTheme(item, parameter);
    if (theme === 'structure' || themes.includes(theme))
      throw new InvalidInputError(
        theme === 'structure'
          ? `Temaet structure har ingen potentialer; vælg blandt ${COMPARE_THEMES.join(', ')}`
          : `Temaet ${theme} står mere end én gang`,
        parameter,
      );
    themes.push(theme);
  }
  return COMPARE_THEMES.filter((t) => themes.includes(t));
}
