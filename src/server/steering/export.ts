import type ExcelJS from 'exceljs';
import { formatNumber } from '../../core/index.ts';
import type { presentAssessment } from './present.ts';

type Document = ReturnType<typeof presentAssessment>;
type Lang = 'da' | 'en';

/** Adds a sheet with a bold, frozen header row; cells are written as values, never formulas. */
function sheet(
  wb: ExcelJS.Workbook,
  name: string,
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow([...header]).font = { bold: true };
  for (const r of rows) ws.addRow([...r]);
  header.forEach((h, k) => {
    ws.getColumn(k + 1).width = Math.min(80, Math.max(12, h.length + 2));
  });
}

const round2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/**
 * An assessment's result as a workbook (issue 19): the centres with grade, spread and the
 * comparison, the findings, every statement, the data indicators with their price level and
 * year kind, the weakest fields with whom to call, and the history. The same numbers as
 * `GET /steering/assessments/{id}`.
 */
export async function assessmentWorkbook(d: Document, lang: Lang): Promise<Uint8Array> {
  const { default: excel } = await import('exceljs');
  const wb: ExcelJS.Workbook = new excel.Workbook();
  wb.creator = 'Potentiale';
  const da = lang === 'da';
  const name = (x: { nameDa: string; nameEn: string }) => (da ? x.nameDa : x.nameEn);
  const peers = new Map(d.comparison.peers.centres.map((c) => [c.id, c.mean]));
  const all = new Map(d.comparison.all.centres.map((c) => [c.id, c.mean]));
  sheet(
    wb,
    da ? 'Centre' : 'Centres',
    da
      ? [
          'center',
          'gennemsnit',
          'karakter',
          'spredning (SD)',
          'laveste',
          'højeste',
          'respondenter',
          'dataenes score',
          `sammenlignelige (${d.comparison.peers.n})`,
          `alle deltagere (${d.comparison.all.n})`,
        ]
      : [
          'centre',
          'mean',
          'grade',
          'spread (SD)',
          'lowest',
          'highest',
          'respondents',
          'data score',
          `peers (${d.comparison.peers.n})`,
          `all participants (${d.comparison.all.n})`,
        ],
    d.centres.map((c) => [
      name(c),
      round2(c.mean),
      c.grade,
      round2(c.sd),
      round2(c.min),
      round2(c.max),
      c.n,
      round2(c.dataScore),
      round2(peers.get(c.id) ?? null),
      round2(all.get(c.id) ?? null),
    ]),
  );
  sheet(
    wb,
    da ? 'Fund' : 'Findings',
    [da ? 'fund' : 'finding', da ? 'tekst' : 'text'],
    d.findings.map((f) => [f.kind, da ? f.textDa : f.textEn]),
  );
  sheet(
    wb,
    da ? 'Udsagn' : 'Statements',
    da
      ? ['id', 'center', 'udsagn', 'gennemsnit', 'laveste', 'højeste', 'svar', 'ved ikke']
      : ['id', 'centre', 'statement', 'mean', 'lowest', 'highest', 'answers', "don't know"],
    d.centres.flatMap((c) =>
      c.statements.map((s) => [
        s.id,
        name(c),
        da ? s.textDa : s.textEn,
        round2(s.mean),
        s.min,
        s.max,
        s.n,
        s.dontKnow,
      ]),
    ),
  );
  sheet(
    wb,
    da ? 'Dataindikatorer' : 'Data indicators',
    da
      ? [
          'indikator',
          'år',
          'værdi',
          'enhed',
          'prisniveau',
          'årstype',
          'gruppens median',
          'sammenlignelige',
          'relativ (%)',
          'score',
          'mangler fordi',
          'definition',
        ]
      : [
          'indicator',
          'years',
          'value',
          'unit',
          'price level',
          'year kind',
          "peers' median",
          'peers',
          'relative (%)',
          'score',
          'missing because',
          'definition',
        ],
    d.data.indicators.map((i) => [
      name(i),
      i.years.join('-'),
      round2(i.value),
      da ? i.unit : i.unitEn,
      i.prices === null
        ? ''
        : i.prices.basis === 'fixed'
          ? `${da ? 'faste' : 'fixed'} ${i.prices.year}`
          : da
            ? 'løbende'
            : 'current',
      i.yearKind === null
        ? ''
        : da
          ? i.yearKind === 'accounts'
            ? 'regnskab'
            : 'budget'
          : i.yearKind,
      round2(i.peerMedian),
      i.peers,
      round2(i.relative),
      i.score,
      (da ? i.missingDa : i.missingEn) ?? '',
      da ? i.definitionDa : i.definitionEn,
    ]),
  );
  sheet(
    wb,
    da ? 'Hvem kan I ringe til' : 'Whom to call',
    da
      ? [
          'svageste felt',
          'feltets score',
          'kommune',
          'kommunens score',
          'i gruppen',
          'lighed (rang)',
          'portalindhold',
        ]
      : [
          'weakest field',
          'field score',
          'municipality',
          "municipality's score",
          'in the group',
          'similarity (rank)',
          'portal items',
        ],
    d.weakest.flatMap((w) =>
      (w.calls.length > 0 ? w.calls : [null]).map((c) => [
        name(w),
        round2(w.score),
        c?.municipality.name ?? '',
        round2(c?.fieldScore ?? null),
        c === null ? '' : c.peer ? (da ? 'ja' : 'yes') : da ? 'nej' : 'no',
        c?.similarityRank ?? null,
        c?.items.map((i) => i.title).join('; ') ?? '',
      ]),
    ),
  );
  sheet(
    wb,
    da ? 'Over tid' : 'Over time',
    [
      da ? 'vurdering' : 'assessment',
      da ? 'dato' : 'date',
      ...d.centres.map(name),
      da ? 'dataenes score' : 'data score',
    ],
    d.history.map((h) => [
      h.title,
      h.createdAt.slice(0, 10),
      ...d.centres.map((c) => round2(h.centres.find((x) => x.id === c.id)?.mean ?? null)),
      round2(h.dataScore),
    ]),
  );
  const about = wb.addWorksheet(da ? 'Om' : 'About');
  for (const line of [
    `${d.title}, ${d.municipality.name} (${d.municipality.code})`,
    `${da ? 'Spørgeskema version' : 'Questionnaire version'} ${d.questionnaireVersion}; ${da ? 'dataversion' : 'data version'} ${d.dataVersion ?? '–'}`,
    da
      ? `Skala 1-5; karakter A fra 4,0, B fra 3,0, C under. Dataenes score: ${formatNumber('da', d.data.score, 1)}.`
      : `Scale 1-5; grade A from 4.0, B from 3.0, C below. The data's score: ${formatNumber('en', d.data.score, 1)}.`,
    da ? 'Metode: /metode#styring' : 'Method: /metode#styring',
  ])
    about.addRow([line]);
  about.getColumn(1).width = 100;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
