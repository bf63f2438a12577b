import { describe, expect, it } from 'vitest';
import {
  MUNICIPALITIES,
  REGIONS,
  findMunicipalityByName,
  normaliseMunicipalityCode,
} from './index.ts';

describe('MUNICIPALITIES', () => {
  it('lists 98 distinct codes, none of them Christiansø', () => {
    const codes = new Set(MUNICIPALITIES.map((m) => m.code));
    expect(codes.size).toBe(98);
    expect(codes.has('411')).toBe(false);
  });

  it('has the region counts of the DST classification (29, 17, 22, 19, 11)', () => {
    const count = (r: string) => MUNICIPALITIES.filter((m) => m.regionCode === r).length;
    expect(REGIONS.map((r) => count(r.code))).toEqual([11, 19, 22, 29, 17]);
  });
});

describe('normaliseMunicipalityCode(raw)', () => {
  it('strips the DAGI zero padding', () => {
    expect(normaliseMunicipalityCode('0101')).toBe('101');
    expect(normaliseMunicipalityCode(860)).toBe('860');
  });
  it('refuses what is not a code', () => {
    expect(normaliseMunicipalityCode('abc')).toBeUndefined();
    expect(normaliseMunicipalityCode('12')).toBeUndefined();
    expect(normaliseMunicipalityCode('')).toBeUndefined();
  });
});

describe('findMunicipalityByName(name)', () => {
  it.each([
    ['Københavns Kommune', '101'],
    ['Høje Taastrup', '169'],
    ['Høje-Taastrup Kommune', '169'],
    ['Århus', '751'],
    ['Aarhus', '751'],
    ['Vesthimmerland', '820'],
    ['Nordfyn', '480'],
    ['Brønderslev-Dronninglund', '810'],
    ['Bornholms Regionskommune', '400'],
  ])('finds %s', (name, code) => {
    expect(findMunicipalityByName(name)?.code).toBe(code);
  });
});
