import { describe, expect, it } from 'vitest';
import { parseMunicipality, UnknownValueError } from './params.ts';

/** The message parseMunicipality throws for `raw`. */
function refusal(raw: string): string {
  try {
    parseMunicipality(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(UnknownValueError);
    return (e as Error).message;
  }
  throw new Error(`"${raw}" was accepted`);
}

describe('parseMunicipality(raw): a name that names no municipality', () => {
  it('suggests the municipality a typo or an abbreviation probably meant', () => {
    expect(refusal('Hedenstedt')).toBe(
      'Kommunen "Hedenstedt" findes ikke; mente du Hedensted (766)? (brug en kommunekode som 101 eller et navn som København)',
    );
    expect(refusal('Kbh')).toContain('mente du København (101)?');
    expect(refusal('Frb.')).toContain('mente du Frederiksberg (147)?');
  });

  it('suggests nothing when no name is near', () => {
    expect(refusal('Atlantis')).toBe(
      'Kommunen "Atlantis" findes ikke (brug en kommunekode som 101 eller et navn som København)',
    );
  });

  it('still accepts the names themselves in any common spelling', () => {
    expect(parseMunicipality('Hedensted')).toBe('766');
    expect(parseMunicipality('Høje Taastrup Kommune')).toBe('169');
  });
});
