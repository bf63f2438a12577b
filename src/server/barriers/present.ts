import {
  barrierStanding,
  decide,
  secondingMunicipalities,
  type Barrier,
  type BarrierEstimate,
  type BarrierStanding,
  type PriceLevel,
} from '../../core/index.ts';
import type { RequestAuth } from '../auth/index.ts';
import type { BarrierLevel } from '../../engine/index.ts';

type Names = ReadonlyMap<string, string>;

const municipalityOf = (code: string, names: Names) => ({ code, name: names.get(code) ?? code });
const prices = (p: PriceLevel) => ({ basis: p.basis, year: p.year });
const estimateOf = (e: BarrierEstimate | null) =>
  e === null
    ? null
    : { amount: e.amount, prices: prices(e.prices), year: e.year, source: e.source };

/** What the reader may do with a barrier: edit it, second it as which municipalities, answer it. */
export function barrierViewer(auth: RequestAuth, b: Barrier) {
  const actor = auth.actor;
  const seconded = new Set(
    b.seconds.filter((s) => s.mergedFrom === null).map((s) => s.municipality),
  );
  const secondAs =
    actor.kind === 'user' && b.mergedInto === null
      ? actor.municipalities.filter(
          (m) =>
            m !== b.municipality &&
            !seconded.has(m) &&
            decide(actor, 'barrier.second', { type: 'barrier-second', municipality: m }).allow,
        )
      : [];
  // A merged barrier is answered and edited on the one it was merged into.
  const open = b.mergedInto === null;
  return {
    canEdit:
      open &&
      decide(actor, 'barrier.report', { type: 'barrier', municipality: b.municipality }).allow,
    secondAs: [...secondAs],
    canAnswer:
      open &&
      decide(actor, 'barrier.answer', { type: 'barrier', municipality: b.municipality }).allow,
  };
}

const standingFields = (s: BarrierStanding) => ({
  seconds: s.seconds,
  total: { amount: s.total, prices: prices(s.prices), unconverted: s.unconverted },
});

/** A barrier's line on the national list. */
export function presentBarrierSummary(s: BarrierStanding, rank: number, names: Names) {
  const b = s.barrier;
  return {
    id: b.id,
    rank,
    title: b.title,
    municipality: municipalityOf(b.municipality, names),
    law: b.law,
    area: b.area,
    theme: b.theme,
    state: b.state,
    answeredAt: b.answer?.at ?? null,
    createdAt: b.createdAt,
    ...standingFields(s),
  };
}

/** One barrier with its seconds, answer, merge trail and what the reader may do. */
export function presentBarrier(
  b: Barrier,
  auth: RequestAuth,
  names: Names,
  level: BarrierLevel,
  related: {
    readonly keyFigureName: string | null;
    readonly mergedInto: { id: number; title: string } | null;
    readonly mergedFrom: ReadonlyArray<{ id: number; title: string }>;
  },
) {
  return {
    id: b.id,
    version: b.version,
    title: b.title,
    municipality: municipalityOf(b.municipality, names),
    law: b.law,
    area: b.area,
    theme: b.theme,
    description: b.description,
    keyFigure:
      b.keyFigure === null
        ? null
        : { id: b.keyFigure, nameDa: related.keyFigureName ?? b.keyFigure },
    estimate: estimateOf(b.estimate),
    precedents: b.precedents,
    links: b.links,
    state: b.state,
    answer: b.answer,
    mergedInto: related.mergedInto,
    mergedFrom: [...related.mergedFrom],
    secondsList: b.seconds.map((s) => ({
      id: s.id,
      municipality: municipalityOf(s.municipality, names),
      comment: s.comment,
      estimate: estimateOf(s.estimate),
      at: s.at,
      mergedFrom: s.mergedFrom,
    })),
    ...standingFields(barrierStanding(b, level.target, level.convert)),
    createdAt: b.createdAt,
    updatedAt: b.updatedAt,
    viewer: barrierViewer(auth, b),
  };
}

/** The names of the seconding municipalities, for the exports. */
export const secondingNames = (b: Barrier, names: Names): string[] =>
  secondingMunicipalities(b).map((m) => names.get(m) ?? m);
