import type { Widen } from '../widen.ts';
import type { data as da } from '../da/data.ts';

export const data: Widen<typeof da> = {
  title: 'Data',
};
