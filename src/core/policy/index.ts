/** @module The one policy for every write: role × municipality × action × resource. */
export { ACTIONS, isAction, type Action, type Resource } from './actions.ts';
export { decide, type Decision, type DenyReason } from './decide.ts';
export { ANONYMOUS, isRole, ROLES, type Actor, type Role } from './roles.ts';
export {
  mayReadAssessment,
  mayReadRound,
  maySeeRespondents,
  maySeeRoundComparison,
} from './steering-read.ts';
