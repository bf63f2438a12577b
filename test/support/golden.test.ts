// The golden-file check itself must fail on any difference and say how to see and update it.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDifference, expectGolden, goldenJson } from './golden.ts';

describe('expectGolden(name, actual)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'golden-'));
  const compare = (name: string, text: string) => expectGolden(name, text, { dir, update: false });

  it('refuses a missing golden file and names the update command', () => {
    expect(() => compare('none.json', '{}\n')).toThrow(/does not exist.*npm run golden:update/);
  });

  it('writes when updating, passes on the same bytes, and fails on any other byte', () => {
    const golden = goldenJson({ a: 1, b: [1, 2] });
    expectGolden('x/answer.json', golden, { dir, update: true });
    expect(readFileSync(join(dir, 'x', 'answer.json'), 'utf8')).toBe(golden);
    expect(() => compare('x/answer.json', golden)).not.toThrow();
    const changedOne = golden.replace('1', '2');
    expect(() => compare('x/answer.json', changedOne)).toThrow(/differs from the golden file/);
    expect(() => compare('x/answer.json', changedOne)).toThrow(/line 2[\s\S]*- {3}"a": 1,/);
    expect(() => compare('x/answer.json', changedOne)).toThrow(/\+ {3}"a": 2,/);
    expect(() => compare('x/answer.json', changedOne)).toThrow(/npm run golden:update/);
    expect(() => compare('x/answer.json', `${golden} `)).toThrow(/differs/);
    expect(readFileSync(join(dir, 'x', 'answer-changed.json'), 'utf8')).toBe(`${golden} `);
    compare('x/answer.json', golden);
    expect(existsSync(join(dir, 'x', 'answer-changed.json'))).toBe(false);
  });

  it('describes the first differing line with context and counts the others', () => {
    expect(describeDifference('a\nb\nc\nd\n', 'a\nb\nC\nd\ne\n')).toBe(
      [
        '  first difference at line 3 (3 lines differ):',
        '    a',
        '    b',
        '  - c',
        '  - d',
        '  - ',
        '  + C',
        '  + d',
        '  + e',
        '  (golden: 5 lines, answer: 6)',
      ].join('\n'),
    );
  });
});
