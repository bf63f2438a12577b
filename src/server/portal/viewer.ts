import { decide, type PortalItem } from '../../core/index.ts';
import type { Viewer } from '../../db/index.ts';
import type { RequestAuth } from '../auth/index.ts';

/** Who reads the portal, for the drafts they may see. */
export function viewerOf(auth: RequestAuth): Viewer {
  if (auth.via === 'anonymous' || auth.actor.kind !== 'user') return { kind: 'anonymous' };
  return {
    kind: 'user',
    userId: auth.account.id,
    national: auth.actor.role === 'national-editor',
    municipalities: auth.actor.municipalities,
  };
}

/** May the caller edit the item (the policy's answer, as the guard would give it)? */
export function canEdit(auth: RequestAuth, item: Pick<PortalItem, 'municipality'>): boolean {
  const resource =
    item.municipality === null
      ? { type: 'portal-item' }
      : { type: 'portal-item', municipality: item.municipality };
  return decide(auth.actor, 'portal.write', resource).allow;
}

/** May the caller see the item: published, or a draft/archived one they may edit or wrote. */
export function canSee(auth: RequestAuth, item: PortalItem): boolean {
  if (item.status === 'published') return true;
  if (auth.via === 'anonymous') return false;
  return canEdit(auth, item) || item.authorId === auth.account.id;
}
