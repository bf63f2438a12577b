import { describe, expect, it } from 'vitest';
import { topPotentials } from './top-potentials.ts';

const fig = (
  keyFigureId: string,
  potential: number | null,
  status = 'included',
  countedIn: string | null = null,
) => ({
  keyFigureId,
  potential,
  status,
  countedIn,
});

describe('topPotentials(themes, n)', () => {
  const themes = [
    { theme: 'a', figures: [fig('x', 5), fig('y', 50), fig('shared', 20), fig('neg', -100)] },
    {
      theme: 'b',
      figures: [
        fig('shared', 20, 'included', 'a'),
        fig('z', 30),
        fig('over', 999, 'overlaps'),
        fig('none', null, 'no-potential'),
        fig('tie', 30),
      ],
    },
  ];

  it('ranks the included positive potentials, largest first, ties by id, each figure once', () => {
    const top = topPotentials(themes, 10);
    expect(top.map((t) => [t.rank, t.figure.keyFigureId, t.theme.theme])).toEqual([
      [1, 'y', 'a'],
      [2, 'tie', 'b'],
      [3, 'z', 'b'],
      [4, 'shared', 'a'],
      [5, 'x', 'a'],
    ]);
  });

  it('stops at n and gives nothing for n = 0', () => {
    expect(topPotentials(themes, 2).map((t) => t.figure.keyFigureId)).toEqual(['y', 'tie']);
    expect(topPotentials(themes, 0)).toEqual([]);
  });

  it('leaves out figures at or below their benchmark, overlapping ones and those without a potential', () => {
    const ids = topPotentials(themes, 10).map((t) => t.figure.keyFigureId);
    for (const id of ['neg', 'over', 'none']) expect(ids).not.toContain(id);
  });
});
