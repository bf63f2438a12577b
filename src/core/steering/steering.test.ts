import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkResponse, type Answer, type Answers, type SteeringResponse } from './answers.ts';
import { compareWithParticipants, participantResult, weakestFields } from './compare.ts';
import { findingsOf } from './findings.ts';
import {
  checkQuestionnaire,
  type Centre,
  type CentreId,
  type Questionnaire,
  type Statement,
} from './questionnaire.ts';
import { centreScore, centreScores, populationSd } from './scores.ts';
import { gradeOf } from './thresholds.ts';

const SEED = 20261207;

/** The value, or a failed test when it is missing. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('missing value');
  return value;
}

/** Per centre two fields of four statements: `<p>-01`…`-04` in `<p>-a`, `-05`…`-08` in `<p>-b`. */
function questionnaire(version = '2026.1'): Questionnaire {
  const centre = (id: CentreId, p: string): Centre => {
    const statement = (k: number): Statement => ({
      id: `${p}-0${k}`,
      field: k <= 4 ? `${p}-a` : `${p}-b`,
      textDa: `Udsagn ${p} ${k}`,
      textEn: `Statement ${p} ${k}`,
      lowDa: 'lav',
      lowEn: 'low',
      highDa: 'høj',
      highEn: 'high',
    });
    return {
      id,
      nameDa: `Center ${p}`,
      nameEn: `Centre ${p}`,
      descriptionDa: '',
      descriptionEn: '',
      fields: [
        { id: `${p}-a`, nameDa: `Felt ${p} A`, nameEn: `Field ${p} A` },
        { id: `${p}-b`, nameDa: `Felt ${p} B`, nameEn: `Field ${p} B` },
      ],
      statements: [1, 2, 3, 4, 5, 6, 7, 8].map(statement),
    };
  };
  const labels = { '1': '1', '2': '2', '3': '3', '4': '4', '5': '5', dontKnow: '?' };
  return {
    version,
    published: '2026-12-07',
    scale: { da: labels, en: labels },
    centres: [
      centre('strategic-political', 'sp'),
      centre('economic-financial', 'ef'),
      centre('social-professional', 'sf'),
    ],
  };
}
const Q = questionnaire();
const ids = (p: string) => [1, 2, 3, 4, 5, 6, 7, 8].map((k) => `${p}-0${k}`);

/** Every statement of a centre answered with `score` (per statement when a list). */
function answers(
  byCentre: Partial<Record<'sp' | 'ef' | 'sf', Answer | readonly Answer[]>>,
): Answers {
  const out: Record<string, Answer> = {};
  for (const [p, a] of Object.entries(byCentre))
    ids(p).forEach((id, k) => {
      out[id] = Array.isArray(a) ? must((a as readonly Answer[])[k]) : (a as Answer);
    });
  return out;
}
const respondent = (
  name: string,
  centre: CentreId,
  a: Answers,
  finished = true,
): SteeringResponse => ({ respondent: name, centre, answers: a, finished });

describe('the questionnaire', () => {
  it('accepts the three centres with 8 statements each, and names what is wrong', () => {
    expect(() => checkQuestionnaire(Q)).not.toThrow();
    expect(() => checkQuestionnaire({ ...Q, version: '2026' })).toThrow(/2026\.1/);
    const [sp, ef, sf] = Q.centres as [Centre, Centre, Centre];
    expect(() => checkQuestionnaire({ ...Q, centres: [ef, sp, sf] })).toThrow(/i den orden/);
    const short = { ...sp, statements: sp.statements.slice(0, 7) };
    expect(() => checkQuestionnaire({ ...Q, centres: [short, ef, sf] })).toThrow(/7 udsagn/);
    const twice = { ...ef, statements: [...ef.statements.slice(0, 7), must(sp.statements[0])] };
    expect(() => checkQuestionnaire({ ...Q, centres: [sp, twice, sf] })).toThrow(/to gange/);
  });
});

