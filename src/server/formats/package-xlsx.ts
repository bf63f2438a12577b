import type ExcelJS from 'exceljs';
import {
  ATTRIBUTIONS,
  THEMES,
  OVERLAP_RULE_DA,
  OVERLAP_RULE_EN,
  PACKAGE_EXPORT_WORDS,
  findMunicipality,
  formatPercent,
  groupsAreShared,
  priceLevelLabel,
  roundTo,
  themeName,
  topPotentials,
  yearKindWord,
  type ExportLanguage,
  type Theme,
  type YearKind,
} from '../../core/index.ts';
import type { PackageDocument } from '../contract.ts';
import { figureDecimals, figureName, figureUnit, type PackageTable } from './package-table.ts';

/** Whole kroner (and counts) in the reader's separators: 1.234.567 in a Danish Excel. */
export const KRONER_FORMAT = '#,##0';
/** A number with exactly d decimals: "#,##0.0" for d = 1. */
export const decimalsFormat = (d: number): string =>
  d <= 0 ? KRONER_FORMAT : `#,##0.${'0'.repeat(d)}`;

const KIND_ORDER: readonly YearKind[] = ['accounts', 'budget', 'estimate'];
const DENOMINATORS_EN: Readonly<Record<string, string>> = {
  'nettodriftsudgifter-pr-indb': 'net operating expenditure',
  'serviceudgifter-pr-indb': 'service expenditure',
};

/**
 * The package as a workbook for a meeting (issue 14): a summary sheet (municipality, year and
 * its kind, price level, benchmark level, the peer group(s) with members and how they were
 * chosen, the totals, the theme totals, the 10 largest potentials, the warnings in words), a
 * figures sheet with every column as a number with its display format, and a sources sheet.
 * Everything is read from the JSON answer `doc`, so the file says what the screen says.
 */
