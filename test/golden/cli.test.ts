// Golden files for the CLI's --json answers on a small fixture made by the project (made-up
// figures for six municipalities, test/fixtures/golden), on both engines: the same answer,
// byte for byte, from PGlite and PostgreSQL. Update with `npm run golden:update`.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../cli/run-cli.ts';
import { ENGINES, freshTarget } from '../support/engines.ts';
import { expectGolden } from '../support/golden.ts';
import { repoRoot } from '../support/shared-data.ts';

const fixture = (name: string) => join(repoRoot, 'test', 'fixtures', 'golden', name);
const FIGURE = 'udgifter-aeldre-pr-67-aarig';

/** The CLI's stdout for a --json command, after checking it succeeded and said nothing else. */
async function answer(args: readonly string[]): Promise<string> {
  const r = await cli([...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('potentiale dea --data <file> --json (no database)', () => {
  it('answers as the golden file says', async () => {
    const args = ['dea', '--data', fixture('dea.csv'), '--id', 'id', '--inputs', 'cost'];
    const out = await answer([...args, '--outputs', 'visits,residents', '--rts', 'vrs', '--slack']);
    expectGolden('cli/dea-data.json', out);
  });
});

describe.each(ENGINES)('the CLI’s --json answers on the golden fixture, %s', (engine) => {
  let db: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const target = await freshTarget(engine, join(mkdtempSync(join(tmpdir(), 'golden-')), 'db'));
    db = target.kind === 'postgres' ? target.url : (target.dir as string);
    drop = target.drop;
    const r = await cli(['import', fixture('elderly.csv'), '--price-basis', 'current', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
  });
  afterAll(async () => {
    await drop?.();
  });

  const cases: readonly (readonly [string, readonly string[]])[] = [
    ['values', ['values', '--key-figure', FIGURE, '--year', '2019']],
    ['series', ['series', '--key-figure', FIGURE, '--municipality', '147']],
    [
      'potential',
      [
        'potential',
        '--municipality',
        '147',
        '--key-figure',
        FIGURE,
        '--year',
        '2019',
        '--peers',
        'all',
      ],
    ],
    [
      'development',
      [
        'development',
        '--municipality',
        '147',
        '--key-figure',
        FIGURE,
        '--from',
        '2017',
        '--to',
        '2019',
        '--peers',
        'all',
      ],
    ],
  ];
  it.each(cases)('potentiale %s --json answers as the golden file says', async (name, args) => {
    expectGolden(`cli/${name}.json`, await answer([...args, '--db', db]));
  });
});
