import type { Actor } from '../policy/index.ts';

/**
 * The municipality that owns a new item: the one asked for; else, for a municipality editor,
 * the first of the item's municipalities it is bound to, or its first own municipality; else
 * none (an item of the national editors). The guard and the route both use this, so the
 * policy decides on the owner that is stored.
 * @example defaultOwner(undefined, ['101', '766'], { kind: 'user', userId: '1', role: 'municipality-editor', municipalities: ['766'] }) // '766'
 */
export function defaultOwner(
  requested: string | null | undefined,
  municipalities: readonly string[],
  actor: Actor,
): string | null {
  if (requested !== undefined) return requested;
  if (actor.kind !== 'user' || actor.role !== 'municipality-editor') return null;
  return (
    municipalities.find((m) => actor.municipalities.includes(m)) ?? actor.municipalities[0] ?? null
  );
}
