import { describe, expect, it } from 'vitest';
import { splitPath } from '../../src/web/pages/data/source-years.ts';

describe('splitPath(path)', () => {
  it('splits a file name from its folder, with either slash', () => {
    expect(splitPath('../shared/data/raw/noegletal-wdmdev/full_noegletal.csv')).toEqual({
      name: 'full_noegletal.csv',
      folder: '../shared/data/raw/noegletal-wdmdev',
    });
    expect(splitPath('C:\\data\\2024.csv')).toEqual({ name: '2024.csv', folder: 'C:\\data' });
  });
  it('keeps a name without a folder, e.g. a fetch from Statistics Denmark', () => {
    expect(splitPath('statbank:REGK31+FOLK1A 2020-2024')).toEqual({
      name: 'statbank:REGK31+FOLK1A 2020-2024',
      folder: '',
    });
  });
});
