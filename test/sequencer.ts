import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take minutes, slowest first (seconds on a quiet 2-core machine, CI 2026-12-06).
 * Started first, they run beside the many short files instead of alone at the end: on a fresh
 * clone Vitest has no recorded durations and would otherwise start them in no useful order.
 */
const SLOW_FIRST: readonly string[] = [
  'test/e2e/layout-wide.test.ts', // ~250 s
  'test/e2e/layout.test.ts', // ~130 s
  'test/e2e/municipality-overview.test.ts', // ~130 s
  'test/e2e/municipality.test.ts', // ~130 s
  'test/e2e/municipality-group.test.ts', // ~110 s
  'test/db/import-order.test.ts', // ~90 s
  'test/e2e/layout-english.test.ts', // ~80 s
  'test/e2e/data-search.test.ts', // ~75 s
  'test/e2e/charts.test.ts', // ~70 s
  'test/e2e/key-figure.test.ts', // ~70 s
  'test/cli/cli.test.ts', // ~65 s
  'test/e2e/home.test.ts', // ~65 s
];

/** Vitest's order (projects one after the other, recorded durations), with SLOW_FIRST first. */
export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = SLOW_FIRST.findIndex((p) => f.moduleId.endsWith(p));
      return i < 0 ? SLOW_FIRST.length : i;
    };
    // Stable: files not named keep Vitest's order after the named ones.
    return sorted
      .map((f, i) => ({ f, i }))
      .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
      .map(({ f }) => f);
  }
}
