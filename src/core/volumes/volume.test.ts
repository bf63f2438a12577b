import { describe, expect, it } from 'vitest';
import { CATALOGUE, type VolumeDefinition } from '../key-figures/index.ts';
import { computeVolume, volumeShareFor } from './index.ts';

const per17to64: VolumeDefinition = {
  population: 'indbyggertal',
  share: 'andel-17-64-aarige',
  description: 'Antal 17-64-årige',
  before: { year: 2004, share: 'andel-17-66-aarige', description: 'Antal 17-66-årige' },
};

describe('volumeShareFor(definition, year)', () => {
  it('takes the earlier share for years before the change, and the share from its year on', () => {
    expect(volumeShareFor(per17to64, 1993)).toBe('andel-17-66-aarige');
    expect(volumeShareFor(per17to64, 2003)).toBe('andel-17-66-aarige');
    expect(volumeShareFor(per17to64, 2004)).toBe('andel-17-64-aarige');
    expect(volumeShareFor(per17to64, 2019)).toBe('andel-17-64-aarige');
  });

  it('takes the one share in every year without a change, and none per inhabitant', () => {
    const elderly: VolumeDefinition = {
      population: 'indbyggertal',
      share: 'andel-67-aarige',
      description: '',
    };
    expect(volumeShareFor(elderly, 1993)).toBe('andel-67-aarige');
    expect(volumeShareFor({ population: 'indbyggertal', description: '' }, 2000)).toBeUndefined();
  });

  it('gives the catalogue’s note-25 figures the 17-66-årige before 2004', () => {
    const k = CATALOGUE.find((c) => c.id === 'udg-sygedagpenge-pr-17-64-aarig');
    expect(k?.volume && volumeShareFor(k.volume, 2000)).toBe('andel-17-66-aarige');
    expect(k?.volume && volumeShareFor(k.volume, 2004)).toBe('andel-17-64-aarige');
  });
});

describe('computeVolume(definition, population, share)', () => {
  it('multiplies the population by the share of the year in per cent', () => {
    // Hedensted 2000: 42.112 inhabitants, 63,8 % aged 17-66 (the share volumeShareFor names).
    expect(computeVolume(per17to64, 42112, 63.8)).toBeCloseTo(26867.456, 9);
    expect(computeVolume(per17to64, 42112, null)).toBeNull();
    expect(computeVolume({ population: 'indbyggertal', description: '' }, 42112, null)).toBe(42112);
  });
});
