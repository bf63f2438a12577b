import { describe, expect, it } from 'vitest';
import { NewItemBody } from '../../src/server/schemas/index.ts';
import { bodyOf, emptyState } from '../../src/web/pages/portal/editor-state.ts';

const editor766 = {
  id: 1,
  email: 'r@e2e.dk',
  role: 'municipality-editor',
  municipalities: ['766', '615'],
  totp: false,
} as const;

describe('emptyState(user): a new item in the editor', () => {
  it("is owned by and about a municipality editor's first municipality", () => {
    const s = emptyState(editor766);
    expect([s.municipality, s.municipalities]).toEqual(['766', ['766']]);
    expect(s.status).toBe('draft');
  });

  it('has no owner for a national editor', () => {
    const s = emptyState({ ...editor766, role: 'national-editor', municipalities: [] });
    expect([s.municipality, s.municipalities]).toEqual(['', []]);
  });
});

describe('bodyOf(state): the request of the form', () => {
  it('leaves out an empty contact, empty links and blank source lines; a body the API accepts', () => {
    const body = bodyOf({
      ...emptyState(editor766),
      title: 'Hverdagsrehabilitering',
      summary: 'Kort.',
      body: 'Tekst',
      startYear: ' 2021 ',
      links: [
        { title: '', url: '' },
        { title: 'SST', url: 'https://www.sst.dk/' },
      ],
      sources: 'Kilde A\n\n  Kilde B  \n',
    });
    expect(body.contact).toBeNull();
    expect(body.startYear).toBe(2021);
    expect(body.links).toEqual([{ title: 'SST', url: 'https://www.sst.dk/' }]);
    expect(body.sources).toEqual(['Kilde A', 'Kilde B']);
    expect(NewItemBody.safeParse(body).success).toBe(true);
  });

  it('sends a partly filled contact as it is, so the server names what is missing', () => {
    const body = bodyOf({ ...emptyState(editor766), contactName: 'Mette' });
    expect(body.contact).toEqual({ name: 'Mette', role: '', email: '' });
    expect(body.municipality).toBe('766');
  });
});
