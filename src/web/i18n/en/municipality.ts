import type { Widen } from '../widen.ts';
import type { municipality as da } from '../da/municipality.ts';

export const municipality: Widen<typeof da> = {
  title: 'Municipality',
};