describe('a response', () => {
  const base = { version: '2026.1', centre: 'economic-financial', finish: false };
  it('keeps scores 1–5 and "dont-know", and refuses anything else naming the statement', () => {
    expect(checkResponse(Q, { ...base, answers: { 'ef-01': 5, 'ef-02': 'dont-know' } })).toEqual({
      'ef-01': 5,
      'ef-02': 'dont-know',
    });
    for (const bad of [0, 6, 2.5, -1, 'x', '3'])
      expect(() => checkResponse(Q, { ...base, answers: { 'ef-01': bad } })).toThrow(
        expect.objectContaining({ parameter: 'answers.ef-01' }),
      );
  });
  it('refuses another version, a statement of another version and an unknown centre', () => {
    expect(() => checkResponse(Q, { ...base, version: '2025.1', answers: {} })).toThrow(
      expect.objectContaining({ parameter: 'version' }),
    );
    expect(() => checkResponse(Q, { ...base, answers: { 'xx-01': 3 } })).toThrow(
      expect.objectContaining({ parameter: 'answers.xx-01' }),
    );
    expect(() => checkResponse(Q, { ...base, centre: 'finance', answers: {} })).toThrow(
      expect.objectContaining({ parameter: 'centre' }),
    );
  });
  it('finishes only when every statement has an answer, naming the first missing', () => {
    const all = answers({ sp: 3, ef: 3, sf: 3 });
    expect(() => checkResponse(Q, { ...base, answers: all, finish: true })).not.toThrow();
    const { ['ef-04']: _, ...missing } = all;
    expect(() => checkResponse(Q, { ...base, answers: missing, finish: true })).toThrow(
      expect.objectContaining({ parameter: 'answers.ef-04' }),
    );
  });
});

