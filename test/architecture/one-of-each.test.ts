// Issue 13, "one of each concept": the attribution table and the number formatter each live
// once in src/core. This scans src for copies that crept back.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTIONS, DATA_SOURCE_IDS } from '../../src/core/index.ts';

const root = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [path] : [];
  });
}

const files = sourceFiles(join(root, 'src')).map((path) => ({
  path: relative(root, path),
  text: readFileSync(path, 'utf8'),
}));

/** Which files hold `needle`, leaving out the concept's own home. */
function holders(needle: string | RegExp, home: string): string[] {
  return files
    .filter((f) => !f.path.startsWith(home))
    .filter((f) => (typeof needle === 'string' ? f.text.includes(needle) : needle.test(f.text)))
    .map((f) => f.path)
    .sort();
}

describe('one of each concept in src', () => {
  it('writes the source citations only in the attribution table', () => {
    // The citations that name more than a publisher ("Danmarks Statistik" is prose too).
    const citations = DATA_SOURCE_IDS.flatMap((id) => [
      ATTRIBUTIONS[id].citationDa,
      ATTRIBUTIONS[id].citationEn,
    ]).filter((c) => c.includes(','));
    const found = new Set(citations.flatMap((c) => holders(c, 'src/core/attribution/')));
    for (const needle of ['Kilde: Danmarks Statistik', 'SDFI, DAGI'])
      for (const f of holders(needle, 'src/core/attribution/')) found.add(f);
    expect([...found].sort()).toEqual([]);
  });

  it('formats numbers for people only in core/format', () => {
    expect(holders(/Intl\.NumberFormat|toLocaleString\(/, 'src/core/format/')).toEqual([]);
  });
});
