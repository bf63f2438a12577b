import type { PackagePlan } from './package-plan.ts';

/**
 * The largest overlap family searched exhaustively. A larger one (none in the reviewed
 * catalogue; a test guards it) is chosen greedily and marked so.
 */
export const MAX_EXHAUSTIVE_FAMILY = 20;

/** How a family's set was chosen: over every non-overlapping set, or greedily. */
export type FamilyMethod = 'exhaustive' | 'greedy';

/** One overlap family of a package and the set it counts; positions are in plan.order. */
export interface FamilyChoice {
  /** The family's members (a connected component of the overlap graph), ascending. */
  readonly members: readonly number[];
  /** The members counted in the package, ascending; no two overlap. */
  readonly chosen: readonly number[];
  /** ΣC over `chosen`, added in ascending order: the money the counted figures cover. */
  readonly money: number;
  readonly method: FamilyMethod;
}

/**
 * The overlap families among `available` (positions in plan.order, each with a potential):
 * the connected components of the overlap graph restricted to them, each ascending, ordered
 * by their first member.
 * @example overlapFamilies(plan, [0, 1, 2]) // e.g. [[0, 2], [1]]
 */
export function overlapFamilies(plan: PackagePlan, available: readonly number[]): number[][] {
  const m = plan.order.length;
  // 1 = available and not yet in a family.
  const open = new Uint8Array(m);
  for (const r of available) open[r] = 1;
  const families: number[][] = [];
  for (let start = 0; start < m; start++) {
    if (open[start] !== 1) continue;
    open[start] = 0;
    const family = [start];
    for (let k = 0; k < family.length; k++) {
      const row = (family[k] ?? 0) * m;
      for (let b = start + 1; b < m; b++) {
        if (open[b] === 1 && plan.overlaps[row + b] === 1) {
          open[b] = 0;
          family.push(b);
        }
      }
    }
    families.push(family.sort((a, b) => a - b));
  }
  return families;
}

/**
 * Chooses what a package counts (DESIGN.md §3.4a): within each overlap family among
 * `available`, the set of mutually non-overlapping figures with the largest ΣC, where
 * `money[r]` is C = |c × Q| of the figure at position r (finite, ≥ 0). Ties go to more
 * figures with an age-group volume, then more figures, then the alphabetically first list of
 * ids (plan.order is sorted by id). The result is never a strict subset of another
 * non-overlapping set, so every left-out figure overlaps a chosen one. A family larger than
 * MAX_EXHAUSTIVE_FAMILY is chosen greedily: by C descending (ties as above), adding a figure
 * when it overlaps none already chosen.
 * @example chooseFamilies(plan, [0, 1], Float64Array.of(5, 3))[0]?.chosen // [0] when 0 and 1 overlap
 */
export function chooseFamilies(
  plan: PackagePlan,
  available: readonly number[],
  money: ArrayLike<number>,
): FamilyChoice[] {
  return familiesOf(plan, available).map(({ members, sets }) => {
    const chosen =
      sets === undefined
        ? chooseGreedily(plan, members, money)
        : chooseBest(plan, members, sets, money);
    let sum = 0;
    for (const r of chosen) sum += money[r] ?? NaN;
    return { members, chosen, money: sum, method: sets === undefined ? 'greedy' : 'exhaustive' };
  });
}

/** A family with its maximal non-overlapping sets (bit masks), or none for a greedy one. */
interface PlannedFamily {
  readonly members: readonly number[];
  readonly sets: readonly number[] | undefined;
}

const familyCache = new WeakMap<PackagePlan, Map<string, readonly PlannedFamily[]>>();

/**
 * The families of `available` with their maximal sets. Both depend only on which figures are
 * available, so they are worked out once per plan and pattern and reused for every
 * municipality of the batch (most share the pattern).
 */
function familiesOf(plan: PackagePlan, available: readonly number[]): readonly PlannedFamily[] {
  let byPattern = familyCache.get(plan);
  if (byPattern === undefined) familyCache.set(plan, (byPattern = new Map()));
  const key = [...available].sort((a, b) => a - b).join(',');
  const cached = byPattern.get(key);
  if (cached !== undefined) return cached;
  const families = overlapFamilies(plan, available).map((members) => ({
    members,
    sets: members.length > MAX_EXHAUSTIVE_FAMILY ? undefined : maximalSets(plan, members),
  }));
  byPattern.set(key, families);
  return families;
}

/**
 * The best set of one family (≤ 31 members) by comparing every maximal non-overlapping set.
 * Only maximal sets can win: adding a figure with C ≥ 0 never lowers ΣC (rounding is
 * monotone), keeps the age-group count and adds a figure.
 */
function chooseBest(
  plan: PackagePlan,
  members: readonly number[],
  sets: readonly number[],
  money: ArrayLike<number>,
) {
  const k = members.length;
  let best = { mask: 0, sum: -Infinity, ages: 0, count: 0 };
  for (const mask of sets) {
    let sum = 0;
    let ages = 0;
    let count = 0;
    for (let j = 0; j < k; j++) {
      if ((mask & (1 << j)) === 0) continue;
      const r = members[j] ?? 0;
      sum += money[r] ?? NaN;
      ages += plan.ageGroup[r] ?? 0;
      count++;
    }
    let better: boolean;
    if (sum !== best.sum) better = sum > best.sum;
    else if (ages !== best.ages) better = ages > best.ages;
    else if (count !== best.count) better = count > best.count;
    else {
      // Same size: the set holding the lowest member where they differ has the first ids.
      const diff = mask ^ best.mask;
      better = (mask & diff & -diff) !== 0;
    }
    if (better) best = { mask, sum, ages, count };
  }
  return members.filter((_, j) => (best.mask & (1 << j)) !== 0);
}

/** The maximal non-overlapping subsets of `members`, as bit masks over their positions. */
function maximalSets(plan: PackagePlan, members: readonly number[]): number[] {
  const m = plan.order.length;
  const k = members.length;
  const all = k === 31 ? -1 : (1 << k) - 1;
  const conflicts = members.map((a, i) =>
    members.reduce(
      (mask, b, j) => (i !== j && plan.overlaps[a * m + b] === 1 ? mask | (1 << j) : mask),
      0,
    ),
  );
  const sets: number[] = [];
  const visit = (j: number, mask: number, blocked: number): void => {
    if (j === k) {
      // Maximal: every member left out overlaps one that is in.
      if (((mask | blocked) & all) === all) sets.push(mask);
      return;
    }
    const bit = 1 << j;
    if ((blocked & bit) === 0) visit(j + 1, mask | bit, blocked | (conflicts[j] ?? 0));
    visit(j + 1, mask, blocked);
  };
  visit(0, 0, 0);
  return sets;
}

/** Largest C first (then age group, then id), adding each figure that overlaps none chosen. */
function chooseGreedily(plan: PackagePlan, members: readonly number[], money: ArrayLike<number>) {
  const m = plan.order.length;
  const ranked = [...members].sort(
    (a, b) =>
      (money[b] ?? 0) - (money[a] ?? 0) ||
      (plan.ageGroup[b] ?? 0) - (plan.ageGroup[a] ?? 0) ||
      a - b,
  );
  const chosen: number[] = [];
  for (const r of ranked) {
    if (chosen.every((s) => plan.overlaps[r * m + s] !== 1)) chosen.push(r);
  }
  return chosen.sort((a, b) => a - b);
}
