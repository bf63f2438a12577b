import {
  formatPercent,
  packageStatusWord,
  yearKindWord,
  type Block,
  type ReportSection,
  type YearKind,
} from '../../core/index.ts';
import {
  coverageNote,
  figureName,
  potentialNote,
  pricesOf,
  themeTitle,
  totalNote,
  yearLabelOf,
  type BenchmarkParts,
  type PackageDoc,
  type PackageRow,
} from './package-doc.ts';
import { kr, num, paragraph, say } from './words.ts';

/** A warning in the language, named by its figure when it concerns one. */
function warningLine(p: BenchmarkParts, w: PackageDoc['warnings'][number]): string {
  const text = p.lang === 'da' ? w.messageDa : w.messageEn;
  return w.keyFigureId === null ? text : `${figureName(w.keyFigureId, p.lang)}: ${text}`;
}

/** The package's warnings in the language, each once (several figures share some). */
export function warningLines(p: BenchmarkParts): string[] {
  return [...new Set(p.doc.warnings.map((w) => warningLine(p, w)))];
}

/** The warnings about the figures of `ids`, each once, as the web shows them on their rows. */
export function figureWarningLines(p: BenchmarkParts, ids: ReadonlySet<string>): string[] {
  const lines = p.doc.warnings
    .filter((w) => w.keyFigureId !== null && ids.has(w.keyFigureId))
    .map((w) => warningLine(p, w));
  return [...new Set(lines)];
}

/** The share of the included money in each year kind: "regnskab 100 %". */
function kindShares(p: BenchmarkParts): string {
  return Object.entries(p.doc.yearKinds)
    .map(
      ([k, share]) =>
        `${yearKindWord(k as YearKind, p.lang)} ${formatPercent(p.lang, (share ?? 0) * 100, 0)}`,
    )
    .join(', ');
}

/** "The package total": the sum without overlaps, per theme, with coverage and warnings. */
export function packageSection(p: BenchmarkParts): ReportSection {
  const { lang, doc } = p;
  const prices = pricesOf(p);
  const total = totalNote(p);
  const coverage = coverageNote(p);
  const blocks: Block[] = [
    paragraph([
      {
        text: say(
          lang,
          `Potentialet i alt er ${kr(lang, doc.total.positive)} (${prices}, ${yearLabelOf(p)})`,
          `The total potential is ${kr(lang, doc.total.positive)} (${prices}, ${yearLabelOf(p)})`,
        ),
        note: total,
      },
      {
        text: say(
          lang,
          `; nettopositionen er ${kr(lang, doc.total.signed)}. Benchmark: ${doc.levelNameDa}.`,
          `; the net position is ${kr(lang, doc.total.signed)}. Benchmark: ${doc.levelNameEn}.`,
        ),
      },
    ]),
    paragraph([
      {
        text:
          doc.coverage.share === null
            ? say(lang, 'Dækningsgraden kan ikke beregnes', 'The coverage cannot be computed') +
              (doc.coverage.reasonDa !== null && doc.coverage.reasonDa !== ''
                ? `: ${doc.coverage.reasonDa}`
                : '.')
            : say(
                lang,
                `Pakken dækker ${formatPercent(lang, doc.coverage.share * 100, 1)} af nettodriftsudgifterne`,
                `The package covers ${formatPercent(lang, doc.coverage.share * 100, 1)} of net operating expenditure`,
              ),
        note: coverage,
      },
      { text: say(lang, `. Årets art: ${kindShares(p)}.`, `. Year kind: ${kindShares(p)}.`) },
    ]),
    {
      kind: 'table',
      caption: say(lang, 'Potentiale pr. tema', 'Potential by theme'),
      columns: [
        { label: say(lang, 'Tema', 'Theme'), align: 'left' },
        { label: say(lang, 'Nøgletal talt med', 'Figures counted'), align: 'right' },
        {
          label: say(lang, `Potentiale (${prices})`, `Potential (${prices})`),
          align: 'right',
          note: total,
        },
        { label: say(lang, `Netto (${prices})`, `Net (${prices})`), align: 'right', note: total },
      ],
      rows: doc.themes.map((t) => [
        themeTitle(t.theme, t.nameDa, lang),
        num(lang, t.total.included.length),
        kr(lang, t.total.positive),
        kr(lang, t.total.signed),
      ]),
      total: [
        say(lang, 'I alt (uden overlap)', 'Total (without overlaps)'),
        num(lang, doc.total.included.length),
        kr(lang, doc.total.positive),
        kr(lang, doc.total.signed),
      ],
      notes: [
        say(
          lang,
          `Beløb i ${prices}, ${yearLabelOf(p)}. Et nøgletal, der står under flere temaer, tælles kun med én gang i totalen.`,
          `Amounts in ${prices}, ${yearLabelOf(p)}. A figure under several themes is counted once in the total.`,
        ),
      ],
    },
  ];
  // The package's own warnings here; those about one figure stand under its theme's table.
  const whole = [
    ...new Set(doc.warnings.filter((w) => w.keyFigureId === null).map((w) => warningLine(p, w))),
  ];
  const perFigure = warningLines(p).length - whole.length;
  blocks.push({ kind: 'heading', text: say(lang, 'Advarsler', 'Warnings') });
  blocks.push(
    whole.length === 0
      ? paragraph(
          say(
            lang,
            'Ingen advarsler om pakken som helhed.',
            'No warnings about the package as a whole.',
          ),
          'note',
        )
      : { kind: 'list', items: whole },
  );
  if (perFigure > 0)
    blocks.push(
      paragraph(
        say(
          lang,
          `${perFigure} advarsler om enkelte nøgletal står under deres temaer.`,
          `${perFigure} warnings about single figures stand under their themes.`,
        ),
        'note',
      ),
    );
  if (doc.withoutData.length > 0)
    blocks.push(
      paragraph(
        say(
          lang,
          `${doc.withoutData.length} nøgletal har ingen værdier i ${doc.year} og er ikke med i pakken.`,
          `${doc.withoutData.length} figures have no values in ${doc.year} and are not in the package.`,
        ),
        'note',
      ),
    );
  return { id: 'package', title: say(lang, 'Potentialepakken', 'The potential package'), blocks };
}

