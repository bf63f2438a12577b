import { describe, expect, it } from 'vitest';
import {
  PACKAGE_STATUS_WORDS,
  groupFingerprint,
  groupsAreShared,
  packageFileBase,
  packageStatusWord,
  priceLevelLabel,
  roundTo,
} from './package-export.ts';
import { PACKAGE_EXPORT_WORDS } from './package-words.ts';

describe('roundTo(value, decimals)', () => {
  it.each([
    [-1309289.9759999998, 0, -1309290],
    [12.345678, 2, 12.35],
    [0.1 + 0.2, 2, 0.3],
    [-0.4, 0, 0],
    [52, 1, 52],
  ])('rounds %d to %i decimals as %d, without float noise', (value, d, expected) => {
    const r = roundTo(value, d);
    expect(r).toBe(expected);
    expect(Object.is(r, -0)).toBe(false);
    expect(String(r)).not.toMatch(/\d{3,}\.\d*9{4,}|\.\d*0{4,}\d/);
  });
  it('gives null for a missing or infinite number', () => {
    expect(roundTo(null, 0)).toBeNull();
    expect(roundTo(undefined, 0)).toBeNull();
    expect(roundTo(Number.NaN, 2)).toBeNull();
    expect(roundTo(Number.POSITIVE_INFINITY, 2)).toBeNull();
  });
});

describe('packageStatusWord(status, lang)', () => {
  it('writes every status in Danish in the Danish file and in English in the English one', () => {
    for (const status of Object.keys(PACKAGE_STATUS_WORDS)) {
      expect(packageStatusWord(status, 'da')).not.toBe(status);
    }
    expect(packageStatusWord('included', 'da')).toBe('tælles med');
    expect(packageStatusWord('included', 'en')).toBe('counted');
  });
});

describe('priceLevelLabel(prices, year, lang)', () => {
  it('names the base year of fixed prices and the year of current prices', () => {
    expect(priceLevelLabel({ basis: 'fixed', year: 2010 }, 2019, 'da')).toBe('kr., 2010-priser');
    expect(priceLevelLabel({ basis: 'current', year: null }, 2019, 'en')).toBe('DKK, 2019 prices');
  });
});

describe('packageFileBase(package, lang)', () => {
  const shared = {
    'elderly-health': { nameDa: '10 nærmeste på rammevilkår (2019)', members: ['710', '727'] },
    'children-young': { nameDa: '10 nærmeste på rammevilkår (2019)', members: ['710', '727'] },
  };
  const base = {
    code: '766',
    name: 'Hedensted',
    year: 2019,
    yearKind: 'accounts' as const,
    level: 'municipality:101',
    groups: shared,
  };

  it('names municipality, year, kind, level and group in safe characters', () => {
    const name = packageFileBase(base, 'da');
    expect(name).toMatch(
      /^potentiale-pakke-766-hedensted-2019-regnskab-municipality-101-10-naermeste-paa-rammevilkaar-2019-[0-9a-f]{6}$/,
    );
    expect(packageFileBase({ ...base, name: 'Lyngby-Taarbæk Kommune' }, 'en')).toMatch(
      /^potential-package-766-lyngby-taarbaek-2019-accounts-/,
    );
  });

  it('says "per theme" when the groups differ, and tells groups with the same name apart', () => {
    const differ = { ...shared, 'children-young': { nameDa: 'x', members: ['710', '730'] } };
    expect(groupsAreShared(shared)).toBe(true);
    expect(groupsAreShared(differ)).toBe(false);
    expect(packageFileBase({ ...base, groups: differ }, 'da')).toContain('-grupper-pr-tema-');
    const other = {
      'elderly-health': { nameDa: shared['elderly-health'].nameDa, members: ['710', '730'] },
      'children-young': { nameDa: shared['elderly-health'].nameDa, members: ['710', '730'] },
    };
    expect(groupFingerprint(other)).not.toBe(groupFingerprint(shared));
    expect(packageFileBase({ ...base, groups: other }, 'da')).not.toBe(packageFileBase(base, 'da'));
  });
});

describe('PACKAGE_EXPORT_WORDS', () => {
  it('has the same labels in both languages, none empty', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' && v !== null ? keys(v).map((x) => `${k}.${x}`) : [k],
      );
    expect(keys(PACKAGE_EXPORT_WORDS.en).sort()).toEqual(keys(PACKAGE_EXPORT_WORDS.da).sort());
  });
});
