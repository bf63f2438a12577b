/** The themes with potentials, in the package's order (the API's COMPARE_THEMES). */
export const COMPARED_THEMES = [
  'elderly-health',
  'technical-environment',
  'specialised-adults',
  'employment-social-family',
  'children-young',
  'integration',
  'administration',
  'finance',
] as const;

/** The parameter's value when every theme is switched off (empty means all). */
const NONE = 'none';

export interface ThemeChoice {
  /** The chosen themes in the package's order; all of them when the address names none. */
  readonly themes: readonly string[];
  /** True when the address names none: every theme is shown. */
  readonly all: boolean;
  /** Names in the address that are not themes, as written. */
  readonly unknown: readonly string[];
}

/**
 * Reads the `themes` parameter ("elderly-health,finance"); empty means all themes, `none` none.
 * Unknown names are named and skipped; repeats count once.
 * @example parseThemes('finance,foo').themes // ['finance']
 */
export function parseThemes(raw: string): ThemeChoice {
  const parts = raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return { themes: COMPARED_THEMES, all: true, unknown: [] };
  if (raw.trim() === NONE) return { themes: [], all: false, unknown: [] };
  const known = new Set<string>(COMPARED_THEMES);
  const unknown = [...new Set(parts.filter((p) => !known.has(p)))];
  const themes = COMPARED_THEMES.filter((t) => parts.includes(t));
  return { themes, all: false, unknown };
}

/**
 * The `themes` parameter after switching one theme on or off: empty again when all are on,
 * `none` when none is.
 * @example toggleTheme(['finance'], 'integration', true) // 'integration,finance'
 */
export function toggleTheme(chosen: readonly string[], theme: string, on: boolean): string {
  const next = COMPARED_THEMES.filter((t) => (t === theme ? on : chosen.includes(t)));
  if (next.length === 0) return NONE;
  return next.length === COMPARED_THEMES.length ? '' : next.join(',');
}