describe('grades', () => {
  it('are A from 4.0, B from 3.0 and C below, on the unrounded mean', () => {
    expect([4, 4.5, 5].map(gradeOf)).toEqual(['A', 'A', 'A']);
    expect([3, 3.999].map(gradeOf)).toEqual(['B', 'B']);
    expect([1, 2.999].map(gradeOf)).toEqual(['C', 'C']);
    expect(gradeOf(null)).toBeNull();
  });
  it('never fall as the mean rises (property)', () => {
    const order = { C: 0, B: 1, A: 2 } as const;
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 5, noNaN: true }),
        fc.double({ min: 1, max: 5, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(order[must(gradeOf(lo))]).toBeLessThanOrEqual(order[must(gradeOf(hi))]);
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe('centre scores', () => {
  it('are the mean of the respondents’ means, with spread, on finished responses only', () => {
    const ef = must(Q.centres[1]);
    const score = centreScore(ef, [
      respondent('a', 'economic-financial', answers({ ef: 4 })),
      respondent('b', 'social-professional', answers({ ef: 2 })),
      respondent('c', 'strategic-political', answers({ ef: 1 }), false),
    ]);
    expect(score).toMatchObject({ mean: 3, sd: 1, min: 2, max: 4, n: 2, grade: 'B' });
    expect(score.fields).toEqual([
      { id: 'ef-a', centre: 'economic-financial', mean: 3, n: 8 },
      { id: 'ef-b', centre: 'economic-financial', mean: 3, n: 8 },
    ]);
  });
  it('leave out "ved ikke", and a respondent who scored under half of the centre', () => {
    const ef = must(Q.centres[1]);
    const fewScores: Answer[] = [
      5,
      5,
      5,
      'dont-know',
      'dont-know',
      'dont-know',
      'dont-know',
      'dont-know',
    ];
    const halfScores: Answer[] = [2, 2, 2, 2, 'dont-know', 'dont-know', 'dont-know', 'dont-know'];
    const score = centreScore(ef, [
      respondent('a', 'economic-financial', answers({ ef: fewScores })),
      respondent('b', 'economic-financial', answers({ ef: halfScores })),
    ]);
    expect(score).toMatchObject({ mean: 2, n: 1 });
    expect(score.statements[0]).toMatchObject({
      id: 'ef-01',
      mean: 3.5,
      min: 2,
      max: 5,
      n: 2,
      dontKnow: 0,
    });
    expect(score.statements[7]).toMatchObject({ mean: null, n: 0, dontKnow: 2 });
  });
  it('have no mean or grade before anyone finished', () => {
    const [sp] = centreScores(Q, [
      respondent('a', 'strategic-political', answers({ sp: 4 }), false),
    ]);
    expect(sp).toMatchObject({ mean: null, grade: null, n: 0, sd: null });
  });
  it('stay within the scale, and the spread within half the range (property)', () => {
    const score = fc.constantFrom<Answer>(1, 2, 3, 4, 5, 'dont-know');
    fc.assert(
      fc.property(
        fc.array(fc.array(score, { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 8 }),
        (rows) => {
          const s = centreScore(
            must(Q.centres[2]),
            rows.map((r, k) => respondent(String(k), 'social-professional', answers({ sf: r }))),
          );
          if (s.mean === null) return;
          expect(s.mean).toBeGreaterThanOrEqual(1);
          expect(s.mean).toBeLessThanOrEqual(5);
          expect(must(s.sd)).toBeLessThanOrEqual((must(s.max) - must(s.min)) / 2 + 1e-12);
          expect(s.grade).toBe(gradeOf(s.mean));
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
  it('population SD by hand', () => {
    expect(populationSd([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
  });
});

describe('findings', () => {
  const three = [
    respondent('strat', 'strategic-political', answers({ sp: 4, ef: 2, sf: 3 })),
    respondent('econ', 'economic-financial', answers({ sp: 4, ef: 5, sf: 3 })),
    respondent('social', 'social-professional', answers({ sp: 4, ef: 2, sf: 3 })),
  ];
  it('name the data gap, the spread, the disagreement, the centre gap and the home view', () => {
    const scores = centreScores(Q, three);
    // ef: 2, 5, 2 → mean 3, SD √2 ≈ 1.41, range 3; data score 1.5 → gap 1.5.
    const f = findingsOf(Q, scores, 1.5);
    const kinds = f.map((x) => `${x.kind}:${x.centre ?? ''}`);
    expect(kinds).toContain('data-gap:economic-financial');
    expect(kinds).toContain('respondent-spread:economic-financial');
    expect(kinds).toContain('home-view:economic-financial');
    expect(kinds).toContain('centre-gap:economic-financial');
    expect(f.filter((x) => x.kind === 'statement-disagreement')).toHaveLength(8);
    const gap = must(f.find((x) => x.kind === 'data-gap'));
    expect(gap.textDa).toBe(
      'Selvvurderingen af center ef (3,0) er 1,5 point højere end dataenes score (1,5). Tal om, hvad nøgletallene ikke viser, eller hvad I ikke ser.',
    );
    expect(gap.values).toEqual({ self: 3, data: 1.5, gap: 1.5 });
    const home = must(f.find((x) => x.kind === 'home-view'));
    expect(home.values).toEqual({ own: 5, others: 2, gap: 3 });
    // sp is 4 for all, sf 3 for all: no finding on them but the centre gap (4 − 3 = 1).
    expect(kinds.filter((k) => k.endsWith('strategic-political'))).toEqual([]);
  });
  it('find nothing when everyone agrees and the data agree', () => {
    const same = ['a', 'b', 'c'].map((n) =>
      respondent(n, 'economic-financial', answers({ sp: 3, ef: 3, sf: 3 })),
    );
    expect(findingsOf(Q, centreScores(Q, same), 3.4)).toEqual([]);
  });
  it('never find a disagreement among respondents who answered alike (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Answer>(1, 2, 3, 4, 5), { minLength: 24, maxLength: 24 }),
        fc.integer({ min: 2, max: 6 }),
        (row, n) => {
          const a = answers({ sp: row.slice(0, 8), ef: row.slice(8, 16), sf: row.slice(16) });
          const rs = Array.from({ length: n }, (_, k) =>
            respondent(String(k), 'strategic-political', a),
          );
          const kinds = findingsOf(Q, centreScores(Q, rs), null).map((f) => f.kind);
          expect(kinds).not.toContain('respondent-spread');
          expect(kinds).not.toContain('statement-disagreement');
          expect(kinds).not.toContain('data-gap');
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('the comparison and whom to call', () => {
  const own = centreScores(Q, [
    respondent(
      'a',
      'economic-financial',
      answers({ sp: [1, 1, 1, 1, 4, 4, 4, 4], ef: 3, sf: [4, 4, 4, 4, 2, 2, 2, 2] }),
    ),
  ]);
  const other = (m: string, a: Answers) =>
    participantResult(m, Number(m), centreScores(Q, [respondent('x', 'strategic-political', a)]));
  const strong = answers({ sp: 5, ef: 4, sf: 4 });
  const participants = [
    other('101', strong),
    other('727', strong),
    other('840', answers({ sp: 3, ef: 3, sf: 5 })),
    other('766', strong),
  ];
  it('averages the peer group’s and all participants’ centres, never the municipality itself', () => {
    const c = compareWithParticipants('766', ['727', '840'], participants);
    expect(c.peers).toEqual({
      n: 2,
      municipalities: ['727', '840'],
      centres: { 'strategic-political': 4, 'economic-financial': 3.5, 'social-professional': 4.5 },
    });
    expect(c.all.n).toBe(3);
    expect(c.all.centres['strategic-political']).toBeCloseTo(13 / 3, 12);
  });
  it('names the weakest fields and, for each, the comparable participants scoring ≥ 4 there', () => {
    const w = weakestFields('766', own, ['840', '727'], ['840', '727', '101'], participants);
    expect(w.map((x) => [x.field, x.score])).toEqual([
      ['sp-a', 1],
      ['sf-b', 2],
      ['ef-a', 3],
    ]);
    // sp-a: 727 (peer, rank 2) and 101 (not a peer) score 5; 840 scores 3.
    expect(
      must(w[0]).calls.map((c) => [c.municipality, c.peer, c.similarityRank, c.fieldScore]),
    ).toEqual([
      ['727', true, 2, 5],
      ['101', false, 3, 5],
    ]);
    // sf-b: the peer 840 (rank 1) first, then 727.
    expect(must(w[1]).calls.map((c) => c.municipality)).toEqual(['840', '727', '101']);
  });
});
