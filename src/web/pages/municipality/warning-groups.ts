/** The part of a warning that says where it belongs. */
interface Placed {
  readonly code: string;
  readonly keyFigureId: string | null;
}

/** The part of a package that says which group each theme used. */
interface Grouped {
  readonly groups: Readonly<Record<string, { readonly members: readonly string[] }>>;
}

/**
 * The warnings about the whole package (keyFigureId null: budget year, coverage, prices), shown
 * near its total.
 */
export function packageLevelWarnings<W extends Placed>(warnings: readonly W[]): W[] {
  return warnings.filter((w) => w.keyFigureId === null);
}

/**
 * The warnings about one figure, shown on its row. `distant-peers` is about a theme's peer
 * group (its keyFigureId names the figure whose theme chose the variables), so it is shown
 * with the group, not on a row.
 */
export function figureLevelWarnings<W extends Placed>(warnings: readonly W[], id: string): W[] {
  return warnings.filter((w) => w.keyFigureId === id && w.code !== 'distant-peers');
}

/**
 * Each `distant-peers` warning with the themes whose peer group it is about: the theme of the
 * figure it names, and every theme that used the same members (the API warns once per group).
 * A warning whose figure has no known theme is kept with no themes.
 * @example distantPeersByTheme(pkg, (id) => catalogue.get(id)?.themes[0])
 * // [{ warning, themes: ['elderly-health', 'specialised-adults'] }, …]
 */
export function distantPeersByTheme<W extends Placed>(
  pkg: Grouped & { readonly warnings: readonly W[] },
  themeOf: (keyFigureId: string) => string | undefined,
): { readonly warning: W; readonly themes: string[] }[] {
  const key = (theme: string) => pkg.groups[theme]?.members.join(',');
  return pkg.warnings
    .filter((w) => w.code === 'distant-peers')
    .map((warning) => {
      const own = warning.keyFigureId ? themeOf(warning.keyFigureId) : undefined;
      const members = own === undefined ? undefined : key(own);
      const themes =
        members === undefined
          ? own === undefined
            ? []
            : [own]
          : Object.keys(pkg.groups).filter((theme) => key(theme) === members);
      return { warning, themes };
    });
}