/** The figures counted in the total with a positive potential, largest first. */
export function rankedRows(p: BenchmarkParts): { theme: string; row: PackageRow }[] {
  const included = new Set(p.doc.total.included);
  const seen = new Set<string>();
  const rows: { theme: string; row: PackageRow }[] = [];
  for (const t of p.doc.themes)
    for (const row of t.figures) {
      if (row.countedIn !== null || !included.has(row.keyFigureId) || seen.has(row.keyFigureId))
        continue;
      if (row.potential === null || row.potential <= 0) continue;
      seen.add(row.keyFigureId);
      rows.push({ theme: themeTitle(t.theme, t.nameDa, p.lang), row });
    }
  return rows.sort(
    (a, b) =>
      (b.row.potential ?? 0) - (a.row.potential ?? 0) ||
      a.row.keyFigureId.localeCompare(b.row.keyFigureId),
  );
}

/** "The top potentials": the ten largest counted potentials. */
export function topPotentialsSection(p: BenchmarkParts): ReportSection {
  const { lang } = p;
  const top = rankedRows(p).slice(0, 10);
  const prices = pricesOf(p);
  const potential = potentialNote(p);
  const title = say(lang, 'De største potentialer', 'The largest potentials');
  if (top.length === 0)
    return {
      id: 'top-potentials',
      title,
      blocks: [
        paragraph(
          say(
            lang,
            `Ingen nøgletal har et positivt potentiale i ${p.doc.year}: kommunen ligger på eller under benchmark på alle de nøgletal, der tælles med.`,
            `No figure has a positive potential in ${p.doc.year}: the municipality is at or below the benchmark on every figure counted.`,
          ),
          'note',
        ),
      ],
    };
  return {
    id: 'top-potentials',
    title,
    blocks: [
      {
        kind: 'table',
        caption: say(
          lang,
          'De største potentialer, talt med i totalen',
          'The largest potentials counted in the total',
        ),
        columns: [
          { label: '#', align: 'right' },
          { label: say(lang, 'Nøgletal', 'Key figure'), align: 'left' },
          { label: say(lang, 'Tema', 'Theme'), align: 'left' },
          { label: say(lang, 'Egen', 'Own'), align: 'right' },
          { label: 'Benchmark', align: 'right', note: potential },
          { label: say(lang, 'Volumen', 'Volume'), align: 'right' },
          {
            label: say(lang, `Potentiale (${prices})`, `Potential (${prices})`),
            align: 'right',
            note: potential,
          },
        ],
        rows: top.map(({ theme, row }, k) => [
          String(k + 1),
          figureName(row.keyFigureId, lang, row.nameDa),
          theme,
          num(lang, row.value),
          num(lang, row.benchmark, 1),
          num(lang, row.volume),
          kr(lang, row.potential),
        ]),
        notes: [
          say(
            lang,
            `Enhedsudgifter i ${prices}, ${yearLabelOf(p)}. Status: ${packageStatusWord('included', lang)}.`,
            `Unit costs in ${prices}, ${yearLabelOf(p)}. Status: ${packageStatusWord('included', lang)}.`,
          ),
        ],
      },
    ],
  };
}
