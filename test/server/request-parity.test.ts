// One parser per request (issue 13): the same bad input sent through the CLI (in process) and
// the HTTP API (app.request) is refused the same way: the same refusal, hence the exit code and
// the status of REFUSALS, and the same parameter named (`--key-figure` in the CLI's message,
// `keyFigure` in the problem document).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFUSALS, type Refusal } from '../../src/core/index.ts';
import type { Database } from '../../src/db/index.ts';
import { spell } from '../../src/engine/index.ts';
import { createWorkerPool, type HeavyPool } from '../../src/server/heavy/index.ts';
import { createApp } from '../../src/server/index.ts';
import { cli } from '../cli/run-cli.ts';
import { freshDatabase } from '../support/engines.ts';

type Values = Readonly<Record<string, string | undefined>>;

/** A use case: its CLI command, its API path, and valid values for its parameters. */
interface UseCase {
  readonly command: readonly string[];
  readonly path: string;
  readonly valid: Values;
  /** POST with the values as a JSON body (the municipal DEA) or a CSV body (the upload). */
  readonly post?: 'json' | 'csv';
}

const FIGURE = 'udgifter-aeldre-pr-67-aarig';
const scratch = mkdtempSync(join(tmpdir(), 'request-parity-'));
const CSV = 'dmu,x1,x2,y\na,1,2,3\nb,2,1,3\nc,2,2,2\nd,3,3,2\n';
const csvFile = join(scratch, 'units.csv');
writeFileSync(csvFile, CSV);

const USE_CASES = {
  potential: {
    command: ['potential'],
    path: '/api/v1/potential',
    valid: { municipality: '766', keyFigure: FIGURE, year: '2019' },
  },
  package: {
    command: ['package'],
    path: '/api/v1/package',
    valid: { municipality: '766', year: '2019' },
  },
  peers: {
    command: ['peers'],
    path: '/api/v1/peers',
    valid: { municipality: '766', year: '2019' },
  },
  development: {
    command: ['development'],
    path: '/api/v1/development',
    valid: { municipality: '766', keyFigure: FIGURE, from: '2010', to: '2019' },
  },
  talkTo: {
    command: ['talk-to'],
    path: '/api/v1/talk-to',
    valid: { municipality: '766', keyFigure: FIGURE, year: '2019' },
  },
  values: {
    command: ['values'],
    path: '/api/v1/values',
    valid: { keyFigure: FIGURE, year: '2019' },
  },
  series: {
    command: ['series'],
    path: '/api/v1/series',
    valid: { keyFigure: FIGURE, municipality: '766' },
  },
  keyFigures: { command: ['keyfigures'], path: '/api/v1/key-figures', valid: {} },
  deaTable: {
    command: ['dea', '--data', csvFile],
    path: '/api/v1/dea/upload',
    valid: { id: 'dmu', inputs: 'x1,x2', outputs: 'y' },
    post: 'csv',
  },
  deaMunicipal: {
    command: ['dea', '--municipal'],
    path: '/api/v1/dea',
    valid: { year: '2019', inputs: `${FIGURE}:total`, outputs: 'andel-67-aarige:total' },
    post: 'json',
  },
} satisfies Record<string, UseCase>;

type UseCaseName = keyof typeof USE_CASES;

/** [use case, values changed (undefined = left out), refusal, parameter named]. */
type Row = readonly [UseCaseName, Values, Refusal, string];

