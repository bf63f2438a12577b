import type { Widen } from '../widen.ts';
import type { home as da } from '../da/home.ts';

export const home: Widen<typeof da> = {
  title: 'Home',
};
