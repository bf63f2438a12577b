import { decide } from '../../../core/index.ts';
import type { SessionDocument } from '../../api/index.ts';

/**
 * Whether the viewer may edit the municipality's report narrative: the same policy the server
 * guards the draft routes with (`report.edit`), asked of the session's user.
 * @example mayEditReport({ loggedIn: false }, '766') // false
 */
export function mayEditReport(session: SessionDocument | undefined, code: string): boolean {
  if (session?.loggedIn !== true) return false;
  const u = session.user;
  return decide(
    { kind: 'user', userId: String(u.id), role: u.role, municipalities: u.municipalities },
    'report.edit',
    { type: 'report-draft', municipality: code },
  ).allow;
}
