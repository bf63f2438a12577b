import type { Widen } from '../widen.ts';
import type { compare as da } from '../da/compare.ts';

export const compare: Widen<typeof da> = {
  title: 'Compare municipalities',
};
