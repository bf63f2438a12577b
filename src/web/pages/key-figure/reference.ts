import { medianOf } from '../../charts/index.ts';

/**
 * The reference line of the explorer's charts (issue 14: one line everywhere): the median of
 * the chosen municipality's peers when they are shown, else, with no group to compare with,
 * the median of all municipalities, and it says so.
 */
export interface Reference {
  readonly kind: 'peers' | 'all';
  /** The peers (without the chosen municipality); null for all municipalities. */
  readonly members: ReadonlySet<string> | null;
}

/** The reference for the page's choice: the peers when a group is shown, else all. */
export function chooseReference(members: readonly string[] | null): Reference {
  return members && members.length > 0
    ? { kind: 'peers', members: new Set(members) }
    : { kind: 'all', members: null };
}

/**
 * The reference's median of one year's rows: over the members when it is the peers, else over
 * every municipality with a value; null when none has one.
 * @example referenceMedian([{ code: '101', value: 3 }, { code: '147', value: 5 }], { kind: 'all', members: null }) // 4
 */
export function referenceMedian(
  rows: readonly { readonly code: string; readonly value: number | null }[],
  reference: Reference,
): number | null {
  const members = reference.members;
  return medianOf((members ? rows.filter((r) => members.has(r.code)) : rows).map((r) => r.value));
}
