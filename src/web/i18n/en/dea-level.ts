import type { Catalogue } from '../catalogue.ts';

/** DEA as a benchmark level of the whole package (the level panel, the total, the rows). */
export const deaLevel: Catalogue['deaLevel'] = {
  names: {
    dea: 'DEA (VRS, all municipalities)',
    'dea:crs': 'DEA (CRS, all municipalities)',
  },
  sentences: {
    dea: 'Efficiency analysis over all municipalities, not the group: the target is the cheapest combination of municipalities delivering at least the same volume, among municipalities of the same size (variable returns to scale).',
    'dea:crs':
      'Like DEA (VRS), but with constant returns to scale: the target is the lowest unit cost among all municipalities, whatever their size.',
  },
  basis: (level: string, year: number) =>
    `Benchmark: ${level}, ${year}. Each key figure is compared with its reference municipalities among all municipalities; rank and corridor are still the peer group's.`,
  benchmark: (level: string, peers: string, units: number, unit: string) =>
    `Benchmark: ${level}, the unit cost of the efficient target, ${unit}. Reference municipalities (weight λ): ${peers}; the frontier is drawn over ${units} municipalities.`,
  ownReference: 'the municipality itself (efficient)',
};
