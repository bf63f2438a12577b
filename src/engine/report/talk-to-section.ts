import {
  CATALOGUE,
  ITEM_KIND_NAMES_DA,
  ITEM_KIND_NAMES_EN,
  PotentialeError,
  SCORE_RULE_DA,
  YEAR_KIND_DA,
  YEAR_KIND_EN,
  formatNumber,
  formatPercent,
  formatWithUnit,
  unitText,
  type Block,
  type KeyFigure,
  type ReportLang,
  type ReportSection,
  type Run,
  type TalkToEntry,
  type Text,
} from '../../core/index.ts';
import { gapItems, type GapItem } from '../gap-items.ts';
import { requireKeyFigure } from '../key-figure.ts';
import { computeTalkToFor, type TalkToAnswer } from '../talk-to.ts';
import type { ReportContext } from './context.ts';
import { absent, peerSpec, pick, plain, portalPath, priceText, safeHref } from './text.ts';

/** Whom to talk to per figure: the five best placed (the web page lists ten, with room). */
export const TALK_TO_PER_FIGURE = 5;

/** How many of the top potentials' figures the section covers. */
const MAX_FIGURES = 5;

const SCORE_RULE_EN =
  'Score = advantage in standard deviations ÷ (1 + structural distance): the advantage is ' +
  'the difference from your value in the good direction divided by the key figure’s ' +
  'standard deviation across all municipalities, and the distance is the weighted distance ' +
  'on structural conditions, as in the comparison group. A large difference and a close ' +
  'likeness both pull up.';

const nameEn = (id: string, nameDa: string) => CATALOGUE.find((k) => k.id === id)?.nameEn ?? nameDa;

/** The engine explains an entry in Danish; English composes the same fields. */
function reasonOf(lang: ReportLang, e: TalkToEntry, unit: string): string {
  if (lang === 'da') return e.reasonDa;
  const names = (verdicts: readonly string[]) =>
    e.counterparts
      .filter((c) => verdicts.includes(c.verdict))
      .map((c) => nameEn(c.keyFigureId, c.nameDa));
  const notWorse = names(['better', 'equal']);
  const unknown = names(['unknown']);
  const relative =
    e.relativeAdvantage === null
      ? ''
      : ` (${formatPercent('en', Math.abs(e.relativeAdvantage) * 100, 1)} better)`;
  return [
    `${e.name} has ${formatWithUnit('en', e.value, unit)} against your ${formatWithUnit('en', e.ownValue, unit)}${relative}.`,
    `It is ${e.inPeerGroup ? 'in your peer group' : 'among the nearest outside your peer group'}, structural distance ${formatNumber('en', e.distance, 2)}.`,
    notWorse.length > 0 ? `Not worse on: ${notWorse.join('; ')}.` : '',
    unknown.length > 0 ? `Unknown (missing data): ${unknown.join('; ')}.` : '',
  ]
    .filter((s) => s !== '')
    .join(' ');
}

/** The figure's unit with the price level and year kind of the values, for the caption. */
function unitLine(lang: ReportLang, a: TalkToAnswer, year: number): string {
  const unit = unitText(lang, a.keyFigure.unit);
  const p = a.values;
  if (!p) return unit;
  const kind = (lang === 'da' ? YEAR_KIND_DA : YEAR_KIND_EN)[p.yearKind];
  const level = p.prices === null ? null : priceText(lang, p.prices, year);
  return [unit, level, `${kind} ${year}`].filter((s) => s !== null).join(', ');
}

/** An item as text: its title (a link only to its own http(s) address), kind, peer and page. */
function itemText(lang: ReportLang, g: GapItem): Text {
  const href = g.item.links.map((l) => safeHref(l.url)).find((u) => u !== undefined);
  const kind = (lang === 'da' ? ITEM_KIND_NAMES_DA : ITEM_KIND_NAMES_EN)[g.item.kind];
  const title: Run = href === undefined ? plain(g.item.title) : { text: g.item.title, href };
  return [title, plain(` (${kind}, ${g.peer.name}; ${portalPath(g.item.id)})`)];
}

