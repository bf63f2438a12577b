import { NotFoundError, type PeerGroupSpec } from '../core/index.ts';
import { findPeerGroup, type Queryable } from '../db/index.ts';

/** Fills in the codes of a `saved:<name>` spec from the database; other specs pass through. */
export async function loadSavedGroup(db: Queryable, spec: PeerGroupSpec): Promise<PeerGroupSpec> {
  if (spec.kind !== 'saved' || spec.codes.length > 0) return spec;
  const group = await findPeerGroup(db, spec.name);
  if (!group)
    throw new NotFoundError(
      `Der er ingen gemt sammenligningsgruppe ved navn "${spec.name}" (se "potentiale groups list")`,
    );
  return { kind: 'saved', name: group.name, codes: group.codes };
}
