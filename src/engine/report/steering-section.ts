import {
  CENTRES,
  STEERING_TEXT,
  formatNumber,
  type Block,
  type ReportLang,
  type ReportSection,
} from '../../core/index.ts';
import { listAssessments } from '../../db/index.ts';
import { loadQuestionnaires } from '../questionnaires.ts';
import { steeringResult } from '../steering-result.ts';
import type { ReportContext } from './context.ts';
import { absent, pick } from './text.ts';

const one = (lang: ReportLang, v: number | null) => formatNumber(lang, v, 1);
const graded = (lang: ReportLang, v: number | null, grade: string | null) =>
  v === null ? '–' : `${one(lang, v)} (${grade ?? '–'})`;

/**
 * The steering self-assessment (issue 19) where the municipality shared it: its newest shared
 * assessment's result (steeringResult): the centres' means and grades beside the peers' and all
 * participants', the data's score, and the findings. Respondents are never named. Not shared
 * (or none): one line.
 */
export async function steeringSection(ctx: ReportContext): Promise<ReportSection> {
  const { db, lang, code } = ctx;
  const t = STEERING_TEXT[lang];
  const title = pick(lang, 'Styringsmodellens selvevaluering', 'The steering self-assessment');
  // Shared ones only: `visibleTo: []` leaves out every unshared assessment.
  const [assessment] = await listAssessments(db, { municipality: code, visibleTo: [] });
  if (!assessment)
    return {
      id: 'steering',
      title,
      blocks: [
        absent(
          pick(
            lang,
            'Kommunen har ikke delt en selvevaluering efter styringsmodellen. Den laves og deles under Styring (/styring).',
            'The municipality has not shared a self-assessment by the steering model. It is made and shared under Steering (/styring).',
          ),
        ),
      ],
    };
  const r = await steeringResult(db, loadQuestionnaires(), assessment);
  const data = assessment.data;
  const finished = r.responses.filter((x) => x.finishedAt !== null).length;
  const method = ctx.formula(
    pick(lang, 'Styringsmodellens score', 'The steering model’s score'),
    `${t.method(assessment.questionnaireVersion, assessment.dataVersion ?? '–')} /metode#styring.`,
  );
  const peersName = lang === 'da' ? data.peers.nameDa : data.peers.nameEn;
  const facts: Block = {
    kind: 'facts',
    items: [
      { label: t.assessment, value: assessment.title },
      { label: t.date, value: assessment.createdAt.slice(0, 10) },
      { label: t.respondentsN, value: t.respondents(finished, r.responses.length) },
      {
        label: t.dataScore,
        value: [{ text: graded(lang, data.score.score, data.score.grade), note: method }],
      },
      { label: pick(lang, 'Sammenligningsgruppe', 'Peer group'), value: peersName },
    ],
  };
  const about: Block = { kind: 'paragraph', text: t.about };
  if (finished === 0) return { id: 'steering', title, blocks: [about, facts, absent(t.empty)] };
  const centreName = (id: string) => {
    const c = r.questionnaire.centres.find((x) => x.id === id);
    return c ? (lang === 'da' ? c.nameDa : c.nameEn) : id;
  };
  const { peers, all } = r.comparison;
  const table: Block = {
    kind: 'table',
    caption: t.centresCaption,
    columns: [
      { label: t.centre, align: 'left' },
      { label: t.mean, align: 'right', note: method },
      { label: t.grade, align: 'left' },
      { label: t.respondentsN, align: 'right' },
      { label: t.peers(peers.n), align: 'right' },
      { label: t.all(all.n), align: 'right' },
      { label: t.dataScore, align: 'right', note: method },
    ],
    rows: CENTRES.map((id) => {
      const s = r.scores.find((x) => x.id === id);
      return [
        centreName(id),
        one(lang, s?.mean ?? null),
        s?.grade ?? '–',
        String(s?.n ?? 0),
        one(lang, peers.centres[id]),
        one(lang, all.centres[id]),
        id === 'economic-financial' ? graded(lang, data.score.score, data.score.grade) : '–',
      ];
    }),
  };
  const findings: Block[] = [
    { kind: 'heading', text: t.findingsHeading },
    r.findings.length === 0
      ? { kind: 'paragraph', text: t.noFindings }
      : { kind: 'list', items: r.findings.map((f) => (lang === 'da' ? f.textDa : f.textEn)) },
  ];
  return { id: 'steering', title, blocks: [about, facts, table, ...findings] };
}
