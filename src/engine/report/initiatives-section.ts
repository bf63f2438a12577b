import {
  INITIATIVE_STATUS_NAMES_DA,
  INITIATIVE_STATUS_NAMES_EN,
  VERDICT_DA,
  VERDICT_EN,
  type Block,
  type Initiative,
  type ReportLang,
  type ReportSection,
  type Text,
} from '../../core/index.ts';
import { listInitiatives } from '../../db/index.ts';
import { computeEffectFor, effectShared, type FigureEffectAnswer } from '../effect.ts';
import { sectorLevel, totalsIn } from '../sector-level.ts';
import type { ReportContext } from './context.ts';
import { absent, krText, pick, priceText } from './text.ts';

const EFFECT_FORMULA = {
  da: 'Effekttjekket sammenligner kommunens udvikling på hvert tilknyttet nøgletal efter startåret med en kontrolgruppe af de 20 mest lignende kommuner (dem med et initiativ på samme nøgletal udeladt), kun regnskabsår, i faste priser: forskel-i-forskelle mod gruppens gennemsnit og en syntetisk kontrol (den konvekse vægtning af kontrolgruppen, der passer bedst før start) med en placebotest. Synlig i nøgletallene: udgiften ligger under den syntetiske kontrol med mindst to gange nøgletallets normale udsving, forskel-i-forskelle peger samme vej, og kommunen er blandt den øverste tiendedel i placebotesten. Ikke synlig: udgiften ligger ikke under, eller kommunen er i den nederste halvdel. Ellers uklar. Ingen vurdering med færre end 3 regnskabsår før start eller en dårligere tilpasning før start end kontrolgruppens egen spredning. Beløbet = Σ over årene efter start af (kommunens værdi − den syntetiske kontrols) × volumen; negativt er en besparelse.',
  en: 'The effect check compares the municipality’s path on each linked key figure after the start year with a control group of the 20 most similar municipalities (those with an initiative on the same figure left out), accounts years only, in fixed prices: difference in differences against the group’s mean and a synthetic control (the convex weighting of the control group that fits best before the start) with a placebo test. Visible in the key figures: spending is below the synthetic control by at least twice the figure’s normal variation, difference in differences agrees, and the municipality is in the top tenth of the placebo test. Not visible: spending is not below it, or the municipality is in the lower half. Otherwise unclear. No verdict with fewer than 3 accounts years before the start or a pre-start fit worse than the control group’s own spread. The amount = Σ over the years after the start of (the municipality’s value − the synthetic control’s) × volume; negative is a saving.',
};

function verdictText(lang: ReportLang, f: FigureEffectAnswer): string {
  const v = f.check.verdict;
  if (v === null) return pick(lang, 'ingen vurdering', 'no verdict');
  return (lang === 'da' ? VERDICT_DA : VERDICT_EN)[v];
}

const figureName = (lang: ReportLang, f: FigureEffectAnswer) =>
  lang === 'da' ? f.keyFigure.nameDa : f.keyFigure.nameEn;

/** The effect check's estimate in kroner with its price level; a figure not in money has none. */
function estimateText(lang: ReportLang, f: FigureEffectAnswer): string {
  const total = f.check.total;
  if (total === null || f.prices === null || !Number.isFinite(total.synthetic)) return '–';
  return `${krText(lang, total.synthetic)}, ${priceText(lang, f.prices)}`;
}

/**
 * The municipality's public initiatives (issue 17) with the gains it reports, in the sector's
 * one price level (sectorLevel), and the effect check of each linked figure (computeEffectFor):
 * the verdict in words, the estimate in kroner and why, shown beside the claimed gain.
 */
