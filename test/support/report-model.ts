// Hand-made report models for the report room's tests (src/report/*.test.ts): every block kind,
// hostile text in names, captions, cells and links, and a tiny hand-made topology, so that the
// renderers can be checked without a database. `bigReportModel` adds many rows, charts and the
// real boundaries (when ../shared is present) for looking at the printed pages.
import { readFileSync } from 'node:fs';
import { topology } from 'topojson-server';
import type { Block, ReportModel, ReportSection } from '../../src/core/index.ts';
import { parseDagiTopojson } from '../../src/sources/index.ts';
import { hasSharedData, rawDataPath } from './shared-data.ts';

export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '"><img onerror=x>';
export const HOSTILE = `${SCRIPT}${IMG}`;

/** Three squares side by side, codes 101, 766 and 825: enough for the map to lay out. */
export function tinyTopology(): unknown {
  const square = (code: string, name: string, x: number) => ({
    type: 'Feature' as const,
    id: code,
    properties: { code, name },
    geometry: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [9 + x, 55],
          [9.8 + x, 55],
          [9.8 + x, 55.6],
          [9 + x, 55.6],
          [9 + x, 55],
        ],
      ],
    },
  });
  return topology({
    municipalities: {
      type: 'FeatureCollection',
      features: [
        square('101', 'København', 2.5),
        square('766', `Hedensted ${IMG}`, 0),
        square('825', 'Læsø', 1),
      ],
    } as GeoJSON.FeatureCollection,
  });
}

/** The real municipalities' boundaries (as the API builds them), or null without ../shared. */
export function realTopology(): unknown {
  if (!hasSharedData()) return null;
  const file = 'kommuner.topojson';
  const parsed = parseDagiTopojson(readFileSync(rawDataPath('dagi-neogeografen', file)), file);
  const features = (parsed.boundaries ?? [])
    .filter((b) => b.level === 'municipality')
    .map((b) => ({
      type: 'Feature' as const,
      id: b.code,
      properties: { code: b.code, name: b.name },
      geometry: b.geometry as unknown as GeoJSON.MultiPolygon,
    }));
  return topology(
    { municipalities: { type: 'FeatureCollection', features } as GeoJSON.FeatureCollection },
    1e5,
  );
}

export const developmentChart: Extract<Block, { kind: 'chart' }> = {
  kind: 'chart',
  title: `Udgift pr. 0-17-årig ${HOSTILE}`,
  alt: `Udgift pr. 0-17-årig, Hedensted ${HOSTILE}: 2015 12.345, 2016 12.900, 2017 13.400, 2018 13.100 kr.`,
  notes: [`2018-priser. Regnskab. ${IMG}`],
  chart: {
    kind: 'development',
    unit: 'kr. pr. 0-17-årig',
    breaks: [2017],
    series: [
      {
        label: `Hedensted ${IMG}`,
        role: 'own',
        points: [
          { year: 2015, value: 12345 },
          { year: 2016, value: 12900 },
          { year: 2017, value: 13400 },
          { year: 2018, value: 13100 },
        ],
      },
      {
        label: 'Sammenlignelige kommuners median',
        role: 'peers',
        points: [
          { year: 2015, value: 11800 },
          { year: 2016, value: null },
          { year: 2017, value: 12100 },
          { year: 2018, value: 12250.5 },
        ],
      },
      {
        label: 'Benchmark',
        role: 'benchmark',
        points: [
          { year: 2015, value: 10950 },
          { year: 2016, value: 11000 },
          { year: 2017, value: 11100 },
          { year: 2018, value: 11200 },
        ],
      },
    ],
  },
};

export const peerBarsChart: Extract<Block, { kind: 'chart' }> = {
  kind: 'chart',
  title: 'Udgift pr. 0-17-årig blandt de sammenlignelige',
  alt: 'Hedensted 13.100; Odder 12.050; Favrskov 11.420,5; median 12.050; benchmark 11.200',
  chart: {
    kind: 'peer-bars',
    unit: 'kr. pr. 0-17-årig',
    bars: [
      { label: `Hedensted ${HOSTILE}`, value: 13100, own: true },
      { label: 'Odder', value: 12050, own: false },
      { label: 'Favrskov', value: 11420.5, own: false },
    ],
    median: 12050,
    benchmark: 11200,
    corridor: { low: 11000, high: 12600 },
  },
};

