import type { CentreScore } from './scores.ts';
import { meanOrNull } from './scores.ts';
import { CENTRES, type CentreId } from './questionnaire.ts';
import { CALL_MIN_SCORE, CALL_PER_FIELD, WEAKEST_FIELDS } from './thresholds.ts';

/**
 * The comparison of a result with other municipalities' shared results (issue 19): the peer
 * group's and all participants' averages per centre, the weakest fields, and whom to call.
 */

/** A participant's shared result: its newest shared assessment with a finished response. */
export interface ParticipantResult {
  readonly municipality: string;
  readonly assessment: number;
  readonly centres: Readonly<Partial<Record<CentreId, number | null>>>;
  readonly fields: Readonly<Record<string, number | null>>;
}

/** Averages per centre over a set of participants. */
export interface GroupAverage {
  /** Participants in the average. */
  readonly n: number;
  readonly municipalities: readonly string[];
  readonly centres: Readonly<Record<CentreId, number | null>>;
}

function average(participants: readonly ParticipantResult[]): GroupAverage {
  const centres = {} as Record<CentreId, number | null>;
  for (const c of CENTRES) {
    const values = participants
      .map((p) => p.centres[c])
      .filter((v): v is number => typeof v === 'number');
    centres[c] = meanOrNull(values);
  }
  return {
    n: participants.length,
    municipalities: participants.map((p) => p.municipality),
    centres,
  };
}

/**
 * The peer group's average (the participants among the peers) and all participants' average.
 * The municipality itself is never in either.
 */
export function compareWithParticipants(
  municipality: string,
  peers: readonly string[],
  participants: readonly ParticipantResult[],
): { readonly peers: GroupAverage; readonly all: GroupAverage } {
  const others = participants.filter((p) => p.municipality !== municipality);
  const peerSet = new Set(peers);
  return {
    peers: average(others.filter((p) => peerSet.has(p.municipality))),
    all: average(others),
  };
}

/** A municipality to call about a field: it scores well there and is comparable. */
export interface CallSuggestion {
  readonly municipality: string;
  readonly assessment: number;
  readonly fieldScore: number;
  /** In the municipality's peer group. */
  readonly peer: boolean;
  /** 1 = the most similar municipality; null when the similarity order does not hold it. */
  readonly similarityRank: number | null;
}

export interface WeakField {
  readonly centre: CentreId;
  readonly field: string;
  readonly score: number;
  readonly calls: readonly CallSuggestion[];
}

/**
 * The WEAKEST_FIELDS fields with the lowest score (ties by the questionnaire's order), and for
 * each up to CALL_PER_FIELD participants scoring at least CALL_MIN_SCORE there: the peer group
 * first, then by similarity (`similarity` lists municipalities, the most similar first).
 */
export function weakestFields(
  municipality: string,
  scores: readonly CentreScore[],
  peers: readonly string[],
  similarity: readonly string[],
  participants: readonly ParticipantResult[],
): readonly WeakField[] {
  const fields = scores
    .flatMap((s) => s.fields)
    .map((f, order) => ({ f, order }))
    .filter((x): x is { f: (typeof x)['f'] & { mean: number }; order: number } => x.f.mean !== null)
    .sort((a, b) => a.f.mean - b.f.mean || a.order - b.order)
    .slice(0, WEAKEST_FIELDS);
  const peerSet = new Set(peers);
  const rank = new Map(similarity.map((m, k) => [m, k + 1]));
  return fields.map(({ f }) => {
    const calls = participants
      .filter((p) => p.municipality !== municipality)
      .flatMap((p): CallSuggestion[] => {
        const score = p.fields[f.id];
        if (typeof score !== 'number' || score < CALL_MIN_SCORE) return [];
        return [
          {
            municipality: p.municipality,
            assessment: p.assessment,
            fieldScore: score,
            peer: peerSet.has(p.municipality),
            similarityRank: rank.get(p.municipality) ?? null,
          },
        ];
      })
      .sort(
        (a, b) =>
          Number(b.peer) - Number(a.peer) ||
          (a.similarityRank ?? Infinity) - (b.similarityRank ?? Infinity) ||
          b.fieldScore - a.fieldScore ||
          a.municipality.localeCompare(b.municipality),
      )
      .slice(0, CALL_PER_FIELD);
    return { centre: f.centre, field: f.id, score: f.mean, calls };
  });
}

/** A participant's result from its centre scores (what the comparison of others reads). */
export function participantResult(
  municipality: string,
  assessment: number,
  scores: readonly CentreScore[],
): ParticipantResult {
  const centres: Partial<Record<CentreId, number | null>> = {};
  const fields: Record<string, number | null> = {};
  for (const s of scores) {
    centres[s.id] = s.mean;
    for (const f of s.fields) fields[f.id] = f.mean;
  }
  return { municipality, assessment, centres, fields };
}