const BAD: readonly Row[] = [
  // municipality: the code is canonical, a name an alias; malformed → invalid input, a
  // well-formed code or name that names no municipality → not found.
  ['potential', { municipality: '12x' }, 'invalid-input', 'municipality'],
  ['potential', { municipality: '999' }, 'not-found', 'municipality'],
  ['potential', { municipality: 'Atlantis' }, 'not-found', 'municipality'],
  ['potential', { municipality: 'Hedensted', keyFigure: 'findes-ikke' }, 'not-found', 'keyFigure'],
  ['potential', { year: 'x' }, 'invalid-input', 'year'],
  ['potential', { year: '1800' }, 'out-of-range', 'year'],
  ['potential', { benchmark: 'p200' }, 'invalid-input', 'benchmark'],
  ['potential', { peers: 'nearest:0' }, 'out-of-range', 'peers'],
  ['potential', { peers: 'list:101,999' }, 'invalid-input', 'peers'],
  ['potential', { peers: 'somewhere' }, 'invalid-input', 'peers'],
  ['potential', { prices: 'yesterday' }, 'invalid-input', 'prices'],
  ['potential', { keyFigure: 'findes-ikke' }, 'not-found', 'keyFigure'],
  ['package', { municipality: '9999' }, 'invalid-input', 'municipality'],
  ['package', { municipality: 'Atlantis' }, 'not-found', 'municipality'],
  ['package', { year: '20190' }, 'out-of-range', 'year'],
  ['package', { benchmark: 'dea:xrs' }, 'invalid-input', 'benchmark'],
  ['peers', { k: '0' }, 'out-of-range', 'k'],
  ['peers', { k: 'ti' }, 'invalid-input', 'k'],
  ['peers', { theme: 'weather' }, 'invalid-input', 'theme'],
  ['peers', { weights: 'x' }, 'invalid-input', 'weights'],
  ['peers', { municipality: '411' }, 'not-found', 'municipality'],
  // --among: no silent fallback to the group; --limit: no silent clamping.
  ['development', { among: 'everyone' }, 'invalid-input', 'among'],
  ['development', { limit: '500' }, 'out-of-range', 'limit'],
  ['development', { limit: '0' }, 'out-of-range', 'limit'],
  ['development', { limit: 'many' }, 'invalid-input', 'limit'],
  ['development', { from: '19x' }, 'invalid-input', 'from'],
  ['development', { to: '1066' }, 'out-of-range', 'to'],
  ['development', { municipality: 'Atlantis' }, 'not-found', 'municipality'],
  ['talkTo', { limit: '98' }, 'out-of-range', 'limit'],
  ['talkTo', { widen: '0' }, 'out-of-range', 'widen'],
  ['talkTo', { municipality: '7 66' }, 'invalid-input', 'municipality'],
  ['talkTo', { keyFigure: 'findes-ikke' }, 'not-found', 'keyFigure'],
  ['values', { year: '19' }, 'out-of-range', 'year'],
  ['values', { prices: 'x' }, 'invalid-input', 'prices'],
  ['values', { keyFigure: 'findes-ikke' }, 'not-found', 'keyFigure'],
  ['series', { municipality: '999' }, 'not-found', 'municipality'],
  ['series', { municipality: 'Hedensted', prices: 'x' }, 'invalid-input', 'prices'],
  ['series', { keyFigure: 'findes-ikke' }, 'not-found', 'keyFigure'],
  ['keyFigures', { kind: 'colour' }, 'invalid-input', 'kind'],
  ['keyFigures', { theme: 'weather' }, 'invalid-input', 'theme'],
  // DEA: orientation input/output with in/out as aliases (an alias passes, so the refusal
  // is the next bad parameter's); rts checked by the same schema.
  ['deaTable', { orientation: 'sideways' }, 'invalid-input', 'orientation'],
  ['deaTable', { orientation: 'out', rts: 'zzz' }, 'invalid-input', 'rts'],
  ['deaTable', { orientation: 'in', rts: 'zzz' }, 'invalid-input', 'rts'],
  ['deaTable', { id: undefined }, 'invalid-input', 'id'],
  ['deaTable', { inputs: '' }, 'invalid-input', 'inputs'],
  ['deaMunicipal', { orientation: 'sideways' }, 'invalid-input', 'orientation'],
  ['deaMunicipal', { orientation: 'output', rts: 'zzz' }, 'invalid-input', 'rts'],
  ['deaMunicipal', { year: '1800' }, 'out-of-range', 'year'],
  ['deaMunicipal', { inputs: 'findes-ikke:total' }, 'not-found', 'inputs'],
  ['deaMunicipal', { outputs: 'findes-ikke' }, 'not-found', 'outputs'],
];

const withChanges = (use: UseCase, changes: Values): [string, string][] =>
  Object.entries({ ...use.valid, ...changes }).filter(
    (e): e is [string, string] => e[1] !== undefined,
  );

/** The CLI's arguments: `--key-figure x`, and a flag for a DEA boolean. */
function cliArgs(use: UseCase, changes: Values, db: string): string[] {
  const args = [...use.command];
  for (const [name, value] of withChanges(use, changes)) args.push(spell(name, 'cli'), value);
  return [...args, '--db', db];
}