export async function packageWorkbook(
  doc: PackageDocument,
  table: PackageTable,
  lang: ExportLanguage,
  levelName: string,
): Promise<Uint8Array> {
  // Loaded on the first XLSX answer: exceljs takes ~0,5 s to load.
  const { default: excel } = await import('exceljs');
  const wb: ExcelJS.Workbook = new excel.Workbook();
  wb.creator = 'Potentiale';
  const w = PACKAGE_EXPORT_WORDS[lang];
  const priceLabel = priceLevelLabel(doc.prices, doc.year, lang);
  summarySheet(wb.addWorksheet(w.sheets.summary), doc, lang, levelName, priceLabel);
  figuresSheet(
    wb.addWorksheet(w.sheets.figures, { views: [{ state: 'frozen', ySplit: 1 }] }),
    table,
  );
  sourcesSheet(wb.addWorksheet(w.sheets.sources), doc, lang);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const memberName = (code: string) => `${findMunicipality(code)?.name ?? code} (${code})`;

function summarySheet(
  ws: ExcelJS.Worksheet,
  doc: PackageDocument,
  lang: ExportLanguage,
  levelName: string,
  priceLabel: string,
) {
  const w = PACKAGE_EXPORT_WORDS[lang];
  ws.getColumn(1).width = 44;
  for (const c of [2, 3, 4, 5, 6, 7]) ws.getColumn(c).width = 18;
  ws.getColumn(2).width = 48;
  const heading = (text: string) => {
    ws.addRow([]);
    ws.addRow([text]).font = { bold: true, size: 12 };
  };
  const pair = (label: string, value: string | number, numFmt?: string) => {
    const row = ws.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    if (numFmt !== undefined) row.getCell(2).numFmt = numFmt;
    return row;
  };
  const header = (cells: readonly string[]) => {
    const row = ws.addRow([...cells]);
    row.font = { bold: true };
    return row;
  };

  ws.addRow([`${w.title}: ${doc.municipality.name}`]).font = { bold: true, size: 14 };
  ws.addRow([w.amountsIn(priceLabel)]);
  ws.addRow([]);
  pair(w.municipality, `${doc.municipality.name} (${doc.municipality.code})`);
  pair(
    w.year,
    doc.yearChosenByDefault ? `${doc.year} (${w.yearChosenByDefault})` : String(doc.year),
  );
  const kinds = KIND_ORDER.filter((k) => (doc.yearKinds[k] ?? 0) > 0);
  pair(
    w.yearKind,
    kinds.length > 1
      ? `${yearKindWord(doc.yearKind, lang)}; ${w.kindsOfMoney(
          kinds
            .map(
              (k) =>
                `${yearKindWord(k, lang)} ${formatPercent(lang, (doc.yearKinds[k] ?? 0) * 100)}`,
            )
            .join(', '),
        )}`
      : yearKindWord(doc.yearKind, lang),
  );
  pair(w.prices, priceLabel);
  pair(w.level, `${levelName} (${doc.level})`);
  const share = doc.coverage.share;
  const denominator =
    lang === 'en'
      ? (DENOMINATORS_EN[doc.coverage.denominatorKeyFigureId ?? ''] ?? doc.coverage.denominatorDa)
      : doc.coverage.denominatorDa;
  pair(
    w.coverage,
    share === null || denominator === null
      ? w.coverageUnknown
      : w.coverageOf(formatPercent(lang, share * 100), denominator),
  );

  // The group(s) as the answer describes them: one when every theme has the same group.
  const order = (t: string) => THEMES.indexOf(t as Theme);
  const groups = (Object.entries(doc.groups) as [string, PackageDocument['groups'][string]][]).sort(
    ([a], [b]) => order(a) - order(b),
  );
  // "10 nærmeste på rammevilkår (2019)" already names the year of the structural conditions.
  const chosen = (g: PackageDocument['groups'][string]) => {
    const name = lang === 'en' ? g.nameEn : g.nameDa;
    return g.structureYear === null || name.includes(String(g.structureYear))
      ? name
      : `${name}; ${w.structureYear} ${g.structureYear}`;
  };
  const first = groups[0]?.[1];
  if (first !== undefined && groupsAreShared(doc.groups)) {
    heading(w.group);
    pair(w.groupChosen, chosen(first));
    pair(w.members, `${first.members.length}: ${first.members.map(memberName).join(', ')}`);
  } else if (groups.length > 0) {
    heading(w.groupsByTheme);
    header([w.columns.theme, w.groupChosen, w.members]);
    for (const [theme, g] of groups) {
      const row = ws.addRow([
        themeName(theme as Theme, lang),
        chosen(g),
        `${g.members.length}: ${g.members.map(memberName).join(', ')}`,
      ]);
      row.alignment = { wrapText: true, vertical: 'top' };
    }
  }

  heading(w.totals);
  pair(`${w.positive} (${priceLabel})`, roundTo(doc.total.positive, 0) ?? 0, KRONER_FORMAT);
  pair(`${w.signed} (${priceLabel})`, roundTo(doc.total.signed, 0) ?? 0, KRONER_FORMAT);
  pair(`${w.money} (${priceLabel})`, roundTo(doc.total.money, 0) ?? 0, KRONER_FORMAT);
  pair(w.counted, doc.total.included.length, KRONER_FORMAT);

  heading(w.themeTotals);
  header([
    w.columns.theme,
    `${w.positive} (${priceLabel})`,
    `${w.signed} (${priceLabel})`,
    w.counted,
  ]);
  const money = (row: ExcelJS.Row) => {
    for (const c of [2, 3, 4]) row.getCell(c).numFmt = KRONER_FORMAT;
  };
  for (const t of doc.themes) {
    money(
      ws.addRow([
        themeName(t.theme, lang),
        roundTo(t.total.positive, 0),
        roundTo(t.total.signed, 0),
        t.total.included.length,
      ]),
    );
  }
  const all = ws.addRow([
    w.allThemes,
    roundTo(doc.total.positive, 0),
    roundTo(doc.total.signed, 0),
    doc.total.included.length,
  ]);
  all.font = { bold: true };
  money(all);

  const top = topPotentials(doc.themes, 10);
  heading(w.top(10));
  if (top.length === 0) ws.addRow([w.noTop]);
  else {
    header([
      w.rank,
      w.columns.name,
      w.columns.theme,
      w.columns.unit,
      w.columns.value,
      w.columns.benchmark(doc.level),
      w.columns.potential(priceLabel),
      w.warnings,
    ]);
    for (const { rank, theme, figure } of top) {
      const d = figureDecimals(figure);
      const codes = [
        ...new Set(
          doc.warnings
            .filter((x) => x.keyFigureId === figure.keyFigureId)
            .map((x) => w.warningCodes[x.code]),
        ),
      ];
      const row = ws.addRow([
        rank,
        figureName(figure, lang),
        themeName(theme.theme, lang),
        figureUnit(figure.keyFigureId, priceLabel),
        roundTo(figure.value, d),
        roundTo(figure.benchmark, d),
        roundTo(figure.potential, 0),
        codes.join('; '),
      ]);
      row.getCell(5).numFmt = decimalsFormat(d);
      row.getCell(6).numFmt = decimalsFormat(d);
      row.getCell(7).numFmt = KRONER_FORMAT;
      row.alignment = { wrapText: true, vertical: 'top' };
    }
  }

  heading(w.warnings);
  if (doc.warnings.length === 0) ws.addRow([w.noWarnings]);
  const names = new Map(
    doc.themes.flatMap((t) => t.figures.map((f) => [f.keyFigureId, figureName(f, lang)] as const)),
  );
  for (const x of doc.warnings) {
    const about =
      x.keyFigureId === null ? w.wholePackage : (names.get(x.keyFigureId) ?? x.keyFigureId);
    const row = ws.addRow([
      `${w.warningCodes[x.code]}: ${about}`,
      lang === 'da' ? x.messageDa : x.messageEn,
    ]);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
  ws.addRow([]);
  ws.addRow([w.landkort]).font = { italic: true };
}

function figuresSheet(ws: ExcelJS.Worksheet, table: PackageTable) {
  ws.columns = table.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.min(40, Math.max(10, c.header.length + 2)),
  }));
  ws.getColumn('name').width = 48;
  ws.getColumn('theme').width = 32;
  ws.getColumn('unit').width = 30;
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  for (const r of table.rows) {
    const row = ws.addRow(r);
    for (const c of table.columns) {
      if (!('numeric' in c) || !c.numeric) continue;
      row.getCell(c.key).numFmt =
        c.key === 'value' || c.key === 'benchmark' ? decimalsFormat(r.decimals) : KRONER_FORMAT;
    }
  }
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1 + table.rows.length, column: table.columns.length },
  };
}

