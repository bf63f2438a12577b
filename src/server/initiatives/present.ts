import type { Initiative } from '../../core/index.ts';
import type { RequestAuth } from '../auth/index.ts';
import { totalsIn, type FigureEffectAnswer, type SectorLevel } from '../../engine/index.ts';
import { canEditInitiative } from './viewer.ts';

/** Municipality code → name, for answers. */
export type Names = ReadonlyMap<string, string>;

/** JSON has no NaN: a missing number is null. */
const n = (v: number | undefined): number | null =>
  v === undefined || !Number.isFinite(v) ? null : v;

/** The answer of `GET /initiatives/{id}`. */
export function presentInitiative(
  i: Initiative,
  auth: RequestAuth,
  names: Names,
  portalLinks: ReadonlyArray<{ id: number; title: string }>,
  authorName: string | null,
  level: SectorLevel,
) {
  const { authorId, ...rest } = i;
  return {
    ...rest,
    totals: totalsIn(level, i),
    totalsNote: level.note,
    municipalityName: names.get(i.municipality) ?? i.municipality,
    portalLinks,
    author:
      auth.via !== 'anonymous' && authorId !== null
        ? { id: authorId, name: authorName ?? '' }
        : null,
    canEdit: canEditInitiative(auth, i),
  };
}

/** One line of the list. */
export function presentInitiativeSummary(i: Initiative, names: Names, level: SectorLevel) {
  return {
    id: i.id,
    municipality: i.municipality,
    municipalityName: names.get(i.municipality) ?? i.municipality,
    title: i.title,
    theme: i.theme,
    type: i.type,
    status: i.status,
    startYear: i.startYear,
    keyFigures: i.keyFigures,
    prices: i.prices,
    totals: totalsIn(level, i),
    visibility: i.visibility,
    example: i.example,
    updatedAt: i.updatedAt,
  };
}

/** What the window left out, in words (both languages), or null when nothing was cut. */
function windowNote(a: FigureEffectAnswer) {
  const cuts = a.check.window.cuts;
  if (cuts.length === 0) return null;
  const span = (ys: readonly number[]) =>
    ys.length === 1 ? String(ys[0]) : `${ys[0]}-${ys[ys.length - 1]}`;
  const da = cuts.map((c) =>
    c.kind === 'not-accounts'
      ? `${span(c.years)} er udeladt: kun budget, intet regnskab.`
      : `${span(c.years)} er udeladt på grund af definitionsbruddet i ${c.year}.`,
  );
  const en = cuts.map((c) =>
    c.kind === 'not-accounts'
      ? `${span(c.years)} left out: budget only, no accounts.`
      : `${span(c.years)} left out because of the definition break of ${c.year}.`,
  );
  return { code: 'window', da: da.join(' '), en: en.join(' ') };
}

/** One figure's part of `GET /initiatives/{id}/effect`. */
export function presentFigureEffect(a: FigureEffectAnswer, names: Names) {
  const c = a.check;
  const ref = (code: string) => ({ code, name: names.get(code) ?? code });
  const used = c.synthetic ? (c.placebo?.ratios ?? []).slice(1).map((r) => ref(r.code)) : [];
  return {
    keyFigure: {
      id: a.keyFigure.id,
      nameDa: a.keyFigure.nameDa,
      nameEn: a.keyFigure.nameEn,
      unit: a.keyFigure.unit,
    },
    verdict: c.verdict,
    reason: c.reason,
    window: {
      years: c.window.years,
      cuts: c.window.cuts.map((k) =>
        k.kind === 'break'
          ? {
              kind: k.kind,
              year: k.year,
              description: k.description,
              descriptionEn: k.descriptionEn ?? null,
              years: k.years,
            }
          : { kind: k.kind, year: null, description: null, descriptionEn: null, years: k.years },
      ),
      note: windowNote(a),
    },
    preYears: c.preYears,
    postYears: c.postYears,
    peers: {
      group: a.group.nameDa,
      groupEn: a.group.nameEn,
      used,
      excluded: [
        ...a.withInitiative.map((code) => ({ ...ref(code), reason: 'initiative' as const })),
        ...c.droppedPeers.map((code) => ({ ...ref(code), reason: 'missing-value' as const })),
      ],
    },
    did: c.did ? { average: c.did.average, perYear: c.did.perYear } : null,
    synthetic: c.synthetic
      ? {
          weights: c.synthetic.weights.map((w) => ({ ...ref(w.code), weight: w.weight })),
          rmspe: c.synthetic.rmspe,
          rmspePost: c.synthetic.rmspePost,
          path: c.synthetic.path.map((p) => ({
            year: p.year,
            own: n(p.own),
            synthetic: n(p.synthetic),
          })),
        }
      : null,
    placebo: c.placebo
      ? {
          rank: c.placebo.rank,
          of: c.placebo.of,
          p: c.placebo.p,
          excluded: c.placebo.excluded,
          runs: c.placebo.ratios.map((r) => ({
            code: r.code,
            ratio: r.ratio,
            rmspePre: r.rmspePre,
            gaps: r.gaps.map((g) => n(g)),
          })),
        }
      : null,
    spread: n(c.spread ?? undefined),
    noise: n(c.noise ?? undefined),
    perYear: c.perYear.map((y) => ({
      year: y.year,
      volume: n(y.volume),
      synthetic: y.synthetic,
      syntheticAmount: n(y.syntheticAmount),
      did: y.did,
      didAmount: n(y.didAmount),
    })),
    total: c.total ? { synthetic: n(c.total.synthetic), did: n(c.total.did) } : null,
    prices: a.prices,
  };
}
