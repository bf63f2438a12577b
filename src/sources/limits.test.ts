import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rawDataPath } from '../../test/support/shared-data.ts';
import { parseDagiGeojson, parseDagiTopojson } from './dagi/index.ts';
import { jsonNesting } from './dagi/index.ts';
import { IMPORT_LIMITS } from './limits.ts';
import { parseNoegletalCsv } from './noegletal/index.ts';
import { parseRegk31 } from './regk31/index.ts';
import { catchRefusal } from './testing/index.ts';
import { decodeText } from './text/index.ts';
import { parseTidyCsv } from './tidy-csv/index.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const dagi = (name: string) => readFileSync(rawDataPath('dagi-neogeografen', name), 'utf8');

describe('the line limit of text files (decodeText)', () => {
  const MAX = IMPORT_LIMITS.lineBytes;

  it('reads a line of exactly the limit and refuses one byte more, naming file and line', () => {
    expect(decodeText(enc(`a;b\n${'x'.repeat(MAX)}\n`), 'ok.csv').text).toHaveLength(MAX + 5);
    const e = catchRefusal(() => decodeText(enc(`a;b\r\n${'x'.repeat(MAX + 1)}`), 'lang.csv'));
    expect(e.message).toBe(
      'lang.csv:2: linjen er 1.048.577 byte lang; højst 1.048.576 byte pr. linje er tilladt (værdi "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")',
    );
  });

  it('counts CRLF, LF and CR as one line break each', () => {
    const e = catchRefusal(() =>
      decodeText(enc(`1\r\n2\n3\r4\r\n${'x'.repeat(30)}`), 'a.csv', { maxLineBytes: 20 }),
    );
    expect(e.message).toMatch(/^a\.csv:5: linjen er 30 byte lang; højst 20 byte/);
  });

  it('leaves JSON, often one line, to its own limits', () => {
    expect(
      decodeText(enc('x'.repeat(100)), 'a.json', { maxLineBytes: Infinity }).text,
    ).toHaveLength(100);
  });
});

describe('the length limit of key-figure names', () => {
  const long = (n: number) => `Udgift ${'x'.repeat(n - 7)}`;

  it('refuses a tidy CSV name of 8 000 characters, naming file, line and length', () => {
    const csv = `municipality_code;year;key_figure;value\n101;2023;Kort navn;1\n101;2023;${long(8000)};2\n`;
    const e = catchRefusal(() => parseTidyCsv(enc(csv), 'navne.csv'));
    expect(e.message).toMatch(
      /^navne\.csv:3: navnet på nøgletallet er 8\.000 tegn; højst 500 er tilladt \(felt "key_figure"/,
    );
  });

  it('accepts a name of exactly 500 characters', () => {
    const csv = `municipality_code;year;key_figure;value\n101;2023;${long(500)};1\n`;
    expect(parseTidyCsv(enc(csv), 'navne.csv').keyFigures[0]?.sourceName).toHaveLength(500);
  });

  it('refuses a long title in a nøgletal export and a long REGK31 function', () => {
    const noegletal = [
      'De Kommunale Nøgletal;;;',
      ';Kom.nr;2018;2019',
      `${long(600)};;;`,
      'Københavns Kommune;101;1;2',
      'Tegnforklaring:;;;',
    ].join('\n');
    expect(catchRefusal(() => parseNoegletalCsv(enc(noegletal), 'n.csv')).message).toMatch(
      /^n\.csv:3: navnet på nøgletallet er 600 tegn; højst 500 er tilladt/,
    );
    const regk31 = `"Pr. indbygger, løbende priser (kr.)","I alt (netto)","3.22.01 ${long(600)}","København",100\n`;
    expect(catchRefusal(() => parseRegk31(enc(regk31), '2024.csv')).message).toMatch(
      /^2024\.csv:1: navnet på nøgletallet er 638 tegn; højst 500 er tilladt \(felt "Funktion"/,
    );
  });
});

describe('the depth limit of JSON (DAGI boundaries)', () => {
  const deep = (depth: number, prefix: string) =>
    enc(`${prefix}${'['.repeat(depth)}${']'.repeat(depth)}}`);

  it('refuses GeoJSON nested 200 000 deep, naming the file and the depth, without a stack overflow', () => {
    const bytes = deep(200_000, '{"type":"FeatureCollection","features":');
    const e = catchRefusal(() => parseDagiGeojson(bytes, 'dyb.geojson'));
    expect(e.message).toMatch(
      /^dyb\.geojson:1: JSON er indlejret 200\.001 niveauer dybt; højst 64 er tilladt/,
    );
  });

  it('refuses deep TopoJSON the same way', () => {
    const bytes = deep(100, '{"type":"Topology","objects":{},"arcs":');
    expect(catchRefusal(() => parseDagiTopojson(bytes, 'dyb.topojson')).message).toMatch(
      /^dyb\.topojson:1: JSON er indlejret 101 niveauer dybt; højst 64/,
    );
  });

  it('counts brackets outside strings only', () => {
    expect(jsonNesting('{"a":"[[[[{{{","b":[1,[2]]}', 64)).toEqual({
      depth: 3,
      firstTooDeep: undefined,
    });
    expect(jsonNesting('{"a\\"[[":[[1]]}', 2)).toEqual({ depth: 3, firstTooDeep: 10 });
  });

  it('finds the real files 7 deep (GeoJSON of Polygons and TopoJSON)', () => {
    expect(jsonNesting(dagi('kommuner.geojson'), 64).depth).toBe(7);
    expect(jsonNesting(dagi('kommuner.topojson'), 64).depth).toBe(7);
  });
});

describe('repeated parts of one municipality in DAGI boundaries', () => {
  it('refuses a GeoJSON feature given again and again, naming the code and the count', () => {
    const geo = JSON.parse(dagi('kommuner.geojson')) as {
      features: { properties: { KOMKODE: string } }[];
    };
    const feature = geo.features.find((f) => f.properties.KOMKODE === '0101');
    geo.features.push(...Array.from({ length: 1000 }, () => feature as (typeof geo.features)[0]));
    const e = catchRefusal(() => parseDagiGeojson(enc(JSON.stringify(geo)), 'kommuner.geojson'));
    expect(e.message).toMatch(
      /^kommuner\.geojson:\d+: kommune 101 \(København\) har 1\.000 gentagne polygoner \(1\.007 i alt\): den samme polygon står flere gange i filen/,
    );
  });

  it('refuses a TopoJSON geometry given twice, before its arcs are dissolved', () => {
    const topo = JSON.parse(dagi('regioner.topojson')) as {
      objects: Record<string, { geometries: unknown[] }>;
    };
    const object = Object.values(topo.objects)[0];
    object?.geometries.push(object.geometries[0]);
    const e = catchRefusal(() => parseDagiTopojson(enc(JSON.stringify(topo)), 'regioner.topojson'));
    expect(e.message).toMatch(
      /^regioner\.topojson:\d+: region 08\d \(Region [^)]+\) har 1 gentagne polygoner/,
    );
  });
});
