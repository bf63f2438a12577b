import { useI18n } from '../../i18n/index.ts';
import { COMPARED_THEMES, toggleTheme } from './themes.ts';

/**
 * The themes to compare as checkboxes, all on by default, and a button to turn them all on
 * again; the choice goes to the URL (`themes`, empty = all).
 */
export function ThemeFilter({
  chosen,
  onChange,
}: {
  readonly chosen: readonly string[];
  readonly onChange: (themes: string) => void;
}) {
  const { t } = useI18n();
  const c = t.compare;
  return (
    <fieldset className="cmp-themes">
      <legend>{c.themes}</legend>
      <ul>
        {COMPARED_THEMES.map((theme) => (
          <li key={theme}>
            <label>
              <input
                type="checkbox"
                name="themes"
                value={theme}
                checked={chosen.includes(theme)}
                onChange={(e) => onChange(toggleTheme(chosen, theme, e.currentTarget.checked))}
              />{' '}
              {t.common.themes[theme] ?? theme}
            </label>
          </li>
        ))}
      </ul>
      {chosen.length < COMPARED_THEMES.length ? (
        <button type="button" className="cmp-all-themes" onClick={() => onChange('')}>
          {c.allThemes}
        </button>
      ) : null}
    </fieldset>
  );
}
