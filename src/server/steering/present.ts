import {
  CENTRES,
  INDICATOR_TEXT,
  allStatements,
  decide,
  gradeOf,
  mayReadAssessment,
  maySeeRespondents,
  type Actor,
  type Assessment,
  type CentreScore,
  type DataIndicator,
  type StoredResponse,
} from '../../core/index.ts';
import type { SteeringResult } from '../../engine/index.ts';

/** Municipality names by code. */
export type Names = ReadonlyMap<string, string>;
/** A municipality as the answers name it: code and name. */
export const ref = (n: Names, code: string) => ({ code, name: n.get(code) ?? code });

/** A centre's mean and grade by id, in the model's order. */
export function centreValues(scores: readonly CentreScore[]) {
  return CENTRES.map((id) => {
    const mean = scores.find((s) => s.id === id)?.mean ?? null;
    return { id, mean, grade: gradeOf(mean) };
  });
}

/** An indicator with its name and definition. */
export function presentIndicator(i: DataIndicator) {
  return {
    id: i.id,
    ...INDICATOR_TEXT[i.id],
    centres: i.centres,
    keyFigures: i.keyFigures,
    years: i.years,
    value: i.value,
    unit: i.unit,
    unitEn: i.unitEn,
    peerMedian: i.peerMedian,
    peers: i.peers,
    relative: i.relative,
    score: i.score,
    prices: i.prices === null ? null : { basis: i.prices.basis, year: i.prices.year },
    yearKind: i.yearKind,
    missingDa: i.missingDa,
    missingEn: i.missingEn,
  };
}

/** One line of a list of assessments. */
export function presentSummary(
  a: Assessment,
  scores: readonly CentreScore[],
  responses: readonly StoredResponse[],
  n: Names,
) {
  const own = responses.filter((r) => r.assessmentId === a.id);
  return {
    id: a.id,
    municipality: ref(n, a.municipality),
    title: a.title,
    questionnaireVersion: a.questionnaireVersion,
    roundId: a.roundId,
    shared: a.shared,
    createdAt: a.createdAt,
    respondents: {
      started: own.length,
      finished: own.filter((r) => r.finishedAt !== null).length,
    },
    centres: centreValues(scores),
    dataScore: a.data.score.score,
  };
}

/**
 * The whole result as the API answers it. Respondents are named only to the municipality's own
 * editors; others see them numbered ("Respondent 2"). The history holds the assessments the
 * actor may read, or all of them with `readsAll` (the CLI, run by the database's owner, with
 * respondents still numbered).
 */
export function presentAssessment(
  r: SteeringResult,
  actor: Actor,
  n: Names,
  options: { readonly readsAll?: boolean } = {},
) {
  const { assessment: a, questionnaire: q } = r;
  const named = maySeeRespondents(actor, a.municipality);
  const total = allStatements(q).length;
  const me = actor.kind === 'user' ? Number(actor.userId) : null;
  const resource = { type: 'steering-assessment', municipality: a.municipality };
  const fieldName = new Map(q.centres.flatMap((c) => c.fields.map((f) => [f.id, f] as const)));
  const statementText = new Map(allStatements(q).map((s) => [s.id, s] as const));
  return {
    id: a.id,
    municipality: ref(n, a.municipality),
    title: a.title,
    questionnaireVersion: a.questionnaireVersion,
    roundId: a.roundId,
    shared: a.shared,
    sharedAt: a.sharedAt,
    version: a.version,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    dataVersion: a.dataVersion,
    canEdit: decide(actor, 'steering.assess', resource).allow,
    canAnswer: decide(actor, 'steering.answer', resource).allow,
    respondents: r.responses.map((resp, k) => ({
      label: named && resp.label !== '' ? resp.label : `Respondent ${k + 1}`,
      centre: resp.centre,
      finished: resp.finishedAt !== null,
      answered: Object.keys(resp.answers).length,
      total,
      updatedAt: resp.updatedAt,
      you: resp.userId === me,
    })),
    data: {
      indicators: a.data.indicators.map(presentIndicator),
      score: a.data.score.score,
      grade: a.data.score.grade,
      components: a.data.score.components,
      peers: {
        nameDa: a.data.peers.nameDa,
        nameEn: a.data.peers.nameEn,
        members: a.data.peers.members.map((m) => ref(n, m)),
      },
    },
    centres: r.scores.map((s) => {
      const c = q.centres.find((x) => x.id === s.id) ?? { nameDa: s.id, nameEn: s.id };
      const data = s.id === 'economic-financial' ? a.data.score.score : null;
      return {
        id: s.id,
        nameDa: c.nameDa,
        nameEn: c.nameEn,
        mean: s.mean,
        sd: s.sd,
        min: s.min,
        max: s.max,
        n: s.n,
        grade: s.grade,
        dataScore: data,
        dataGrade: gradeOf(data),
        fields: s.fields.map((f) => ({
          id: f.id,
          nameDa: fieldName.get(f.id)?.nameDa ?? f.id,
          nameEn: fieldName.get(f.id)?.nameEn ?? f.id,
          mean: f.mean,
          n: f.n,
        })),
        statements: s.statements.map((st) => ({
          ...st,
          field: statementText.get(st.id)?.field ?? '',
          textDa: statementText.get(st.id)?.textDa ?? st.id,
          textEn: statementText.get(st.id)?.textEn ?? st.id,
        })),
      };
    }),
    findings: r.findings.map((f) => ({
      kind: f.kind,
      centre: f.centre,
      statement: f.statement,
      textDa: f.textDa,
      textEn: f.textEn,
    })),
    comparison: {
      peers: {
        n: r.comparison.peers.n,
        municipalities: r.comparison.peers.municipalities.map((m) => ref(n, m)),
        centres: CENTRES.map((id) => ({ id, mean: r.comparison.peers.centres[id] })),
      },
      all: {
        n: r.comparison.all.n,
        municipalities: r.comparison.all.municipalities.map((m) => ref(n, m)),
        centres: CENTRES.map((id) => ({ id, mean: r.comparison.all.centres[id] })),
      },
    },
    weakest: r.weakest.map((w) => ({
      centre: w.centre,
      field: w.field,
      nameDa: fieldName.get(w.field)?.nameDa ?? w.field,
      nameEn: fieldName.get(w.field)?.nameEn ?? w.field,
      score: w.score,
      calls: w.calls.map((c) => ({
        municipality: ref(n, c.municipality),
        assessment: c.assessment,
        fieldScore: c.fieldScore,
        peer: c.peer,
        similarityRank: c.similarityRank,
        items: (r.items.get(c.municipality) ?? [])
          .slice(0, 5)
          .map((i) => ({ id: i.id, title: i.title, kind: i.kind })),
      })),
    })),
    history: r.history
      .filter((h) => options.readsAll === true || mayReadAssessment(actor, h.assessment))
      .map((h) => ({
        id: h.assessment.id,
        title: h.assessment.title,
        createdAt: h.assessment.createdAt,
        finished: h.finished,
        centres: centreValues(h.scores),
        dataScore: h.assessment.data.score.score,
      })),
  };
}
