// A bigger hand-made report model: every section, long tables, several charts per theme,
// narratives, the real map (when ../shared is present). For looking at the printed pages
// (pdftoppm) and for the PDF test's page count; the numbers are made up, deterministically.
import type { Block, ReportModel, ReportSection } from '../../src/core/index.ts';
import {
  developmentChart,
  mapChart,
  peerBarsChart,
  realTopology,
  smallReportModel,
  tinyTopology,
} from './report-model.ts';

const PEERS = ['Odder', 'Favrskov', 'Skanderborg', 'Horsens', 'Vejle', 'Billund', 'Ikast-Brande'];
const THEMES = ['Dagtilbud', 'Folkeskolen', 'Ældreområdet', 'Det specialiserede voksenområde'];

/** A made-up but stable number for a seed (no randomness: the same model every run). */
function fake(seed: number, base: number, spread: number): number {
  const x = Math.sin(seed * 12.9898) * 43758.5453;
  return Math.round(base + (x - Math.floor(x) - 0.5) * spread);
}

const da = (v: number) => new Intl.NumberFormat('da-DK').format(v).replace('-', '−');

const LONG =
  'Kommunen har i en årrække arbejdet med at styrke den tidlige indsats, og udgifterne er fulgt med. Tallene her er regnskabstal i faste priser, og sammenligningen er med de ti kommuner, der ligner mest på de strukturelle forhold. En forskel er ikke i sig selv et problem: den kan skyldes valg, som byrådet har truffet bevidst.';

function figureTable(theme: string, k: number): Block {
  return {
    kind: 'table',
    caption: `${theme}: nøgletal mod sammenligningsgruppen`,
    columns: [
      { label: 'Nøgletal', align: 'left' },
      { label: 'Kommunen', align: 'right', note: 1 },
      { label: 'Median', align: 'right', note: 2 },
      { label: 'Benchmark', align: 'right', note: 3 },
      { label: 'Potentiale, kr.', align: 'right', note: 4 },
    ],
    rows: Array.from({ length: 6 }, (_, r) => [
      `${theme}, nøgletal ${r + 1}`,
      da(fake(k * 10 + r, 40000, 20000)),
      da(fake(k * 10 + r + 100, 40000, 15000)),
      da(fake(k * 10 + r + 200, 35000, 10000)),
      da(fake(k * 10 + r + 300, 1000000, 4000000)),
    ]),
    notes: ['kr. pr. målgruppe, 2018-priser; regnskab 2018.'],
  };
}

function theme(name: string, k: number): Block[] {
  return [
    { kind: 'heading', text: `${k + 1}. ${name}` },
    { kind: 'paragraph', text: LONG },
    figureTable(name, k),
    { ...developmentChart, title: `${name}: udgift pr. indbygger over tid` },
    { ...peerBarsChart, title: `${name}: kommunen blandt de sammenlignelige` },
  ];
}

/** The 98 municipalities' codes from a topology (the tiny one's three without ../shared). */
function codesOf(topology: unknown): string[] {
  const t = topology as { objects: { municipalities: { geometries: { id?: unknown }[] } } };
  return t.objects.municipalities.geometries.map((g) => String(g.id));
}

