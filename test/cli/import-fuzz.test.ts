import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutatedBytes, repeatedDeflate, writeZip } from '../../src/sources/testing/index.ts';
import { freshTarget } from '../support/engines.ts';
import { rawDataPath } from '../support/shared-data.ts';
import { cli } from './run-cli.ts';

// Hostile and corrupted files, generated at test time with a fixed seed, are each imported
// alone by the CLI in a child process whose heap is capped at 512 MB. Every one must fail
// with exit 3 and a Danish message that starts with the file's name, leave the database as
// it was, and never exhaust the heap (which would abort the child with exit 134). The child
// uses the PostgreSQL server, which opens in milliseconds where PGlite takes a second per
// import; the files are refused before the database is written, whatever the engine.

const enc = (s: string) => new TextEncoder().encode(s);
const CHILD = fileURLToPath(new URL('./import-in-child.ts', import.meta.url));
const TIDY_HEADER = 'municipality_code;year;key_figure;value\n';

const WORKBOOK = enc(
  '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>',
);
const RELS = enc(
  '<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
);

function xlsx(sheet: Parameters<typeof writeZip>[0][number]['data'], declaredSize?: number) {
  return writeZip([
    { name: 'xl/workbook.xml', data: WORKBOOK },
    { name: 'xl/_rels/workbook.xml.rels', data: RELS },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: sheet,
      ...(declaredSize === undefined ? {} : { declaredSize }),
    },
  ]);
}

/** A sheet that unpacks to 4 GiB of XML from a few MB. */
function bombSheet() {
  const unit = enc(`<x a="${'a'.repeat(65_500)}"/>`);
  return repeatedDeflate(
    enc('<worksheet><sheetData>'),
    unit,
    65_536,
    enc('</sheetData></worksheet>'),
  );
}

/** 1 000 000 rows of three numbers: 3 million cells. */
function manyCells() {
  const parts: Uint8Array[] = [enc('<worksheet><sheetData>')];
  for (let start = 1; start <= 1_000_000; start += 10_000) {
    let rows = '';
    for (let r = start; r < start + 10_000; r++) {
      rows += `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>1</v></c><c r="C${r}"><v>2</v></c></row>`;
    }
    parts.push(enc(rows));
  }
  parts.push(enc('</sheetData></worksheet>'));
  const xml = Buffer.concat(parts);
  return { deflated: deflateRawSync(xml, { level: 1 }), size: xml.length };
}

function square(lon: number, lat: number) {
  return [
    [
      [lon, lat],
      [lon + 0.01, lat],
      [lon + 0.01, lat + 0.01],
      [lon, lat + 0.01],
      [lon, lat],
    ],
  ];
}

function geojson(features: number): string {
  const feature = {
    type: 'Feature',
    properties: { KOMKODE: '0101', KOMNAVN: 'København' },
    geometry: { type: 'Polygon', coordinates: square(12.5, 55.6) },
  };
  return JSON.stringify({ type: 'FeatureCollection', features: Array(features).fill(feature) });
}

const NOEGLETAL = [
  'De Kommunale Nøgletal;;;',
  ';Kom.nr;2018;2019',
  'Indbyggertal 1. januar;;;',
  'Københavns Kommune;101;613.288;623.404',
  'Hillerød Kommune;219;50.876;51.105',
  ';;;',
  'Tegnforklaring:;;;',
  'Social- og Indenrigsministeriet d. 10. september 2019;;;',
].join('\r\n');

interface Hostile {
  readonly name: string;
  readonly bytes: () => Uint8Array;
  /** What the message must say after "fejl: <file>…: ". */
  readonly says: RegExp;
}

