import {
  DEVIATION_CAUSE_NAMES_DA,
  DEVIATION_CAUSE_NAMES_EN,
  FLAG_MIN_YEARS,
  FLAG_WINDOW,
  formatKr,
  formatPercent,
  type Block,
  type Deviation,
  type DeviationExplanation,
  type ReportLang,
  type ReportSection,
} from '../../core/index.ts';
import { budgetFollowUp } from '../budget.ts';
import type { ReportContext } from './context.ts';
import { absent, krText, peerSpec, pick, priceText } from './text.ts';

const DEVIATION_FORMULA = {
  da: 'Afvigelse = regnskab − budget (nettodriftsudgifter pr. indbygger på funktionen), i regnskabets prisniveau; i kr. = afvigelsen pr. indbygger × indbyggertallet; i % = afvigelsen pr. indbygger ÷ |budget pr. indbygger| × 100. Positiv: der blev brugt mere end budgetteret.',
  en: 'Deviation = accounts − budget (net operating expenditure per inhabitant on the function), in the accounts’ price level; in DKK = the deviation per inhabitant × the population; in % = the deviation per inhabitant ÷ |budget per inhabitant| × 100. Positive: more was spent than budgeted.',
};

const causeName = (lang: ReportLang, e: DeviationExplanation) =>
  (lang === 'da' ? DEVIATION_CAUSE_NAMES_DA : DEVIATION_CAUSE_NAMES_EN)[e.cause];

/**
 * Budget against accounts ("Spørg hvorfor", issue 18) as budgetFollowUp answers it: per area
 * in the newest year with both up to the report's year (else the newest there is), budget and
 * accounts per inhabitant, the deviation in kroner and per cent, whether it repeats, and the
 * municipality's public explanation; explanations of other years below.
 */
