import { describe, expect, it } from 'vitest';
import {
  deviationLevel,
  signedAmount,
  signedKr,
  signedPercent,
} from '../../src/web/pages/budget/amounts.ts';
import type { DeviationYear } from '../../src/web/api/index.ts';

const year = (prices: DeviationYear['prices']): DeviationYear => ({
  year: 2022,
  prices,
  budget: 3104,
  accounts: 3449,
  perInhabitant: 345,
  amount: 16_200_000,
  population: 47_000,
  percent: 11.1,
  exceeds: true,
  budgetConverted: false,
  explanation: null,
});

describe('the budget page’s amounts', () => {
  it('write the sign of a deviation: plus is spending above the budget', () => {
    expect(signedKr('da', 321.4)).toBe('+321 kr.');
    expect(signedKr('da', -12)).toBe('−12 kr.');
    expect(signedKr('en', 321)).toBe('DKK +321');
    expect(signedKr('da', 0.2)).toBe('0 kr.');
    expect(signedPercent('da', 11.06)).toBe('+11,1 %');
    expect(signedPercent('en', -0.84)).toBe('−0.8%');
  });

  it('write a total in millions from one million up', () => {
    expect(signedAmount('da', 15_014_133)).toBe('+15,0 mio. kr.');
    expect(signedAmount('en', -2_946_699)).toBe('DKK −2.9m');
    expect(signedAmount('da', -467_220)).toBe('−467.220 kr.');
  });

  it('leave a missing value as the dash', () => {
    expect(signedKr('da', null)).toBe('–');
    expect(signedAmount('da', null)).toBe('–');
    expect(signedPercent('da', null)).toBe('–');
  });

  it('name the price level once, or each level when they differ', () => {
    const current = year({ basis: 'current', year: null });
    expect(deviationLevel('da', [current, current])).toBe('løbende priser');
    expect(deviationLevel('en', [])).toBe('current prices');
    expect(deviationLevel('da', [current, year({ basis: 'fixed', year: 2024 })])).toBe(
      'løbende priser, 2024-priser',
    );
  });
});