const HOSTILE: readonly Hostile[] = [
  {
    name: 'bombe-aerlig.xlsx',
    bytes: () => xlsx(bombSheet(), 0xffff_fffe),
    says: /pakker ud til over 200 MB/,
  },
  {
    name: 'bombe-loegn.xlsx',
    bytes: () => xlsx(bombSheet(), 100_000),
    says: /pakker ud til mere end de 100\.000 byte, arkivet angiver/,
  },
  { name: 'celler.xlsx', bytes: () => xlsx(manyCells()), says: /over 2\.000\.000 celler/ },
  {
    name: 'lang-linje.csv',
    bytes: () => Buffer.concat([enc(`${TIDY_HEADER}101;2023;`), Buffer.alloc(100_000_000, 0x78)]),
    says: /:2: linjen er 100\.000\.0\d\d byte lang/,
  },
  {
    name: 'kommuner-dyb.geojson',
    bytes: () =>
      enc(`{"type":"FeatureCollection","features":${'['.repeat(200_000)}${']'.repeat(200_000)}}`),
    says: /JSON er indlejret 200\.001 niveauer dybt; højst 64/,
  },
  {
    name: 'kommuner-gentaget.geojson',
    bytes: () => enc(geojson(100_000)),
    says: /kommune 101 \(København\) har 99\.999 gentagne polygoner/,
  },
  {
    name: 'langt-navn.csv',
    bytes: () => enc(`${TIDY_HEADER}101;2023;${'Udgift '.repeat(1200)};1\n`),
    says: /:2: navnet på nøgletallet er 8\.399 tegn; højst 500/,
  },
  {
    name: 'utf16.csv',
    bytes: () => iconv.encode(`\uFEFF${TIDY_HEADER}101;2023;Udgift pr. elev;1\n`, 'utf16le'),
    says: /filen er UTF-16 \(LE\); gem den som UTF-8/,
  },
  {
    name: 'utf16be-uden-bom.csv',
    bytes: () => iconv.encode(`${TIDY_HEADER}101;2023;Udgift pr. elev;1\n`, 'utf16be'),
    says: /filen er UTF-16 \(BE\); gem den som UTF-8/,
  },
  {
    name: 'utf32.csv',
    bytes: () => {
      const text = `${TIDY_HEADER}101;2023;Udgift pr. elev;1\n`;
      const out = new Uint8Array(text.length * 4);
      for (let i = 0; i < text.length; i++) out[i * 4] = text.charCodeAt(i);
      return out;
    },
    says: /filen er UTF-32 \(LE\); gem den som UTF-8/,
  },
];

/** Small real-looking files, each corrupted a few ways with a fixed seed. */
function corrupted(): { name: string; bytes: Uint8Array }[] {
  const originals: [string, Uint8Array][] = [
    [
      'tidy.csv',
      enc(`${TIDY_HEADER}101;2023;Udgift pr. elev;81234,5\n219;2023;Udgift pr. elev;79000\n`),
    ],
    ['noegletal.csv', enc(NOEGLETAL)],
    ['kommuner-lille.geojson', enc(geojson(1))],
    ['csv_da.csv', readFileSync(rawDataPath('dst-kommuneinddeling-asgeringemann', 'csv_da.csv'))],
    [
      'dagtilbud.xlsx',
      readFileSync(
        rawDataPath('noegletal-asgeringemann', 'Udgift til dagtilbud Region Yearly 1993-2024.xlsx'),
      ),
    ],
  ];
  return originals.flatMap(([name, bytes], i) =>
    fc
      .sample(mutatedBytes(bytes), { seed: 42 + i, numRuns: 3 })
      .map((b, j) => ({ name: `${j}-${name}`, bytes: b })),
  );
}

interface ChildResult {
  readonly file: string;
  readonly code: number;
  readonly ms: number;
  readonly stderr: string;
  readonly status: string;
  readonly maxRssMb: number;
}