/** The API request: a query string, or for the municipal DEA a JSON body. */
function apiRequest(use: UseCase, changes: Values): [string, RequestInit] {
  const entries = withChanges(use, changes);
  if (use.post === 'json') {
    const list = (v: string) => v.split(',').filter(Boolean);
    const body: Record<string, unknown> = {};
    for (const [name, value] of entries)
      body[name] = name === 'year' ? Number(value) : name.endsWith('puts') ? list(value) : value;
    return [
      use.path,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      },
    ];
  }
  const path = `${use.path}?${new URLSearchParams(entries).toString()}`;
  if (use.post === 'csv')
    return [path, { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: CSV }];
  return [path, {}];
}

describe('the CLI and the API refuse the same bad request the same way', () => {
  let db: Database;
  let pool: HeavyPool;
  let app: ReturnType<typeof createApp>;
  // The CLI's own (empty, migrated on first use) PGlite: key figures are looked up, not found.
  const cliDb = join(scratch, 'db');
  beforeAll(async () => {
    db = await freshDatabase('pglite');
    pool = createWorkerPool({ size: 1 });
    app = createApp({ db, now: () => new Date(0), heavy: { pool, ratePerMinute: 0 } });
  });
  afterAll(async () => {
    await pool?.close();
    await db?.close();
  });

  it.each(BAD)('%s with %j: %s naming %s', async (name, changes, refusal, parameter) => {
    const use: UseCase = USE_CASES[name];
    const viaCli = await cli(cliArgs(use, changes, cliDb));
    const [path, init] = apiRequest(use, changes);
    const viaApi = await app.request(path, init);
    const problem = (await viaApi.json()) as { parameter?: string; detail: string };

    expect(viaCli.code, viaCli.stderr).toBe(REFUSALS[refusal].exitCode);
    expect(viaApi.status, problem.detail).toBe(REFUSALS[refusal].httpStatus);
    expect(viaCli.stderr).toMatch(/^fejl: /);
    expect(viaCli.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(problem.parameter).toBe(parameter);
    if (refusal !== 'not-found' || parameter === 'municipality')
      expect(viaCli.stderr).toContain(spell(parameter, 'cli'));
    // Refused by the same schema, the message is the same but for the parameter's spelling at
    // its start (zod refuses a JSON body's fields before the schema, in its own words).
    const alike = (s: string, p: string) =>
      s
        .replace(/^fejl: /, '')
        .trim()
        .replace(new RegExp(`^${p}(?=[\\s:=])`), '‹p›');
    if (!['id', 'inputs', 'year'].includes(parameter) || !use.post)
      expect(alike(viaCli.stderr, spell(parameter, 'cli'))).toBe(alike(problem.detail, parameter));
  });
});

describe('the CLI and the API have the same DEA defaults', () => {
  let db: Database;
  let pool: HeavyPool;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    db = await freshDatabase('pglite');
    pool = createWorkerPool({ size: 1 });
    app = createApp({ db, now: () => new Date(0), heavy: { pool, ratePerMinute: 0 } });
  });
  afterAll(async () => {
    await pool?.close();
    await db?.close();
  });
  const upload = async (query: string) =>
    (await (
      await app.request(`/api/v1/dea/upload?id=dmu&inputs=x1,x2&outputs=y&${query}`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv' },
        body: CSV,
      })
    ).json()) as unknown;
  const run = async (...flags: string[]) =>
    (
      await cli([
        'dea',
        '--data',
        csvFile,
        '--id',
        'dmu',
        '--inputs',
        'x1,x2',
        '--outputs',
        'y',
        '--format',
        'json',
        ...flags,
      ])
    ).json();

  it.each([
    ['nothing (slack on, VRS, input)', [], ''],
    ['slack off', ['--no-slack'], 'slack=false'],
    ['slack named', ['--slack'], 'slack=true'],
    ['output orientation by its old spelling', ['--orientation', 'out'], 'orientation=out'],
    ['output orientation', ['--orientation', 'output'], 'orientation=output'],
    [
      'input orientation by its old spelling',
      ['--orientation', 'in', '--rts', 'crs'],
      'orientation=in&rts=crs',
    ],
  ])('answers the same to %s', async (_what, flags, query) => {
    const [viaCli, viaApi] = [await run(...flags), await upload(query)];
    expect(viaCli).toEqual(viaApi);
  });

  it('runs phase 2 (slacks) unless told not to, through both', async () => {
    const withSlack = (await upload('')) as { model: { slack: boolean } };
    const without = (await run('--no-slack')) as { model: { slack: boolean } };
    expect(withSlack.model.slack).toBe(true);
    expect(without.model.slack).toBe(false);
  });
});
