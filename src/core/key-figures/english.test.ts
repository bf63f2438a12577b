import { describe, expect, it } from 'vitest';
import { CATALOGUE, sourceNoteEn } from './index.ts';

/** Words that give a Danish sentence away. */
const DANISH = /\b(og|ikke|fra|til|før|efter|nøgletallet|kommunerne|antal|indbyggertal)\b/i;

describe('the catalogue in English', () => {
  it('gives every catalogued figure an English name', () => {
    for (const k of CATALOGUE) expect(k.nameEn.trim(), k.id).not.toBe('');
  });
  it('gives every definition break its description in English', () => {
    const breaks = CATALOGUE.flatMap((k) => k.breaks.map((b) => ({ id: k.id, b })));
    expect(breaks.length).toBeGreaterThan(20);
    for (const { id, b } of breaks) {
      expect(b.descriptionEn, `${id} ${b.year}`).toBeTruthy();
      expect(b.descriptionEn, `${id} ${b.year}`).not.toMatch(DANISH);
    }
  });
  it('gives every volume (and its rule before a break) a description in English', () => {
    const volumes = CATALOGUE.flatMap((k) => (k.volume ? [{ id: k.id, v: k.volume }] : []));
    expect(volumes.length).toBeGreaterThan(50);
    for (const { id, v } of volumes) {
      expect(v.descriptionEn, id).toBeTruthy();
      expect(v.descriptionEn, id).not.toMatch(DANISH);
      if (v.before) expect(v.before.descriptionEn, id).toBeTruthy();
    }
  });
});

describe('sourceNoteEn(text)', () => {
  it('translates a note of the export whose Danish text it knows, whitespace aside', () => {
    const note27 =
      'Der er taget en ny opgørelsesmetode i brug fra 2018. Det tager tid for kommunerne at ' +
      'tilpasse sig den nye opgørelsesmetode, og denne tilpasning vil også finde sted efter ' +
      'offentliggørelsen af kommunernes budgetter.  Niveauet for ældreudgifter henholdsvis ' +
      'udgifter til voksne med særlige behov i 2018 opgjort på baggrund af';
    expect(sourceNoteEn(note27)).toMatch(/^A new method of accounting is used from 2018\./);
  });
  it('has no English for a text it does not know, rather than a wrong one', () => {
    expect(sourceNoteEn('Der er taget en ny opgørelsesmetode i brug fra 2019.')).toBeNull();
  });
});
