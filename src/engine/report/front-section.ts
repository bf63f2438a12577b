import { formatPercent, type ReportSection } from '../../core/index.ts';
import { warningLines } from './package-section.ts';
import {
  coverageNote,
  figureName,
  pricesOf,
  totalNote,
  type BenchmarkParts,
} from './package-doc.ts';
import { rankedRows } from './package-section.ts';
import { kr, paragraph, say } from './words.ts';

/** The front page: the essentials on one page, and what the figures are not. */
export function frontSection(p: BenchmarkParts, peers: number): ReportSection {
  const { lang, doc } = p;
  const top = rankedRows(p).slice(0, 3);
  const total = totalNote(p);
  const coverage = coverageNote(p);
  return {
    id: 'front',
    title: say(lang, 'Det vigtigste', 'The essentials'),
    blocks: [
      {
        kind: 'facts',
        items: [
          { label: 'Benchmark', value: say(lang, doc.levelNameDa, doc.levelNameEn) },
          {
            label: say(lang, 'Sammenligningsgruppe', 'Comparison group'),
            value: say(lang, `${peers} kommuner`, `${peers} municipalities`),
          },
          {
            label: say(lang, 'Potentiale i alt', 'Total potential'),
            value: [{ text: kr(lang, doc.total.positive), note: total }],
          },
          { label: say(lang, 'Nettoposition', 'Net position'), value: kr(lang, doc.total.signed) },
          {
            label: say(lang, 'Dækningsgrad', 'Coverage'),
            value: [
              {
                text:
                  doc.coverage.share === null
                    ? '–'
                    : formatPercent(lang, doc.coverage.share * 100, 1),
                note: coverage,
              },
            ],
          },
          {
            label: say(lang, 'Advarsler', 'Warnings'),
            value: String(warningLines(p).length),
          },
        ],
      },
      {
        kind: 'heading',
        text: say(lang, 'De tre største potentialer', 'The three largest potentials'),
      },
      top.length === 0
        ? paragraph(say(lang, 'Ingen positive potentialer.', 'No positive potentials.'), 'note')
        : {
            kind: 'list',
            ordered: true,
            items: top.map(
              ({ row }) =>
                `${figureName(row.keyFigureId, lang, row.nameDa)}: ${kr(lang, row.potential)} (${pricesOf(p)})`,
            ),
          },
      paragraph(
        say(
          lang,
          'Tallene er et landkort, ikke et facit: et potentiale viser, hvor kommunen bruger mere end sammenlignelige kommuner, ikke at pengene kan spares. Penge er ikke det samme som kvalitet, og en kommune kan have prioriteret anderledes med god grund. Alle tal kan spores til deres kilde (se bilaget).',
          'The figures are a map, not an answer: a potential shows where the municipality spends more than comparable municipalities, not that the money can be saved. Money is not quality, and a municipality may have prioritised differently for good reason. Every figure is traceable to its source (see the appendix).',
        ),
        'note',
      ),
    ],
  };
}
