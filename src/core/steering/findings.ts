import { formatNumber } from '../format/index.ts';
import type { CentreScore } from './scores.ts';
import { meanOrNull } from './scores.ts';
import type { CentreId, Questionnaire } from './questionnaire.ts';
import { FINDING_THRESHOLDS as T } from './thresholds.ts';

/**
 * Findings of a result (issue 19): where the respondents, the centres or the data disagree.
 * Disagreement is a finding in itself: a steering model works only when the three centres see
 * the same picture.
 */
export type FindingKind =
  'data-gap' | 'respondent-spread' | 'statement-disagreement' | 'centre-gap' | 'home-view';

export interface Finding {
  readonly kind: FindingKind;
  readonly centre: CentreId | null;
  readonly statement: string | null;
  readonly textDa: string;
  readonly textEn: string;
  /** The numbers behind the text. */
  readonly values: Readonly<Record<string, number>>;
}

const da = (v: number) => formatNumber('da', v, 1);
const en = (v: number) => formatNumber('en', v, 1);

function names(q: Questionnaire, id: CentreId): { readonly da: string; readonly en: string } {
  const c = q.centres.find((x) => x.id === id);
  return { da: (c?.nameDa ?? id).toLowerCase(), en: (c?.nameEn ?? id).toLowerCase() };
}

function dataGap(q: Questionnaire, scores: readonly CentreScore[], data: number | null): Finding[] {
  const own = scores.find((s) => s.id === 'economic-financial')?.mean ?? null;
  if (own === null || data === null) return [];
  const gap = own - data;
  if (Math.abs(gap) < T.dataGap) return [];
  const n = names(q, 'economic-financial');
  const higherDa = gap > 0 ? 'højere' : 'lavere';
  const higherEn = gap > 0 ? 'higher' : 'lower';
  return [
    {
      kind: 'data-gap',
      centre: 'economic-financial',
      statement: null,
      textDa: `Selvvurderingen af ${n.da} (${da(own)}) er ${da(Math.abs(gap))} point ${higherDa} end dataenes score (${da(data)}). Tal om, hvad nøgletallene ikke viser, eller hvad I ikke ser.`,
      textEn: `The self-assessment of the ${n.en} (${en(own)}) is ${en(Math.abs(gap))} points ${higherEn} than the data's score (${en(data)}). Discuss what the key figures do not show, or what you do not see.`,
      values: { self: own, data, gap },
    },
  ];
}

function respondentSpread(q: Questionnaire, scores: readonly CentreScore[]): Finding[] {
  return scores.flatMap((s): Finding[] => {
    if (s.n < 2 || s.sd === null || s.min === null || s.max === null) return [];
    const range = s.max - s.min;
    if (s.sd < T.respondentSd && range < T.respondentRange) return [];
    const n = names(q, s.id);
    return [
      {
        kind: 'respondent-spread',
        centre: s.id,
        statement: null,
        textDa: `Respondenterne er uenige om ${n.da}: deres gennemsnit går fra ${da(s.min)} til ${da(s.max)} (spredning ${da(s.sd)}).`,
        textEn: `The respondents disagree on the ${n.en}: their means range from ${en(s.min)} to ${en(s.max)} (spread ${en(s.sd)}).`,
        values: { min: s.min, max: s.max, sd: s.sd, respondents: s.n },
      },
    ];
  });
}

function statementDisagreement(q: Questionnaire, scores: readonly CentreScore[]): Finding[] {
  return scores.flatMap((s) =>
    s.statements.flatMap((st): Finding[] => {
      if (st.min === null || st.max === null || st.max - st.min < T.statementRange) return [];
      const text = q.centres.flatMap((c) => c.statements).find((x) => x.id === st.id);
      if (!text) return [];
      return [
        {
          kind: 'statement-disagreement',
          centre: s.id,
          statement: st.id,
          textDa: `Svarene på "${text.textDa}" går fra ${st.min} til ${st.max}.`,
          textEn: `The answers to "${text.textEn}" range from ${st.min} to ${st.max}.`,
          values: { min: st.min, max: st.max, respondents: st.n },
        },
      ];
    }),
  );
}

function centreGap(q: Questionnaire, scores: readonly CentreScore[]): Finding[] {
  const scored = scores.filter((s): s is CentreScore & { mean: number } => s.mean !== null);
  const sorted = [...scored].sort((a, b) => a.mean - b.mean);
  const low = sorted[0];
  const high = sorted[sorted.length - 1];
  if (scored.length < 2 || !low || !high) return [];
  const gap = high.mean - low.mean;
  if (gap < T.centreGap) return [];
  const l = names(q, low.id);
  const h = names(q, high.id);
  return [
    {
      kind: 'centre-gap',
      centre: low.id,
      statement: null,
      textDa: `Centrene er i ubalance: ${l.da} (${da(low.mean)}) ligger ${da(gap)} point under ${h.da} (${da(high.mean)}). Modellen virker kun, når de tre centre arbejder sammen.`,
      textEn: `The centres are out of balance: the ${l.en} (${en(low.mean)}) is ${en(gap)} points below the ${h.en} (${en(high.mean)}). The model works only when the three centres work together.`,
      values: { low: low.mean, high: high.mean, gap },
    },
  ];
}

function homeView(q: Questionnaire, scores: readonly CentreScore[]): Finding[] {
  return scores.flatMap((s): Finding[] => {
    const own = meanOrNull(s.respondents.filter((r) => r.home === s.id).map((r) => r.mean));
    const others = meanOrNull(s.respondents.filter((r) => r.home !== s.id).map((r) => r.mean));
    if (own === null || others === null) return [];
    const gap = own - others;
    if (Math.abs(gap) < T.homeView) return [];
    const n = names(q, s.id);
    const dirDa = gap > 0 ? 'højere' : 'lavere';
    const dirEn = gap > 0 ? 'higher' : 'lower';
    return [
      {
        kind: 'home-view',
        centre: s.id,
        statement: null,
        textDa: `Respondenterne fra ${n.da} vurderer deres eget center ${da(Math.abs(gap))} point ${dirDa} (${da(own)}) end de andre centres respondenter gør (${da(others)}).`,
        textEn: `The respondents from the ${n.en} rate their own centre ${en(Math.abs(gap))} points ${dirEn} (${en(own)}) than the other centres' respondents do (${en(others)}).`,
        values: { own, others, gap },
      },
    ];
  });
}

/**
 * Every finding of a result: the data gap, the respondents' spread per centre, the statements
 * they disagree most on, the gap between the centres, and each centre's view of itself against
 * the others' view of it. Thresholds: FINDING_THRESHOLDS.
 */
export function findingsOf(
  q: Questionnaire,
  scores: readonly CentreScore[],
  data: number | null,
): readonly Finding[] {
  return [
    ...dataGap(q, scores, data),
    ...centreGap(q, scores),
    ...respondentSpread(q, scores),
    ...homeView(q, scores),
    ...statementDisagreement(q, scores),
  ];
}
