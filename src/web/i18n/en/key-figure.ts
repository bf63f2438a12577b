import type { Widen } from '../widen.ts';
import type { keyFigure as da } from '../da/key-figure.ts';

export const keyFigure: Widen<typeof da> = {
  title: 'Key figure',
};
