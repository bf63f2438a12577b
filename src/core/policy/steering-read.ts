import type { Actor } from './roles.ts';

/**
 * Who may read a steering self-assessment's results (issue 19). Its own municipality's editors
 * always; everyone once the municipality has shared it; the national editors (facilitators)
 * when it belongs to a round. Respondents' names are for the own municipality only.
 * @example mayReadAssessment({ kind: 'anonymous' }, { municipality: '766', shared: false, roundId: null }) // false
 */
export function mayReadAssessment(
  actor: Actor,
  assessment: {
    readonly municipality: string;
    readonly shared: boolean;
    readonly roundId: number | null;
  },
): boolean {
  if (assessment.shared) return true;
  if (actor.kind !== 'user') return false;
  if (actor.role === 'national-editor') return assessment.roundId !== null;
  return (
    actor.role === 'municipality-editor' && actor.municipalities.includes(assessment.municipality)
  );
}

/** The own municipality's editors see the respondents' names; others see them numbered. */
export function maySeeRespondents(actor: Actor, municipality: string): boolean {
  return (
    actor.kind === 'user' &&
    actor.role === 'municipality-editor' &&
    actor.municipalities.includes(municipality)
  );
}

/**
 * Who may read a round: the national editors (facilitators) and the editors of its
 * municipalities. The comparison across the participants is for the facilitators at once, and
 * for a participant only when every participant has shared.
 */
export function mayReadRound(actor: Actor, municipalities: readonly string[]): boolean {
  if (actor.kind !== 'user') return false;
  if (actor.role === 'national-editor') return true;
  return (
    actor.role === 'municipality-editor' &&
    actor.municipalities.some((m) => municipalities.includes(m))
  );
}

/** Whether the actor sees a round's comparison now (see mayReadRound). */
export function maySeeRoundComparison(actor: Actor, allShared: boolean): boolean {
  return actor.kind === 'user' && (actor.role === 'national-editor' || allShared);
}