function sourcesSheet(ws: ExcelJS.Worksheet, doc: PackageDocument, lang: ExportLanguage) {
  const s = PACKAGE_EXPORT_WORDS[lang].sources;
  const used = [ATTRIBUTIONS.noegletal, ATTRIBUTIONS.statbank];
  const da = lang === 'da';
  ws.getColumn(1).width = 28;
  for (const c of [2, 3, 4]) ws.getColumn(c).width = 40;
  ws.getColumn(5).width = 32;
  ws.getColumn(6).width = 40;
  ws.addRow([s.heading]).font = { bold: true, size: 14 };
  ws.addRow([]);
  ws.addRow([s.source, s.publisher, s.product, s.citation, s.url, s.licence]).font = {
    bold: true,
  };
  for (const a of used) {
    ws.addRow([
      a.id,
      da ? a.publisherDa : a.publisherEn,
      da ? a.productDa : a.productEn,
      da ? a.citationDa : a.citationEn,
      a.url,
      a.licence ?? s.noLicence,
    ]);
  }
  ws.addRow([]);
  ws.addRow([s.cite(used.map((a) => (da ? a.citationDa : a.citationEn)).join('; '))]);
  const indexSources = [
    ...new Set(
      doc.themes.flatMap((t) =>
        t.figures.flatMap((f) =>
          f.priceConversion?.converted && f.priceConversion.index
            ? [f.priceConversion.index.source]
            : [],
        ),
      ),
    ),
  ];
  if (indexSources.length > 0) ws.addRow([s.priceIndex(indexSources.join(', '))]);
  ws.addRow([]);
  ws.addRow([s.rule]).font = { bold: true };
  const rule = ws.addRow([da ? OVERLAP_RULE_DA : OVERLAP_RULE_EN]);
  ws.mergeCells(rule.number, 1, rule.number, 6);
  rule.alignment = { wrapText: true, vertical: 'top' };
  rule.height = 90;
}
