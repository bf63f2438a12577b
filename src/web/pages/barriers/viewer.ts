import type { SessionDocument } from '../../api/index.ts';

/** The municipalities a logged-in municipality editor may report barriers for (none else). */
export function reportingMunicipalities(session: SessionDocument | undefined): readonly string[] {
  if (!session?.loggedIn || session.user.role !== 'municipality-editor') return [];
  return session.user.municipalities;
}

/** Whether the reader may report a barrier: a municipality's editor. */
export const mayReport = (session: SessionDocument | undefined): boolean =>
  reportingMunicipalities(session).length > 0;
