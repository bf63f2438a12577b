import type { Actor } from '../policy/index.ts';
import type { InitiativeFields } from './initiative.ts';

/**
 * May this reader see the initiative's detail (issue 17)? A public one, everyone; an internal
 * one, only users bound to its municipality (its editors). Aggregate figures count every
 * initiative; this decides only the record itself.
 * @example canSeeInitiative({ kind: 'anonymous' }, { municipality: '766', visibility: 'internal' }) // false
 */
export function canSeeInitiative(
  reader: Actor,
  initiative: Pick<InitiativeFields, 'municipality' | 'visibility'>,
): boolean {
  if (initiative.visibility === 'public') return true;
  return reader.kind === 'user' && reader.municipalities.includes(initiative.municipality);
}
