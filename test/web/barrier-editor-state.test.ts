import { describe, expect, it } from 'vitest';
import { NewBarrierBody } from '../../src/server/schemas/index.ts';
import { bodyOf, emptyForm, linksOf } from '../../src/web/pages/barriers/editor-state.ts';

const editor766 = {
  id: 1,
  email: 'r@e2e.dk',
  role: 'municipality-editor',
  municipalities: ['766', '615'],
  totp: false,
} as const;

const typed = {
  ...emptyForm(editor766),
  title: 'Dobbelt visitation af hjælpemidler',
  lawName: 'Lov om social service',
  paragraph: '§ 83',
};

describe('bodyOf(form): what the barrier form sends', () => {
  it("is reported for a municipality editor's first municipality, with no estimate when none is typed", () => {
    const body = bodyOf(typed);
    expect(body.municipality).toBe('766');
    expect([body.estimate, body.keyFigure, body.law.url]).toEqual([null, null, null]);
    expect(NewBarrierBody.safeParse(body).success).toBe(true);
  });

  it('sends a pre-filled estimate with the potential’s price level and year', () => {
    const body = bodyOf({
      ...typed,
      keyFigure: 'regk31-5-30-26',
      amount: '81744653',
      source: 'potential',
      prices: { basis: 'current', year: null },
      year: 2023,
    });
    expect(body.estimate).toEqual({
      amount: 81744653,
      prices: { basis: 'current', year: null },
      year: 2023,
      source: 'potential',
    });
    expect(NewBarrierBody.safeParse(body).success).toBe(true);
  });

  it('reads a Danish amount typed by hand as entered', () => {
    expect(bodyOf({ ...typed, amount: '1.500.000', source: 'entered' }).estimate).toEqual({
      amount: 1_500_000,
      source: 'entered',
    });
  });
});

describe('linksOf(text): the links typed one a line', () => {
  it('splits "title | url" and lets an address alone be its own title', () => {
    expect(linksOf('Evaluering | https://x.dk\n\n  https://y.dk  ')).toEqual([
      { title: 'Evaluering', url: 'https://x.dk' },
      { title: 'https://y.dk', url: 'https://y.dk' },
    ]);
  });
});
