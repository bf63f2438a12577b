import { decide, type Initiative } from '../../core/index.ts';
import type { RequestAuth } from '../auth/index.ts';

/** May the caller edit the initiative (the policy's answer, as the guard would give it)? */
export function canEditInitiative(auth: RequestAuth, i: Pick<Initiative, 'municipality'>): boolean {
  return decide(auth.actor, 'initiative.write', {
    type: 'initiative',
    municipality: i.municipality,
  }).allow;
}

/**
 * May the caller see the initiative's detail: a public one, everyone; an internal one, only
 * users bound to its municipality. The sector overview's totals count every initiative.
 */
export function canSeeInitiative(
  auth: RequestAuth,
  i: Pick<Initiative, 'municipality' | 'visibility'>,
): boolean {
  if (i.visibility === 'public') return true;
  return auth.actor.kind === 'user' && auth.actor.municipalities.includes(i.municipality);
}
