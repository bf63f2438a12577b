import type { ItemKind, ItemTheme, ItemTopic } from './item.ts';

/** What "Mere som dette" compares. */
export interface SimilarSource {
  readonly id: number;
  readonly kind: ItemKind;
  readonly themes: readonly ItemTheme[];
  readonly topics: readonly ItemTopic[];
  readonly keyFigures: readonly string[];
  readonly municipalities: readonly string[];
  readonly updatedAt: string;
}

const shared = (a: readonly string[], b: readonly string[]) =>
  a.filter((x) => b.includes(x)).length;

/**
 * How alike two items are: 3 per shared key figure (the same gap), 2 per shared theme or
 * topic, 1 per shared municipality, 1 for the same kind. 0 means nothing in common.
 * @example similarityScore({ id: 1, kind: 'case', themes: ['integration'], topics: [], keyFigures: [], municipalities: [], updatedAt: '' }, { id: 2, kind: 'case', themes: ['integration'], topics: [], keyFigures: [], municipalities: [], updatedAt: '' }) // 3
 */
export function similarityScore(a: SimilarSource, b: SimilarSource): number {
  return (
    3 * shared(a.keyFigures, b.keyFigures) +
    2 * shared(a.themes, b.themes) +
    2 * shared(a.topics, b.topics) +
    shared(a.municipalities, b.municipalities) +
    (a.kind === b.kind ? 1 : 0)
  );
}

/**
 * The items most like `item` ("Mere som dette"): those with something in common beyond the
 * kind, by score, then newest, then id; never the item itself.
 */
export function similarItems<T extends SimilarSource>(
  item: SimilarSource,
  candidates: readonly T[],
  limit = 5,
): T[] {
  return candidates
    .filter((c) => c.id !== item.id)
    .map((c) => ({ c, score: similarityScore(item, c) }))
    .filter(({ score, c }) => score - (c.kind === item.kind ? 1 : 0) > 0)
    .sort(
      (x, y) => y.score - x.score || y.c.updatedAt.localeCompare(x.c.updatedAt) || x.c.id - y.c.id,
    )
    .slice(0, limit)
    .map(({ c }) => c);
}
