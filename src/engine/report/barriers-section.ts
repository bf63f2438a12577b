import {
  BARRIER_STATE_NAMES_DA,
  BARRIER_STATE_NAMES_EN,
  type Barrier,
  type Block,
  type ReportLang,
  type ReportSection,
  type Run,
  type Text,
} from '../../core/index.ts';
import { rankedList } from '../barrier-level.ts';
import type { ReportContext } from './context.ts';
import { absent, krText, pick, priceText, safeHref } from './text.ts';

/** The rule as text: the law and paragraph, linked only to an http(s) address. */
function ruleText(b: Barrier): Text {
  const text = [b.law.name, b.law.paragraph].filter((s) => s !== '').join(' ');
  const href = b.law.url === null ? undefined : safeHref(b.law.url);
  const run: Run = href === undefined ? { text } : { text, href };
  return [run];
}

function roleText(lang: ReportLang, b: Barrier, code: string): string {
  return b.municipality === code
    ? pick(lang, 'indberettet', 'reported')
    : pick(lang, 'støttet', 'seconded');
}

function answerText(lang: ReportLang, b: Barrier): string {
  if (b.answer === null) return pick(lang, 'Ikke besvaret endnu', 'Not answered yet');
  return `${b.answer.text} (${b.answer.at.slice(0, 10)})`;
}

/**
 * The rule barriers (issue 18) the municipality reported or seconded, in the national list's
 * order (rankedList: support, then the estimate): title, rule, its part, support, the blocked
 * efficiency in one price level, the state and the national editor's answer.
 */
export async function barriersSection(ctx: ReportContext): Promise<ReportSection> {
  const { db, lang, code } = ctx;
  const title = pick(lang, 'Regelbarrierer', 'Rule barriers');
  const { level, ranked } = await rankedList(db, { municipality: code });
  if (ranked.length === 0)
    return {
      id: 'barriers',
      title,
      blocks: [
        absent(
          pick(
            lang,
            'Kommunen har hverken indberettet eller støttet en regelbarriere. Kommunens redaktører indberetter og støtter dem under Regelbarrierer (/regelbarrierer).',
            'The municipality has neither reported nor seconded a rule barrier. Its editors report and second them under Rule barriers (/regelbarrierer).',
          ),
        ),
      ],
    };
  const states = lang === 'da' ? BARRIER_STATE_NAMES_DA : BARRIER_STATE_NAMES_EN;
  const levelText = priceText(lang, level.target);
  const table: Block = {
    kind: 'table',
    caption: pick(
      lang,
      `Regelbarrierer, kommunen har indberettet eller støttet (kr. om året, ${levelText})`,
      `Rule barriers the municipality reported or seconded (DKK a year, ${levelText})`,
    ),
    columns: [
      { label: pick(lang, 'Barriere', 'Barrier'), align: 'left' },
      { label: pick(lang, 'Regel', 'Rule'), align: 'left' },
      { label: pick(lang, 'Kommunen har', 'The municipality'), align: 'left' },
      { label: pick(lang, 'Støttet af', 'Seconded by'), align: 'right' },
      { label: pick(lang, 'Skøn i alt', 'Total estimate'), align: 'right' },
      { label: pick(lang, 'Status', 'State'), align: 'left' },
      { label: pick(lang, 'Svar', 'Answer'), align: 'left' },
    ],
    rows: ranked.map((s) => [
      s.barrier.title,
      ruleText(s.barrier),
      roleText(lang, s.barrier, code),
      String(s.seconds),
      s.total === 0 && s.unconverted === 0 ? '–' : krText(lang, s.total),
      states[s.barrier.state],
      answerText(lang, s.barrier),
    ]),
    notes: [
      pick(
        lang,
        `Skønnet er de indberettende og støttende kommuners egne skøn over den effektivisering, reglen blokerer, hver kommune talt én gang, i ${levelText}. Ordnet som den nationale liste: efter antal støttende kommuner, derefter skøn.`,
        `The estimate is the reporting and seconding municipalities’ own estimates of the efficiency the rule blocks, each municipality counted once, in ${levelText}. Ordered as the national list: by the number of seconding municipalities, then the estimate.`,
      ),
      ...(level.note ? [level.note[lang]] : []),
    ],
  };
  return { id: 'barriers', title, blocks: [table] };
}
