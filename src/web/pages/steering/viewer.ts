import type { SessionDocument } from '../../api/index.ts';

/** The municipalities a logged-in municipality editor may assess (none for anyone else). */
export function assessingMunicipalities(session: SessionDocument | undefined): readonly string[] {
  if (!session?.loggedIn || session.user.role !== 'municipality-editor') return [];
  return session.user.municipalities;
}

/** Whether the reader may start a self-assessment: a municipality's editor. */
export const mayAssess = (session: SessionDocument | undefined): boolean =>
  assessingMunicipalities(session).length > 0;

/** Whether the reader may open a round: a national editor (the facilitator). */
export const mayOpenRound = (session: SessionDocument | undefined): boolean =>
  session?.loggedIn === true && session.user.role === 'national-editor';