export async function initiativesSection(ctx: ReportContext): Promise<ReportSection> {
  const { db, lang, code } = ctx;
  const title = pick(lang, 'Kommunens initiativer og effekttjek', 'Initiatives and effect checks');
  const initiatives = (await listInitiatives(db, { municipality: code })).filter(
    (i) => i.visibility === 'public',
  );
  if (initiatives.length === 0)
    return {
      id: 'initiatives',
      title,
      blocks: [
        absent(
          pick(
            lang,
            'Kommunen har ingen registrerede offentlige initiativer. Kommunens redaktører registrerer dem under Initiativer (/initiativer) eller med en XLSX-fil (potentiale initiatives import).',
            'The municipality has no registered public initiatives. Its editors register them under Initiatives (/initiativer) or from an XLSX file (potentiale initiatives import).',
          ),
        ),
      ],
    };
  const level = await sectorLevel(db);
  const shared = await effectShared(db, initiatives);
  const checks = new Map<number, FigureEffectAnswer[]>();
  for (const i of initiatives) checks.set(i.id, await computeEffectFor(db, i, shared));
  const effect = ctx.formula(pick(lang, 'Effekttjek', 'Effect check'), EFFECT_FORMULA[lang]);
  const statuses = lang === 'da' ? INITIATIVE_STATUS_NAMES_DA : INITIATIVE_STATUS_NAMES_EN;
  const levelText = priceText(lang, level.target);
  let unconverted = 0;
  const rows = initiatives.map((i: Initiative): Text[] => {
    const t = totalsIn(level, i);
    unconverted += t.unconverted;
    const verdicts = (checks.get(i.id) ?? []).map(
      (f) => `${figureName(lang, f)}: ${verdictText(lang, f)}`,
    );
    return [
      i.title,
      statuses[i.status],
      String(i.startYear),
      krText(lang, t.expected),
      krText(lang, t.realised),
      verdicts.length > 0 ? verdicts.join('; ') : pick(lang, 'intet nøgletal', 'no key figure'),
    ];
  });
  const notes = [
    pick(
      lang,
      `Beløb i kr., ${levelText}, lagt sammen over årene. Forventet gevinst er kommunens tal fra budgettet, realiseret gevinst fra regnskabet; begge er kommunens egne opgørelser.`,
      `Amounts in DKK, ${levelText}, summed over the years. The expected gain is the municipality’s figure from the budget, the realised gain from the accounts; both are the municipality’s own.`,
    ),
    ...(level.note ? [level.note[lang]] : []),
    ...(unconverted > 0
      ? [
          pick(
            lang,
            `${unconverted} gevinst(er) kunne ikke omregnes til ${levelText} og er ikke talt med.`,
            `${unconverted} gain(s) could not be converted to ${levelText} and are left out.`,
          ),
        ]
      : []),
  ];
  const table: Block = {
    kind: 'table',
    caption: pick(lang, `Initiativer (kr., ${levelText})`, `Initiatives (DKK, ${levelText})`),
    columns: [
      { label: pick(lang, 'Initiativ', 'Initiative'), align: 'left' },
      { label: pick(lang, 'Status', 'Status'), align: 'left' },
      { label: pick(lang, 'Start', 'Start'), align: 'right' },
      { label: pick(lang, 'Forventet (budget)', 'Expected (budget)'), align: 'right' },
      { label: pick(lang, 'Realiseret (regnskab)', 'Realised (accounts)'), align: 'right' },
      { label: pick(lang, 'Effekttjek', 'Effect check'), align: 'left', note: effect },
    ],
    rows,
    notes,
  };
  const checked = initiatives.flatMap((i) => (checks.get(i.id) ?? []).map((f) => ({ i, f })));
  const checkTable: Block[] =
    checked.length === 0
      ? []
      : [
          {
            kind: 'table',
            caption: pick(
              lang,
              'Effekttjek: kan gevinsten ses i nøgletallene?',
              'Effect check: does the gain show in the key figures?',
            ),
            columns: [
              { label: pick(lang, 'Initiativ', 'Initiative'), align: 'left' },
              { label: pick(lang, 'Nøgletal', 'Key figure'), align: 'left' },
              { label: pick(lang, 'Vurdering', 'Verdict'), align: 'left', note: effect },
              {
                label: pick(lang, 'Estimat (kr.)', 'Estimate (DKK)'),
                align: 'right',
                note: effect,
              },
              { label: pick(lang, 'Hvorfor', 'Why'), align: 'left' },
            ],
            rows: checked.map(({ i, f }) => [
              i.title,
              figureName(lang, f),
              verdictText(lang, f),
              estimateText(lang, f),
              // A refusal's reason starts "Ingen vurdering: …"; the verdict column says that.
              f.check.reason[lang].replace(/^(ingen vurdering|no verdict)\s*[:.]\s*/i, ''),
            ]),
            notes: [
              pick(
                lang,
                'Effekttjekket står ved siden af kommunens egen opgørelse af gevinsten, aldrig i stedet for den. Estimatet er i nøgletallets faste priser (se kolonnen) og regnskabsår.',
                'The effect check stands beside the municipality’s own account of the gain, never instead of it. The estimate is in the figure’s fixed prices (see the column) and accounts years.',
              ),
            ],
          },
        ];
  return { id: 'initiatives', title, blocks: [table, ...checkTable] };
}
