import { ATTRIBUTIONS, DATA_SOURCE_IDS, type Block, type ReportSection } from '../../core/index.ts';
import type { ImportRecord } from '../../db/index.ts';
import { figureName, figureOf, type BenchmarkParts } from './package-doc.ts';
import { say } from './words.ts';

/** The report's parameters, as the appendix states them (and the CLI/API took them). */
export interface ReportParameters {
  readonly benchmark: string;
  readonly peers: string;
  readonly prices: string;
}

const SOURCE_OF: Readonly<Record<string, 'noegletal' | 'statbank'>> = {
  noegletal: 'noegletal',
  regk31: 'statbank',
  statbank: 'statbank',
};

/** The appendix: definitions, sources and attribution, the data version and the parameters. */
export function appendixSection(
  p: BenchmarkParts,
  imports: readonly ImportRecord[],
  dataVersion: string,
  parameters: ReportParameters,
): ReportSection {
  const { lang } = p;
  const ids = [...new Set(p.doc.themes.flatMap((t) => t.figures.map((f) => f.keyFigureId)))];
  const blocks: Block[] = [
    { kind: 'heading', text: say(lang, 'Definitioner', 'Definitions') },
    {
      kind: 'table',
      caption: say(lang, 'Nøgletallene i rapporten', 'The key figures in the report'),
      columns: [
        { label: say(lang, 'Nøgletal', 'Key figure'), align: 'left' },
        { label: say(lang, 'Enhed', 'Unit'), align: 'left' },
        { label: say(lang, 'Volumen Q', 'Volume Q'), align: 'left' },
        { label: say(lang, 'Kilde', 'Source'), align: 'left' },
      ],
      rows: ids.map((id) => {
        const f = figureOf(id);
        const source = f ? SOURCE_OF[f.source] : undefined;
        return [
          figureName(id, lang),
          f?.unit ?? '',
          (lang === 'da' ? f?.volume?.description : f?.volume?.descriptionEn) ?? '–',
          source
            ? lang === 'da'
              ? ATTRIBUTIONS[source].citationDa
              : ATTRIBUTIONS[source].citationEn
            : say(lang, 'egen fil', 'own file'),
        ];
      }),
    },
    { kind: 'heading', text: say(lang, 'Kilder', 'Sources') },
    {
      kind: 'list',
      items: DATA_SOURCE_IDS.map((id) => {
        const a = ATTRIBUTIONS[id];
        const licence = a.licence === null ? '' : ` (${a.licence})`;
        return [
          { text: `${lang === 'da' ? a.citationDa : a.citationEn}${licence}: ` },
          { text: a.url, href: a.url },
        ];
      }),
    },
    { kind: 'heading', text: say(lang, 'Dataversion', 'Data version') },
    {
      kind: 'paragraph',
      text: say(
        lang,
        `Rapporten er lavet af dataversion ${dataVersion} (${imports.length} importer). Samme dataversion og parametre giver den samme rapport.`,
        `The report was made from data version ${dataVersion} (${imports.length} imports). The same data version and parameters give the same report.`,
      ),
    },
  ];
  if (imports.length > 0)
    blocks.push({
      kind: 'table',
      caption: say(lang, 'Importerne bag tallene', 'The imports behind the figures'),
      columns: [
        { label: 'Nr.', align: 'right' },
        { label: say(lang, 'Fil', 'File'), align: 'left' },
        { label: say(lang, 'Format', 'Format'), align: 'left' },
        { label: say(lang, 'Værdier', 'Values'), align: 'right' },
        { label: 'SHA-256', align: 'left' },
      ],
      rows: [...imports]
        .sort((a, b) => a.id - b.id)
        .map((i) => [
          String(i.id),
          // The file's name only: where it lay on the importing machine is not the reader's.
          i.fileName.split(/[\\/]/).pop() ?? i.fileName,
          i.format,
          String(i.rowsRead),
          i.sha256.slice(0, 12),
        ]),
    });
  blocks.push(
    { kind: 'heading', text: say(lang, 'Parametre', 'Parameters') },
    {
      kind: 'facts',
      items: [
        { label: say(lang, 'Kommune', 'Municipality'), value: p.code },
        { label: say(lang, 'År', 'Year'), value: String(p.year) },
        { label: 'Benchmark', value: parameters.benchmark },
        { label: say(lang, 'Sammenligningsgruppe', 'Comparison group'), value: parameters.peers },
        { label: say(lang, 'Prisniveau', 'Price level'), value: parameters.prices },
        { label: say(lang, 'Sprog', 'Language'), value: lang },
      ],
    },
    {
      kind: 'paragraph',
      tone: 'note',
      text: say(
        lang,
        'Lavet med Potentiale (open source). Formlerne bag tallene står nedenfor, nummereret som fodnoterne.',
        'Made with Potentiale (open source). The formulas behind the figures follow below, numbered as the footnotes.',
      ),
    },
  );
  return {
    id: 'appendix',
    title: say(
      lang,
      'Bilag: definitioner, kilder og formler',
      'Appendix: definitions, sources and formulas',
    ),
    blocks,
  };
}
