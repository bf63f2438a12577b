import { packageStatusWord, type Block, type ReportSection } from '../../core/index.ts';
import {
  benchmarkNote,
  corridorNote,
  figureName,
  potentialNote,
  pricesOf,
  themeTitle,
  yearLabelOf,
  type BenchmarkParts,
  type PackageRow,
} from './package-doc.ts';
import { figureWarningLines } from './package-section.ts';
import { developmentChart, peerBarsChart } from './theme-charts.ts';
import { kr, num, paragraph, say } from './words.ts';

/** The row a theme's charts show: the largest positive potential, else the largest |potential|. */
function chartedRow(rows: readonly PackageRow[]): PackageRow | undefined {
  const withValue = rows.filter((r) => r.value !== null && r.potential !== null);
  return [...withValue].sort(
    (a, b) =>
      Number((b.potential ?? 0) > 0) - Number((a.potential ?? 0) > 0) ||
      Math.abs(b.potential ?? 0) - Math.abs(a.potential ?? 0) ||
      a.keyFigureId.localeCompare(b.keyFigureId),
  )[0];
}

/** "Per theme": each theme's figures with benchmark, corridor and rank, and two charts. */
export function themesSection(p: BenchmarkParts): ReportSection {
  const { lang } = p;
  const prices = pricesOf(p);
  const potential = potentialNote(p);
  const benchmark = benchmarkNote(p);
  const corridor = corridorNote(p);
  const blocks: Block[] = [];
  // A figure under two themes has its warnings under the first.
  const shown = new Set<string>();
  for (const theme of p.doc.themes) {
    blocks.push({ kind: 'heading', text: themeTitle(theme.theme, theme.nameDa, lang) });
    const group = p.doc.groups[theme.theme];
    if (group)
      blocks.push(
        paragraph(
          say(
            lang,
            `Sammenligningsgruppe: ${group.nameDa} (${group.members.length} kommuner).`,
            `Comparison group: ${group.nameEn} (${group.members.length} municipalities).`,
          ),
          'note',
        ),
      );
    blocks.push({
      kind: 'table',
      caption: say(
        lang,
        `Nøgletal: ${themeTitle(theme.theme, theme.nameDa, lang)}`,
        `Key figures: ${themeTitle(theme.theme, theme.nameDa, lang)}`,
      ),
      columns: [
        { label: say(lang, 'Nøgletal', 'Key figure'), align: 'left' },
        { label: say(lang, 'Egen', 'Own'), align: 'right' },
        { label: 'Benchmark', align: 'right', note: benchmark },
        { label: say(lang, 'Placering', 'Rank'), align: 'right' },
        {
          label: say(lang, `Korridor (${prices})`, `Corridor (${prices})`),
          align: 'right',
          note: corridor,
        },
        {
          label: say(lang, `Potentiale (${prices})`, `Potential (${prices})`),
          align: 'right',
          note: potential,
        },
        { label: 'Status', align: 'left' },
      ],
      rows: theme.figures.map((r) => [
        figureName(r.keyFigureId, lang, r.nameDa),
        num(lang, r.value),
        num(lang, r.benchmark, 1),
        r.rank === null ? '–' : say(lang, `${r.rank} af ${r.rankOf}`, `${r.rank} of ${r.rankOf}`),
        r.corridor.min === null || r.corridor.max === null
          ? '–'
          : `${kr(lang, r.corridor.min.signed)} – ${kr(lang, r.corridor.max.signed)}`,
        kr(lang, r.potential),
        packageStatusWord(r.status, lang),
      ]),
      total: [
        say(lang, 'Temaets potentiale', 'The theme’s potential'),
        '',
        '',
        '',
        '',
        kr(lang, theme.total.positive),
        '',
      ],
      notes: [
        say(
          lang,
          `Enhedsudgifter og beløb i ${prices}, ${yearLabelOf(p)}. Placering 1 = laveste udgift (bedst efter nøgletallets retning).`,
          `Unit costs and amounts in ${prices}, ${yearLabelOf(p)}. Rank 1 = the lowest cost (best by the figure’s polarity).`,
        ),
      ],
    });
    const warnings = figureWarningLines(p, new Set(theme.figures.map((f) => f.keyFigureId))).filter(
      (line) => !shown.has(line),
    );
    for (const line of warnings) shown.add(line);
    // Each a warning paragraph: the renderers mark it ("Advarsel:"/"Warning:").
    for (const line of warnings) blocks.push({ kind: 'paragraph', tone: 'warning', text: line });
    const row = chartedRow(theme.figures);
    const charts = row ? [peerBarsChart(p, row), developmentChart(p, row)] : [];
    for (const chart of charts) if (chart) blocks.push(chart);
  }
  if (blocks.length === 0)
    blocks.push({
      kind: 'paragraph',
      tone: 'absent',
      text: say(
        lang,
        `Ingen temaer har nøgletal med værdier i ${p.year}.`,
        `No theme has figures with values in ${p.year}.`,
      ),
    });
  return { id: 'themes', title: say(lang, 'Temaerne', 'The themes'), blocks };
}
