import { useI18n } from '../../i18n/index.ts';
import { TOP_LINES } from './open-themes.ts';
import type { OpenThemes } from './use-open-themes.ts';

/**
 * Below a theme's table: how many of its figures are shown, and the button that shows all of
 * them or only the top lines again (the state is the page's URL, so it is a history entry).
 */
export function ThemeRowsToggle({
  controls,
  expanded,
  shown,
  all,
  themeName,
  onToggle,
}: {
  /** The id of the rows it shows and hides. */
  readonly controls: string;
  readonly expanded: boolean;
  /** How many rows a closed theme shows. */
  readonly shown: number;
  readonly all: number;
  readonly themeName: string;
  readonly onToggle: () => void;
}) {
  const { t } = useI18n();
  const m = t.municipality.overview.themes;
  return (
    <p className="muni-rows-toggle">
      {expanded ? null : <span className="muni-rows-shown">{m.shown(shown, all)} </span>}
      <button
        type="button"
        className="link-button muni-rows-button"
        aria-expanded={expanded}
        aria-controls={controls}
        onClick={onToggle}
      >
        {expanded ? m.showTop(shown) : m.showAll(all)}
        <span className="visually-hidden">{m.inTheme(themeName)}</span>
      </button>
    </p>
  );
}

/**
 * Above the themes: that each shows its top lines, and one button to open or close them all.
 */
export function AllThemesToggle({
  themes,
  count,
}: {
  readonly themes: Pick<OpenThemes, 'open' | 'setAll'>;
  /** How many themes the package has. */
  readonly count: number;
}) {
  const { t } = useI18n();
  const m = t.municipality.overview.themes;
  const allOpen = count > 0 && themes.open.size === count;
  return (
    <p className="muni-themes-bar">
      <span>{m.lead(TOP_LINES)}</span>{' '}
      <button
        type="button"
        className="link-button muni-rows-button"
        onClick={() => themes.setAll(!allOpen)}
      >
        {allOpen ? m.closeAll : m.openAll}
      </button>
    </p>
  );
}
