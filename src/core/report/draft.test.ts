import { describe, expect, it } from 'vitest';
import { REPORT_SECTION_IDS } from './model.ts';
import { keptNarratives, narrativeFaults } from './draft.ts';
import { NARRATIVE_MAX, REPORT_SECTION_TITLES } from './sections.ts';

describe('REPORT_SECTION_TITLES', () => {
  it('names every section in Danish and English, and no other', () => {
    expect(Object.keys(REPORT_SECTION_TITLES)).toEqual([...REPORT_SECTION_IDS]);
    for (const t of Object.values(REPORT_SECTION_TITLES))
      expect([t.da.length > 3, t.en.length > 3]).toEqual([true, true]);
  });
});

describe('narrativeFaults(narratives)', () => {
  it('is empty for known sections up to NARRATIVE_MAX characters', () => {
    expect(narrativeFaults({ themes: 'x'.repeat(NARRATIVE_MAX), map: '' })).toEqual([]);
  });
  it('names an unknown section and a text one character too long, in the order given', () => {
    expect(narrativeFaults({ forord: 'x', budget: 'x'.repeat(NARRATIVE_MAX + 1) })).toEqual([
      { section: 'forord', fault: 'unknown-section', length: 1 },
      { section: 'budget', fault: 'too-long', length: NARRATIVE_MAX + 1 },
    ]);
  });
  it('does not take a prototype name for a section', () => {
    expect(narrativeFaults({ constructor: 'x' })[0]?.fault).toBe('unknown-section');
  });
});

describe('keptNarratives(narratives)', () => {
  it('keeps the written text as it is and drops sections of white space only', () => {
    const text = '  <b>fed</b>\n- punkt ';
    expect(keptNarratives({ themes: '  \n', map: text })).toEqual({ map: text });
  });
});
