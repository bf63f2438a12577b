import { describe, expect, it } from 'vitest';
import { COMPARED_THEMES, parseThemes, toggleTheme } from '../../src/web/pages/compare/themes.ts';

describe('parseThemes(raw)', () => {
  it('is every theme with potentials when empty', () => {
    expect(parseThemes('')).toEqual({ themes: COMPARED_THEMES, all: true, unknown: [] });
  });
  it("keeps the known themes in the package's order and names the unknown", () => {
    expect(parseThemes('finance, foo,elderly-health,finance')).toEqual({
      themes: ['elderly-health', 'finance'],
      all: false,
      unknown: ['foo'],
    });
  });
  it('is no theme for `none`', () => {
    expect(parseThemes('none').themes).toEqual([]);
  });
});

describe('toggleTheme(chosen, theme, on)', () => {
  it('turns one theme off and on again, empty when all are on', () => {
    const off = toggleTheme(COMPARED_THEMES, 'integration', false);
    expect(off.split(',')).toHaveLength(COMPARED_THEMES.length - 1);
    expect(off).not.toContain('integration');
    expect(toggleTheme(parseThemes(off).themes, 'integration', true)).toBe('');
  });
  it('says none when the last theme goes off', () => {
    expect(toggleTheme(['finance'], 'finance', false)).toBe('none');
  });
});