/** The big model: all twelve sections, Danish (or English labels where the model has them). */
export function bigReportModel(lang: 'da' | 'en' = 'da'): ReportModel {
  const small = smallReportModel(lang);
  const topology = realTopology() ?? tinyTopology();
  const map = mapChart(topology);
  const codes = codesOf(topology);
  const mapBlock: Block = {
    ...map,
    chart: {
      ...(map.chart as Extract<Block, { kind: 'chart' }>['chart'] & { kind: 'map' }),
      values: codes.map((code, k) => ({
        code,
        value: k % 17 === 5 ? null : fake(k, 12000, 6000),
      })),
    },
  };
  const peerRows = PEERS.map((p, k) => [
    p,
    da(fake(k, 50000, 30000)),
    `${da(fake(k + 50, 80, 20))} %`,
    da(fake(k + 70, 10, 8)),
  ]);
  const sections: ReportSection[] = [
    small.sections[0] as ReportSection,
    {
      id: 'profile',
      title: 'Strukturprofil og sammenligningsgruppe',
      narrative: [
        { kind: 'paragraph', text: LONG },
        { kind: 'list', items: ['Vi har flere børn end landet.', 'Vi har færre ældre.'] },
      ],
      blocks: [
        { kind: 'paragraph', text: LONG },
        {
          kind: 'table',
          caption: 'De sammenlignelige kommuner og hvorfor',
          columns: [
            { label: 'Kommune', align: 'left' },
            { label: 'Indbyggere', align: 'right' },
            { label: 'Lighed', align: 'right', note: 5 },
            { label: 'Afstand', align: 'right' },
          ],
          rows: peerRows,
        },
      ],
    },
    {
      id: 'package',
      title: 'Pakken i alt',
      blocks: [
        { kind: 'paragraph', text: LONG },
        {
          kind: 'table',
          caption: 'Potentialet pr. nøgletal',
          columns: [
            { label: 'Nøgletal', align: 'left' },
            { label: 'Potentiale, kr.', align: 'right', note: 4 },
            { label: 'Dækning', align: 'right', note: 6 },
          ],
          rows: Array.from({ length: 58 }, (_, r) => [
            `Nøgletal nr. ${r + 1} med et ret langt navn om udgifter pr. målgruppe`,
            da(fake(r + 400, 1000000, 5000000)),
            `${da(fake(r + 500, 90, 18))} %`,
          ]),
          total: ['I alt', '123.456.789', '93 %'],
          notes: ['kr., 2018-priser; regnskab 2018.'],
        },
        { kind: 'paragraph', tone: 'warning', text: 'Tre nøgletal mangler data for 2018.' },
      ],
    },
    {
      id: 'top-potentials',
      title: 'De største potentialer',
      blocks: [
        {
          kind: 'list',
          ordered: true,
          items: THEMES.map((t, k) => [
            { text: `${t}: `, bold: true },
            { text: `${da(fake(k + 600, 8000000, 4000000))} kr.`, note: 4 },
          ]),
        },
      ],
    },
    { id: 'themes', title: 'Temaerne', blocks: THEMES.flatMap(theme) },
    {
      id: 'talk-to',
      title: 'Hvem I kan tale med',
      blocks: [
        {
          kind: 'list',
          items: PEERS.slice(0, 4).map((p) => [
            { text: `${p}: ` },
            { text: 'Portalens sag om visitation', href: 'https://example.dk/sag/1' },
          ]),
        },
      ],
    },
    {
      id: 'initiatives',
      title: 'Kommunens initiativer',
      blocks: [{ kind: 'paragraph', tone: 'absent', text: 'Kommunen har ingen initiativer.' }],
    },
    {
      id: 'barriers',
      title: 'Regelbarrierer',
      blocks: [
        { kind: 'paragraph', tone: 'absent', text: 'Kommunen har ikke meldt regelbarrierer.' },
      ],
    },
    {
      id: 'budget',
      title: 'Budgetafvigelser',
      blocks: [
        { kind: 'paragraph', tone: 'absent', text: 'Der er ingen budgetafvigelser over 5 %.' },
      ],
    },
    {
      id: 'steering',
      title: 'Styringsmodellen',
      blocks: [{ kind: 'paragraph', tone: 'absent', text: 'Kommunen har ikke delt en vurdering.' }],
    },
    { id: 'map', title: 'Kortet', blocks: [mapBlock] },
    {
      id: 'appendix',
      title: 'Bilag: definitioner, kilder og parametre',
      blocks: [
        { kind: 'heading', text: 'Definitioner' },
        {
          kind: 'facts',
          items: THEMES.map((t) => ({ label: t, value: `${t} er ${LONG.slice(0, 120)}…` })),
        },
        { kind: 'heading', text: 'Parametre' },
        {
          kind: 'facts',
          items: [
            { label: 'År', value: '2018' },
            { label: 'Sammenligning', value: 'nearest:10' },
            { label: 'Priser', value: '2018-priser' },
          ],
        },
      ],
    },
  ];
  return {
    ...small,
    title: 'Kend din kommune: Hedensted 2018',
    municipality: { code: '766', name: 'Hedensted' },
    dataVersion: '42 (import 2026-12-01)',
    sections,
    formulas: [
      ...small.formulas,
      { name: 'Benchmark', text: 'det laveste niveau blandt de bedste 25 % i gruppen' },
      { name: 'Potentiale pr. nøgletal', text: '(enhedsudgift − benchmark) × målgruppe' },
      { name: 'Lighed', text: 'afstand i de standardiserede strukturvariable' },
      { name: 'Dækning', text: 'andel af pakkens udgift med et tal i året' },
    ],
  };
}
