import { describe, expect, it } from 'vitest';
import {
  computeBenchmark,
  computeBenchmarks,
  fitUnitCostModel,
  standardLevels,
  type BenchmarkInput,
} from '../benchmark/index.ts';
import { CATALOGUE } from '../key-figures/index.ts';
import { MUNICIPALITIES } from '../municipalities/index.ts';
import {
  buildPeerGroups,
  DEFAULT_PEER_VARIABLES,
  resolvePeerGroup,
  STRUCTURE_IDS,
  THEME_PEER_VARIABLES,
  type PeerGroupSpec,
} from '../peers/index.ts';
import { computeVolume } from '../volumes/index.ts';
import {
  buildPackage,
  computePackageTotals,
  computePotential,
  computePotentials,
  planPackage,
} from './index.ts';

/** A small deterministic generator (mulberry32), so the synthetic data never change. */
function generator(seed: number): (min: number, max: number) => number {
  let a = seed;
  return (min, max) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return min + (((t ^ (t >>> 14)) >>> 0) / 4294967296) * (max - min);
  };
}

const random = generator(42);
const codes = MUNICIPALITIES.map((m) => m.code);
const column = (min: number, max: number, missingShare = 0): (number | null)[] =>
  codes.map(() => (random(0, 1) < missingShare ? null : random(min, max)));
const population = codes.map(() => Math.round(Math.exp(random(Math.log(2000), Math.log(600_000)))));
const need = column(45_000, 70_000);
const structure: Record<string, (number | null)[]> = {
  [STRUCTURE_IDS.population]: population,
  [STRUCTURE_IDS.density]: column(20, 10_000),
  [STRUCTURE_IDS.share0to17]: column(15, 25),
  [STRUCTURE_IDS.share67plus]: column(12, 30),
  [STRUCTURE_IDS.socioeconomicIndex]: column(0.6, 1.6),
  [STRUCTURE_IDS.expenditureNeed]: need,
  [STRUCTURE_IDS.taxBase]: column(150_000, 350_000),
  // Two municipalities lack the urban share, so they cannot be placed.
  [STRUCTURE_IDS.urbanShare]: column(50, 100).map((v, i) => (i === 5 || i === 40 ? null : v)),
};
const shareOf = (id: string): (number | null)[] => (structure[id] ??= column(5, 40));
// DST's 11 landsdele (Kommuneinddeling), by hand: the core holds none, the engine reads them
// from the imported classification. Bornholm is a landsdel of its own, so its group is empty.
const LANDSDELE: readonly (readonly [string, string, string])[] = [
  ['01', 'Landsdel Byen København', '101 147 155 185'],
  ['02', 'Landsdel Københavns omegn', '151 153 157 159 161 163 165 167 169 173 175 183 187'],
  ['03', 'Landsdel Nordsjælland', '190 201 210 217 219 223 230 240 250 260 270'],
  ['04', 'Landsdel Bornholm', '400'],
  ['05', 'Landsdel Østsjælland', '253 259 265 269 350'],
  ['06', 'Landsdel Vest- og Sydsjælland', '306 316 320 326 329 330 336 340 360 370 376 390'],
  ['07', 'Landsdel Fyn', '410 420 430 440 450 461 479 480 482 492'],
  ['08', 'Landsdel Sydjylland', '510 530 540 550 561 563 573 575 580 607 621 630'],
  ['09', 'Landsdel Østjylland', '615 706 707 710 727 730 740 741 746 751 766'],
  ['10', 'Landsdel Vestjylland', '657 661 665 671 756 760 779 791'],
  ['11', 'Landsdel Nordjylland', '773 787 810 813 820 825 840 846 849 851 860'],
];
const landsdele = LANDSDELE.flatMap(([landsdelCode, landsdelName, members]) =>
  members.split(' ').map((code) => ({ code, landsdelCode, landsdelName })),
);
const context = { codes, year: 2023, structure, landsdele };