describe('potentiale import of hostile and corrupted files (fixed seed)', () => {
  let dir: string;
  let run: { before: string; results: ChildResult[] };
  let drop: (() => Promise<void>) | undefined;
  const hostile = new Map<string, Hostile>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'potentiale-import-fuzz-'));
    const target = await freshTarget('postgres');
    drop = target.drop;
    const url = target.kind === 'postgres' ? target.url : '';
    // A good file first: the baseline of memory and of the database.
    const files: string[] = [join(dir, 'god.csv')];
    writeFileSync(files[0] as string, `${TIDY_HEADER}101;2023;Udgift pr. elev;1\n`);
    for (const h of HOSTILE) {
      writeFileSync(join(dir, h.name), h.bytes());
      files.push(join(dir, h.name));
      hostile.set(join(dir, h.name), h);
    }
    for (const c of corrupted()) {
      writeFileSync(join(dir, c.name), c.bytes);
      files.push(join(dir, c.name));
    }
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--max-old-space-size=512', '--import', 'tsx', CHILD, url, ...files],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    run = JSON.parse(stdout) as typeof run;
  }, 180_000);

  afterAll(async () => {
    await drop?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('imports the good file first', () => {
    expect(run.results[0]).toMatchObject({ code: 0 });
  });

  it('refuses each hostile file with exit 3 and one Danish line naming it, within a 512 MB heap', () => {
    for (const r of run.results.filter((x) => hostile.has(x.file))) {
      const says = hostile.get(r.file)?.says ?? /$^/;
      expect({ file: r.file, code: r.code }).toEqual({ file: r.file, code: 3 });
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines[0]?.startsWith(`fejl: ${r.file}:`)).toBe(true);
      expect(lines[0]).toMatch(says);
      // Further lines are the file's other diagnostics, indented, e.g. the municipalities a
      // boundary file lacks.
      for (const line of lines.slice(1)) expect(line.startsWith(`  ${r.file}`)).toBe(true);
      expect(r.stderr).not.toMatch(/uventet fejl|\n\s+at |heap|RangeError/);
    }
    expect(run.results.filter((x) => hostile.has(x.file))).toHaveLength(HOSTILE.length);
  });

  // The heap is capped by the flag; this bounds what lies outside it (buffers of unpacked
  // data). 4 GiB unpacked into buffers, as before the limits, would show here.
  it('keeps memory bounded: the peak RSS grows by less than 600 MB over the good import’s', () => {
    const baseline = run.results[0]?.maxRssMb ?? 0;
    const peak = Math.max(...run.results.map((r) => r.maxRssMb));
    expect(peak - baseline).toBeLessThan(600);
  });

  it('leaves the database as it was after every refused file', () => {
    let previous = run.before;
    for (const r of run.results) {
      if (r.code !== 0)
        expect({ file: r.file, status: r.status }).toEqual({ file: r.file, status: previous });
      previous = r.status;
    }
  });

  it('imports or refuses each corrupted file, never with an unexpected error', () => {
    const others = run.results.slice(1).filter((x) => !hostile.has(x.file));
    expect(others).toHaveLength(15);
    for (const r of others) {
      expect([0, 3]).toContain(r.code);
      if (r.code === 3) expect(r.stderr.startsWith(`fejl: ${r.file}`)).toBe(true);
      expect(r.stderr).not.toMatch(/uventet fejl|\n\s+at /);
    }
  });
});

// The child above runs on the PostgreSQL server; this runs on PGlite, the default engine,
// where a name over about 8 KB used to end in "uventet fejl" (an index row too large).
describe('potentiale import of an 8 KB key-figure name on PGlite', () => {
  let db: string;
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'potentiale-long-name-'));
    db = join(dir, 'db');
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('is refused with exit 3 naming file, line and length, and stores nothing', async () => {
    const file = join(dir, 'navn.csv');
    writeFileSync(file, `${TIDY_HEADER}101;2023;Kort;1\n101;2023;${'x'.repeat(8200)};2\n`);
    const before = await cli(['db', 'status', '--json', '--db', db]);
    const r = await cli(['import', file, '--db', db]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      new RegExp(
        `^fejl: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: navnet på nøgletallet er 8\\.200 tegn; højst 500 er tilladt`,
      ),
    );
    expect((await cli(['db', 'status', '--json', '--db', db])).stdout).toBe(before.stdout);
  });
});