export async function budgetSection(ctx: ReportContext): Promise<ReportSection> {
  const { db, lang, code } = ctx;
  const title = pick(
    lang,
    'Budget mod regnskab: afvigelser og forklaringer',
    'Budget against accounts: deviations and explanations',
  );
  const f = await budgetFollowUp(db, { code, peers: peerSpec(ctx) });
  const years = [...new Set(f.areas.flatMap((a) => a.years.map((d) => d.year)))].sort();
  const year = [...years].reverse().find((y) => y <= ctx.year) ?? years[years.length - 1];
  if (!f.available || year === undefined)
    return {
      id: 'budget',
      title,
      blocks: [
        absent(
          !f.available
            ? pick(
                lang,
                'Der er ingen budgettal i databasen, så budget og regnskab kan ikke sammenlignes. Importér Danmarks Statistiks BUDK32 (potentiale fetch --tables BUDK32).',
                'The database holds no budget figures, so budget and accounts cannot be compared. Import Statistics Denmark’s BUDK32 (potentiale fetch --tables BUDK32).',
              )
            : pick(
                lang,
                'Kommunen har intet år med både budget og regnskab på de samme funktioner.',
                'The municipality has no year with both budget and accounts on the same functions.',
              ),
        ),
      ],
    };
  const explanations = f.explanations.filter(
    (e) => e.municipality === code && e.visibility === 'public',
  );
  const explained = (area: string, y: number) =>
    explanations.find((e) => e.area === area && e.year === y);
  const note = ctx.formula(
    pick(lang, 'Budgetafvigelse', 'Budget deviation'),
    DEVIATION_FORMULA[lang],
  );
  const rows = f.areas
    .flatMap((a) => {
      const d = a.years.find((x) => x.year === year);
      return d ? [{ a, d }] : [];
    })
    .sort((x, y) => Math.abs(y.d.perInhabitant) - Math.abs(x.d.perInhabitant));
  const levels = [...new Set(rows.map(({ d }) => priceText(lang, d.prices, year)))];
  const yes = pick(lang, 'ja', 'yes');
  const no = pick(lang, 'nej', 'no');
  const explanationText = (area: string, d: Deviation) => {
    const e = explained(area, d.year);
    return e ? `${causeName(lang, e)}: ${e.text}` : '–';
  };
  const table: Block = {
    kind: 'table',
    caption: pick(
      lang,
      `Budget ${year} mod regnskab ${year} pr. område (kr. pr. indbygger, ${levels.join('; ')})`,
      `Budget ${year} against accounts ${year} by area (DKK per inhabitant, ${levels.join('; ')})`,
    ),
    columns: [
      { label: pick(lang, 'Område', 'Area'), align: 'left' },
      { label: pick(lang, 'Budget', 'Budget'), align: 'right' },
      { label: pick(lang, 'Regnskab', 'Accounts'), align: 'right' },
      { label: pick(lang, 'Afvigelse (kr.)', 'Deviation (DKK)'), align: 'right', note },
      { label: pick(lang, 'Afvigelse (%)', 'Deviation (%)'), align: 'right', note },
      { label: pick(lang, 'Gentaget', 'Repeated'), align: 'left' },
      {
        label: pick(lang, 'Kommunens forklaring', 'The municipality’s explanation'),
        align: 'left',
      },
    ],
    rows: rows.map(({ a, d }) => [
      `${f.areaNames.get(a.area) ?? a.area} (${a.area})`,
      formatKr(lang, d.budget),
      formatKr(lang, d.accounts),
      krText(lang, d.amount),
      formatPercent(lang, d.percent),
      a.flagged ? yes : no,
      explanationText(a.area, d),
    ]),
    notes: [
      pick(
        lang,
        `Budget og regnskab for ${year} i regnskabets prisniveau (${levels.join('; ')}). Gentaget: over tærsklen (mindst ${f.threshold.percent} % af budgettet og ${f.threshold.perInhabitant} kr. pr. indbygger) i mindst ${FLAG_MIN_YEARS} af de ${FLAG_WINDOW} nyeste år med begge dele.`,
        `Budget and accounts for ${year} in the accounts’ price level (${levels.join('; ')}). Repeated: beyond the threshold (at least ${f.threshold.percent} % of the budget and DKK ${f.threshold.perInhabitant} per inhabitant) in at least ${FLAG_MIN_YEARS} of the ${FLAG_WINDOW} newest years with both.`,
      ),
      ...(f.skipped.length > 0
        ? [
            pick(
              lang,
              `${f.skipped.length} år er udeladt, fordi budgettet er i et andet prisniveau, som intet prisindeks når.`,
              `${f.skipped.length} year(s) left out because the budget is in another price level that no price index reaches.`,
            ),
          ]
        : []),
    ],
  };
  const others = explanations
    .filter((e) => e.year !== year)
    .sort((x, y) => y.year - x.year || x.area.localeCompare(y.area));
  const more: Block[] =
    others.length === 0
      ? []
      : [
          {
            kind: 'heading',
            text: pick(lang, 'Forklaringer fra andre år', 'Explanations of other years'),
          },
          {
            kind: 'list',
            items: others.map(
              (e) =>
                `${e.year}, ${f.areaNames.get(e.area) ?? e.area} (${e.area}): ${causeName(lang, e)}: ${e.text}`,
            ),
          },
        ];
  const none: Block[] =
    explanations.length === 0
      ? [
          {
            kind: 'paragraph',
            tone: 'note',
            text: pick(
              lang,
              `Kommunen har endnu ikke forklaret nogen afvigelse offentligt. Kommunens redaktører skriver forklaringerne under Budgetopfølgning (/budgetopfoelgning/${code}).`,
              `The municipality has not yet explained any deviation publicly. Its editors write the explanations under Budget follow-up (/budgetopfoelgning/${code}).`,
            ),
          },
        ]
      : [];
  return { id: 'budget', title, blocks: [table, ...more, ...none] };
}