describe('the engine over 98 municipalities and the real catalogue', () => {
  const figure = CATALOGUE.find((f) => f.id === 'udgifter-aeldre-pr-67-aarig');
  const unitCost = column(40_000, 80_000, 0.05);
  const input: BenchmarkInput = {
    keyFigureId: figure?.id ?? '',
    year: 2023,
    polarity: figure?.polarity ?? 'lower-is-better',
    codes,
    unitCost,
    volume: codes.map((_, i) =>
      figure?.volume
        ? computeVolume(
            figure.volume,
            population[i] ?? null,
            shareOf(figure.volume.share ?? '')[i] ?? null,
          )
        : null,
    ),
    need,
    model: fitUnitCostModel({
      keyFigureId: figure?.id ?? '',
      year: 2023,
      codes,
      unitCost,
      structure,
    }),
  };

  it('reads peer variables that are structural figures in the catalogue', () => {
    for (const v of [DEFAULT_PEER_VARIABLES, ...Object.values(THEME_PEER_VARIABLES)].flat()) {
      expect(CATALOGUE.find((f) => f.id === v.keyFigureId)?.kind).toBe('structure');
    }
  });

  it.each<PeerGroupSpec>([
    { kind: 'nearest', k: 10, theme: 'elderly-health' },
    { kind: 'region' },
    { kind: 'landsdel' },
    { kind: 'all' },
  ])('gives every municipality the same benchmark in the batch as explained ($kind)', (spec) => {
    const groups = buildPeerGroups(spec, context);
    if (spec.kind === 'nearest') {
      expect(groups.unplaced.map((u) => u.code)).toEqual([codes[5], codes[40]].sort());
    }
    if (spec.kind === 'landsdel') {
      // The table above places each of the 98 in exactly one landsdel.
      expect(landsdele.map((l) => l.code).sort()).toEqual([...codes].sort());
    }
    const explained = codes.map((code) =>
      groups.unplaced.some((u) => u.code === code)
        ? undefined
        : resolvePeerGroup(code, spec, context),
    );
    for (const level of [
      ...standardLevels('lower-is-better'),
      { kind: 'municipality', code: '101' } as const,
    ]) {
      const batch = computeBenchmarks(input, groups, level);
      for (const [i, code] of codes.entries()) {
        const group = explained[i];
        if (group === undefined) {
          // An unplaced municipality has an empty group: no benchmark but a chosen one.
          if (level.kind !== 'municipality') expect(batch[i]).toBeNaN();
          continue;
        }
        expect(Array.from(groups.members[i] ?? [], (j) => codes[j])).toEqual(group.members);
        expect(computeBenchmark(code, input, group, level).value ?? NaN).toBe(batch[i]);
      }
    }
  });

  it('sums the same package totals in the batch as buildPackage', () => {
    const plan = planPackage(CATALOGUE);
    const groups = buildPeerGroups({ kind: 'all' }, { codes });
    const inputs = plan.order.map((id): BenchmarkInput => {
      const f = CATALOGUE.find((k) => k.id === id);
      const volume = f?.volume;
      return {
        keyFigureId: id,
        year: 2023,
        polarity: 'lower-is-better',
        codes,
        unitCost: column(1_000, 60_000, 0.1),
        volume: codes.map((_, i) =>
          volume === undefined
            ? null
            : computeVolume(volume, population[i] ?? null, shareOf(volume.share ?? '')[i] ?? null),
        ),
      };
    });
    const columns = Object.fromEntries(
      inputs.map((b) => [
        b.keyFigureId,
        {
          signed: computePotentials(
            b.unitCost,
            computeBenchmarks(b, groups, { kind: 'median' }),
            b.volume ?? [],
            b.polarity,
          ),
          unitCost: b.unitCost,
          volume: b.volume ?? [],
        },
      ]),
    );
    const totals = computePackageTotals(plan, columns);
    for (const [i, code] of codes.entries()) {
      const group = resolvePeerGroup(code, { kind: 'all' }, { codes });
      const potentials = inputs.map((b) =>
        computePotential(computeBenchmark(code, b, group, { kind: 'median' })),
      );
      const pkg = buildPackage(plan, potentials);
      expect(pkg.total.signed).toBe(totals.signed[i]);
      expect(pkg.total.positive).toBe(totals.positive[i]);
      expect(pkg.total.money).toBe(totals.money[i]);
      expect(pkg.total.included).not.toContain('nettodriftsudgifter-pr-indb');
      // The theme totals add up to the package total, to the last bit.
      expect(pkg.themes.reduce((s, t) => s + t.total.signed, 0)).toBe(pkg.total.signed);
    }
  });
});