export function mapChart(
  topologyData: unknown = tinyTopology(),
): Extract<Block, { kind: 'chart' }> {
  return {
    kind: 'chart',
    title: 'Udgift pr. 0-17-årig i alle kommuner',
    alt: 'Kort: København 9.800; Hedensted 13.100; Læsø ingen værdi',
    notes: ['Mørk farve er en høj værdi.'],
    chart: {
      kind: 'map',
      unit: 'kr. pr. 0-17-årig',
      values: [
        { code: '101', value: 9800 },
        { code: '766', value: 13100 },
        { code: '825', value: null },
      ],
      own: '766',
      polarity: 'low',
      topology: topologyData,
    },
  };
}

const table: Block = {
  kind: 'table',
  caption: `Pakkens potentialer ${HOSTILE}`,
  columns: [
    { label: 'Nøgletal', align: 'left' },
    { label: `Potentiale ${IMG}`, align: 'right', note: 1 },
    { label: 'Dækning', align: 'right', note: 2 },
  ],
  rows: [
    [`Dagtilbud ${SCRIPT}`, '12.345.678', '98 %'],
    [
      [
        { text: 'Skole', href: 'javascript:alert(1)' },
        { text: ' (ny)', italic: true },
      ],
      '−1.234',
      '100 %',
    ],
    [[{ text: 'Ældre', href: 'https://example.dk/aeldre?a=1&b="2"', note: 2 }], '7.000', '–'],
  ],
  total: ['I alt', '12.351.444', ''],
  notes: ['kr., 2018-priser; regnskab 2018.', `Kilde: Danmarks Statistik ${SCRIPT}`],
};

/** A small model: every block kind, hostile text everywhere, two formulas. */
export function smallReportModel(lang: 'da' | 'en' = 'da'): ReportModel {
  const sections: ReportSection[] = [
    {
      id: 'front',
      title: 'Forside',
      blocks: [
        {
          kind: 'facts',
          items: [
            { label: 'Indbyggere', value: '47.012' },
            {
              label: `Sammenligningsgruppe ${IMG}`,
              value: [{ text: 'de 10 nærmeste', bold: true }],
            },
          ],
        },
      ],
    },
    {
      id: 'profile',
      title: `Strukturprofil ${HOSTILE}`,
      narrative: [
        { kind: 'heading', text: `Vores blik ${SCRIPT}` },
        {
          kind: 'paragraph',
          text: [
            { text: 'Vi er ', italic: true },
            { text: 'stolte', bold: true },
          ],
        },
      ],
      blocks: [
        { kind: 'paragraph', text: `Hedensted ${HOSTILE} ligner disse kommuner.` },
        { kind: 'list', items: ['Odder', [{ text: 'Favrskov', href: 'mailto:a@b.dk' }]] },
        { kind: 'list', ordered: true, items: ['første', 'anden'] },
        { kind: 'paragraph', tone: 'note', text: 'En note.' },
        { kind: 'paragraph', tone: 'warning', text: 'Dækningen er under 90 %.' },
      ],
    },
    {
      id: 'package',
      title: 'Pakken',
      blocks: [
        table,
        {
          kind: 'paragraph',
          text: [{ text: 'Potentialet er 12,3 mio. kr.', note: 1 }, { text: ' Se formlen.' }],
        },
      ],
    },
    {
      id: 'themes',
      title: 'Temaer',
      blocks: [{ kind: 'heading', text: 'Børn' }, developmentChart, peerBarsChart],
    },
    {
      id: 'barriers',
      title: 'Regelbarrierer',
      blocks: [{ kind: 'paragraph', tone: 'absent', text: 'Kommunen har ingen regelbarrierer.' }],
    },
    { id: 'map', title: 'Kortet', blocks: [mapChart()] },
    {
      id: 'appendix',
      title: 'Bilag',
      blocks: [
        { kind: 'facts', items: [{ label: 'Parametre', value: 'år=2018; peers=nearest:10' }] },
      ],
    },
  ];
  return {
    lang,
    title: `Kend din kommune: Hedensted ${HOSTILE} 2018`,
    municipality: { code: '766', name: `Hedensted ${IMG}` },
    year: 2018,
    yearLabel: lang === 'da' ? 'regnskab 2018' : 'accounts 2018',
    pricesLabel: 'kr., 2018-priser',
    dataVersion: `42 (import 2026-12-01) ${SCRIPT}`,
    sections,
    formulas: [
      { name: 'Potentiale', text: `(enhedsudgift − benchmark) × volumen ${SCRIPT}` },
      { name: 'Dækning', text: 'andel af pakkens udgift med et benchmark' },
    ],
  };
}
