import type { Initiative, PortalItem, Verdict } from '../core/index.ts';
import { listInitiatives, listPublishedItems, type Queryable } from '../db/index.ts';
import { initiativeVerdicts } from './effect-verdicts.ts';
import { computeTalkToFor, type TalkToRequest } from './talk-to.ts';

/** A portal item of a better peer on a figure, with that peer and the item's evidence. */
export interface GapItem {
  readonly item: PortalItem;
  /** The better peer the item comes from, its similarity rank (1 = most similar). */
  readonly peer: { readonly code: string; readonly name: string; readonly rank: number };
  /** The effect check's verdict on the figure of the initiative the item documents. */
  readonly evidence: { readonly initiativeId: number; readonly verdict: Verdict | null } | null;
}

/** How gapItems orders, in words: evidence, then similarity, then recency. */
export const GAP_ITEMS_RANKING =
  'Først indhold om et initiativ, hvis effekt er synlig i nøgletallet (effekttjekket mod ' +
  'sammenligningskommunerne), derefter efter hvor meget kommunen ligner jer (rækkefølgen fra ' +
  '"Hvem kan I tale med?"), derefter nyeste.';

/** Items about an initiative whose gain shows in the figure first; then "uklar"; then the rest. */
const EVIDENCE_ORDER = { visible: 0, unclear: 1, 'not-visible': 2 } as const;
const evidenceRank = (e: GapItem['evidence']) => (e?.verdict ? EVIDENCE_ORDER[e.verdict] : 3);

/**
 * The effect check's verdict on the figure of the initiatives the items document (those the
 * reader may see), by initiative id.
 */
async function gapEvidence(
  db: Queryable,
  canSee: (i: Initiative) => boolean,
  items: ReadonlyArray<{ readonly initiativeId: number | null }>,
  keyFigure: string,
) {
  const ids = new Set(items.flatMap((i) => (i.initiativeId === null ? [] : [i.initiativeId])));
  if (ids.size === 0) return new Map<number, NonNullable<GapItem['evidence']>>();
  const all = await listInitiatives(db);
  const wanted = all.filter((i) => ids.has(i.id) && i.keyFigures.includes(keyFigure) && canSee(i));
  const verdicts = await initiativeVerdicts(db, wanted, all);
  return new Map(
    wanted.map((i) => [
      i.id,
      { initiativeId: i.id, verdict: verdicts.get(i.id)?.get(keyFigure) ?? null },
    ]),
  );
}

/**
 * "What did the others do?" (issue 16): the published portal items on a figure by the
 * comparable municipalities that do better on it (whom to talk to, widened to 30), each with
 * its best-ranked peer; ordered by GAP_ITEMS_RANKING. `canSee` decides which documented
 * initiatives' verdicts the reader may learn.
 */
export async function gapItems(
  db: Queryable,
  request: Pick<TalkToRequest, 'code' | 'keyFigure' | 'year' | 'peers'>,
  canSee: (i: Initiative) => boolean,
): Promise<GapItem[]> {
  const answer = await computeTalkToFor(db, { ...request, widenTo: 30 });
  const bySimilarity = [...answer.result.entries].sort((a, b) => b.similarity - a.similarity);
  const rank = new Map(
    bySimilarity.map((e, k) => [e.code, { code: e.code, name: e.name, rank: k + 1 }]),
  );
  const published = await listPublishedItems(db, 10_000, request.keyFigure.id);
  const evidence = await gapEvidence(db, canSee, published, request.keyFigure.id);
  return published
    .flatMap((item): GapItem[] => {
      const peer = [
        ...item.municipalities,
        ...(item.municipality === null ? [] : [item.municipality]),
      ]
        .map((m) => rank.get(m))
        .filter((p) => p !== undefined)
        .sort((a, b) => a.rank - b.rank)[0];
      if (!peer) return [];
      const e = item.initiativeId === null ? null : (evidence.get(item.initiativeId) ?? null);
      return [{ item, peer, evidence: e }];
    })
    .sort(
      (a, b) =>
        evidenceRank(a.evidence) - evidenceRank(b.evidence) ||
        a.peer.rank - b.peer.rank ||
        (b.item.publishedAt ?? '').localeCompare(a.item.publishedAt ?? '') ||
        b.item.id - a.item.id,
    );
}
