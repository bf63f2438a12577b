import { diffWordsWithSpace } from 'diff';
import type { ItemFields } from './item.ts';

/** One field changed between two versions; text fields also carry the words removed and added. */
export interface FieldChange<F extends object = ItemFields> {
  readonly field: keyof F & string;
  readonly before: unknown;
  readonly after: unknown;
  readonly parts?: ReadonlyArray<{
    readonly text: string;
    readonly change: 'same' | 'added' | 'removed';
  }>;
}

const TEXT_FIELDS = new Set<keyof ItemFields>(['title', 'summary', 'body']);

/** The fields in the order an editor reads them. */
export const FIELD_ORDER: ReadonlyArray<keyof ItemFields> = [
  'status',
  'kind',
  'title',
  'summary',
  'body',
  'themes',
  'topics',
  'keyFigures',
  'municipalities',
  'municipality',
  'startYear',
  'contact',
  'links',
  'sources',
  'example',
  'initiativeId',
];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What changed from `before` to `after` (before is null for the first version: every set field
 * is a change). Text fields are diffed word by word (jsdiff).
 * @example itemChanges({ title: 'Ældre' } as ItemFields, { title: 'Ældre borgere' } as ItemFields)[0]?.parts // [{ text: 'Ældre', change: 'same' }, { text: ' borgere', change: 'added' }]
 */
export function itemChanges(
  before: Partial<ItemFields> | null,
  after: Partial<ItemFields>,
): FieldChange[] {
  return fieldChanges(before, after, FIELD_ORDER, TEXT_FIELDS);
}

/**
 * The changed fields of any versioned record (portal items, initiatives), in `order`; the
 * fields in `textFields` with their word diff.
 */
export function fieldChanges<F extends object>(
  before: Partial<F> | null,
  after: Partial<F>,
  order: ReadonlyArray<keyof F & string>,
  textFields: ReadonlySet<keyof F>,
): Array<FieldChange<F>> {
  const changes: Array<FieldChange<F>> = [];
  for (const field of order) {
    const a = before?.[field];
    const b = after[field];
    if (same(a, b)) continue;
    if (textFields.has(field) && typeof b === 'string') {
      const parts = diffWordsWithSpace(typeof a === 'string' ? a : '', b).map((p) => ({
        text: p.value,
        change: p.added ? ('added' as const) : p.removed ? ('removed' as const) : ('same' as const),
      }));
      changes.push({ field, before: a ?? null, after: b, parts });
    } else changes.push({ field, before: a ?? null, after: b ?? null });
  }
  return changes;
}
