import { describe, expect, it } from 'vitest';
import { THEMES, THEME_NAMES_DA, THEME_NAMES_EN, themeName } from '../../src/core/index.ts';
import { da } from '../../src/web/i18n/da/index.ts';
import { en } from '../../src/web/i18n/en/index.ts';

// One set of theme names everywhere (issue 14): the core's table is the source; the web
// catalogue, the package answer (nameDa) and the exports read it. A copy that diverges fails.
describe('theme names', () => {
  it('the web catalogue shows the core names in both languages, for every theme', () => {
    for (const theme of THEMES) {
      expect(da.common.themes[theme], theme).toBe(THEME_NAMES_DA[theme]);
      expect(en.common.themes[theme], theme).toBe(THEME_NAMES_EN[theme]);
    }
    expect(Object.keys(da.common.themes).sort()).toEqual([...THEMES].sort());
    expect(Object.keys(en.common.themes).sort()).toEqual([...THEMES].sort());
  });

  it('names every theme in both languages, each name once', () => {
    for (const names of [THEME_NAMES_DA, THEME_NAMES_EN]) {
      const values = THEMES.map((t) => names[t]);
      for (const v of values) expect(v.trim()).not.toBe('');
      expect(new Set(values).size).toBe(THEMES.length);
    }
  });

  it('calls the finance theme what the screen always called it', () => {
    expect(themeName('finance', 'da')).toBe('Økonomi og finansiering');
    expect(themeName('finance', 'en')).toBe('Finance');
  });
});
