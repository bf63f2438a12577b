import type { Widen } from '../widen.ts';
import type { method as da } from '../da/method.ts';

export const method: Widen<typeof da> = {
  title: 'Method',
};
