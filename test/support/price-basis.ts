// full_noegletal.csv is in fixed 2010 prices (DESIGN.md §3.4b). Alone it does not say so, so a
// test that imports only it names the basis, as a user would with --price-basis fixed:2010.
import { fixedPrices } from '../../src/core/index.ts';

export const FULL_EXPORT_BASIS = { level: fixedPrices(2010), how: 'flag' } as const;
export const FULL_EXPORT_FLAG = ['--price-basis', 'fixed:2010'] as const;