async function figureBlocks(
  ctx: ReportContext,
  figure: { id: string; name: string },
  rule: number,
): Promise<Block[]> {
  const { db, lang, code, year } = ctx;
  const heading: Block = { kind: 'heading', text: figure.name };
  let keyFigure: KeyFigure;
  let answer: TalkToAnswer;
  try {
    keyFigure = await requireKeyFigure(db, figure.id);
    answer = await computeTalkToFor(db, {
      code,
      keyFigure,
      year,
      peers: peerSpec(ctx),
      limit: TALK_TO_PER_FIGURE,
    });
  } catch (e) {
    if (!(e instanceof PotentialeError) || e.kind === 'internal' || e.kind === 'database') throw e;
    return [
      heading,
      absent(pick(lang, `Ingen at tale med: ${e.message}.`, `No one to talk to: ${e.message}.`)),
    ];
  }
  const entries = answer.result.entries;
  if (entries.length === 0) {
    const why =
      lang === 'da' && answer.result.unavailableDa !== undefined
        ? answer.result.unavailableDa
        : pick(
            lang,
            'Ingen sammenlignelig kommune gør det bedre på nøgletallet uden at være dårligere på de tilknyttede nøgletal.',
            'No comparable municipality does better on this key figure without doing worse on the linked figures.',
          );
    return [heading, absent(why)];
  }
  const unit = keyFigure.unit;
  const table: Block = {
    kind: 'table',
    caption: pick(
      lang,
      `Hvem gør det bedre på ${figure.name} (${unitLine(lang, answer, year)})`,
      `Who does better on ${figure.name} (${unitLine(lang, answer, year)})`,
    ),
    columns: [
      { label: pick(lang, 'Kommune', 'Municipality'), align: 'left' },
      { label: pick(lang, 'Værdi', 'Value'), align: 'right' },
      { label: pick(lang, 'Begrundelse', 'Reason'), align: 'left', note: rule },
    ],
    rows: entries.map((e) => [
      e.name,
      formatWithUnit(lang, e.value, unit),
      reasonOf(lang, e, unit),
    ]),
    notes: [
      pick(
        lang,
        `Kommunens egen værdi: ${formatWithUnit('da', answer.result.ownValue, unit)}.`,
        `The municipality's own value: ${formatWithUnit('en', answer.result.ownValue, unit)}.`,
      ),
    ],
  };
  const shown = new Set(entries.map((e) => e.code));
  const items = (
    await gapItems(
      db,
      { code, keyFigure, year, peers: peerSpec(ctx) },
      (i) => i.visibility === 'public',
    )
  ).filter((g) => shown.has(g.peer.code));
  const portal: Block[] =
    items.length === 0
      ? [
          {
            kind: 'paragraph',
            tone: 'note',
            text: pick(
              lang,
              'De nævnte kommuner har intet offentliggjort i videnportalen om nøgletallet endnu.',
              'The municipalities named have published nothing on this key figure in the knowledge portal yet.',
            ),
          },
        ]
      : [
          {
            kind: 'paragraph',
            text: pick(
              lang,
              'Deres indhold i videnportalen:',
              'Their items in the knowledge portal:',
            ),
          },
          { kind: 'list', items: items.map((g) => itemText(lang, g)) },
        ];
  return [heading, table, ...portal];
}

/**
 * "Hvem kan I tale med?" for each of the top potentials' figures (at most five): the
 * comparable municipalities that do better (computeTalkToFor, the report's comparison group),
 * as a table with value and reason, and their published portal items on the figure (gapItems).
 */
export async function talkToSection(ctx: ReportContext): Promise<ReportSection> {
  const { lang } = ctx;
  const title = pick(lang, 'Hvem kan I tale med?', 'Whom could you talk to?');
  const figures = ctx.topFigures.slice(0, MAX_FIGURES);
  if (figures.length === 0)
    return {
      id: 'talk-to',
      title,
      blocks: [
        absent(
          pick(
            lang,
            'Kommunen har ingen potentialer at finde samtalepartnere til i det valgte år; vælg et andet år eller en anden sammenligningsgruppe.',
            'The municipality has no potentials to find someone to talk to about in the chosen year; choose another year or comparison group.',
          ),
        ),
      ],
    };
  const rule = ctx.formula(
    pick(lang, 'Hvem kan I tale med', 'Whom to talk to'),
    pick(lang, SCORE_RULE_DA, SCORE_RULE_EN),
  );
  const lead: Block = {
    kind: 'paragraph',
    text: pick(
      lang,
      'Kommuner, der ligner jer og gør det billigere (eller bedre) på nøgletallet uden at være dårligere på de tilknyttede kvalitetsnøgletal, ordnet efter lighed og forskellens størrelse. Det er et sted at begynde en samtale, ikke et facit.',
      'Municipalities that are like you and do it for less (or better) on the key figure without being worse on the linked quality figures, ranked by likeness and the size of the difference. A place to start a conversation, not a verdict.',
    ),
  };
  const blocks: Block[] = [lead];
  for (const figure of figures) blocks.push(...(await figureBlocks(ctx, figure, rule)));
  return { id: 'talk-to', title, blocks };
}
