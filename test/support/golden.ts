// Golden files (issue 13): an answer is compared byte for byte with a reviewed file under
// test/golden/. Any difference fails, with the first differing lines shown and the answer
// written beside the golden file as <name>-changed.<ext> (ignored by git) for a full diff.
// After a deliberate change: `npm run golden:update` (UPDATE_GOLDEN=1) rewrites them all.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { repoRoot } from './shared-data.ts';

export const GOLDEN_DIR = join(repoRoot, 'test', 'golden');
export const UPDATE_COMMAND = 'npm run golden:update';

/** True when the run rewrites the golden files instead of comparing (UPDATE_GOLDEN=1). */
export const updatingGolden = (): boolean => process.env['UPDATE_GOLDEN'] === '1';

/** A value as golden JSON: two-space indents, keys in the answer's own order, final newline. */
export function goldenJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export interface GoldenOptions {
  /** The folder of the golden files; default test/golden. */
  readonly dir?: string;
  /** Rewrite instead of compare; default: UPDATE_GOLDEN=1. */
  readonly update?: boolean;
}

/**
 * Compares `actual` with test/golden/<name>; throws a readable error on any difference (or
 * writes the file when updating). `name` may contain folders, e.g. "cli/values.json".
 */
export function expectGolden(name: string, actual: string, options: GoldenOptions = {}): void {
  const file = join(options.dir ?? GOLDEN_DIR, name);
  const changed = changedPath(file);
  if (options.update ?? updatingGolden()) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    rmSync(changed, { force: true });
    return;
  }
  const shown = relative(repoRoot, file);
  if (!existsSync(file)) {
    throw new Error(`The golden file ${shown} does not exist. Create it with: ${UPDATE_COMMAND}`);
  }
  const expected = readFileSync(file, 'utf8');
  if (expected === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  throw new Error(
    [
      `The answer differs from the golden file ${shown}:`,
      describeDifference(expected, actual),
      `The whole answer is in ${relative(repoRoot, changed)}; compare with:`,
      `  diff -u ${shown} ${relative(repoRoot, changed)}`,
      `If the change is intended, update every golden file with: ${UPDATE_COMMAND}`,
    ].join('\n'),
  );
}

function changedPath(file: string): string {
  const ext = extname(file);
  return `${file.slice(0, file.length - ext.length)}-changed${ext}`;
}

/**
 * The first differing line with two lines of context either side, as "-" (golden) and "+"
 * (answer) lines, and how many lines differ in all.
 */
export function describeDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let first = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) first++;
  let differing = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) differing++;
  const from = Math.max(0, first - 2);
  const lines: string[] = [`  first difference at line ${first + 1} (${differing} lines differ):`];
  for (let i = from; i < first; i++) lines.push(`    ${a[i]}`);
  for (let i = first; i < Math.min(a.length, first + 3); i++) lines.push(`  - ${a[i]}`);
  for (let i = first; i < Math.min(b.length, first + 3); i++) lines.push(`  + ${b[i]}`);
  if (a.length !== b.length) lines.push(`  (golden: ${a.length} lines, answer: ${b.length})`);
  return lines.join('\n');
}
