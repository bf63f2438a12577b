import { ACTIONS, type Action, type Resource } from './actions.ts';
import type { Actor } from './roles.ts';

/** Why a write is refused; the server answers 401 for the first, 403 for the others. */
export type DenyReason =
  'not-logged-in' | 'role' | 'other-municipality' | 'no-municipality' | 'other-owner';

export type Decision =
  | { readonly allow: true }
  | {
      readonly allow: false;
      readonly reason: DenyReason;
      readonly status: 401 | 403;
      readonly messageDa: string;
      readonly messageEn: string;
    };

const ALLOW: Decision = { allow: true };

function deny(reason: DenyReason, messageDa: string, messageEn: string): Decision {
  return {
    allow: false,
    reason,
    status: reason === 'not-logged-in' ? 401 : 403,
    messageDa,
    messageEn,
  };
}

/**
 * The one decision on every write: may this actor do this action to this resource? Anonymous
 * readers write nothing; a role outside the action's list is refused; an action for "own
 * municipality" is allowed only to a municipality editor bound to the resource's municipality
 * (and, for "own municipality or national", to national editors as well);
 * a resource with an owner (an API token) only to that owner.
 * @example decide({ kind: 'user', userId: '1', role: 'municipality-editor', municipalities: ['766'] }, 'peer-group.save', { type: 'peer-group', municipality: '101' }).allow // false
 */
export function decide(actor: Actor, action: Action, resource: Resource): Decision {
  if (actor.kind === 'anonymous')
    return deny('not-logged-in', 'Log ind for at skrive.', 'Log in to write.');
  const rule: string | readonly string[] = ACTIONS[action].who;
  if (rule === 'own-municipality-or-national' && actor.role === 'national-editor') return ALLOW;
  if (rule === 'own-municipality' || rule === 'own-municipality-or-national') {
    if (actor.role !== 'municipality-editor')
      return rule === 'own-municipality'
        ? deny(
            'role',
            'Kun en kommunes redaktører kan skrive for kommunen.',
            "Only a municipality's editors can write for it.",
          )
        : deny(
            'role',
            'Kun kommunens redaktører og de nationale redaktører kan skrive dette.',
            "Only the municipality's editors and the national editors can write this.",
          );
    const code = resource.municipality;
    if (code === undefined)
      return deny('no-municipality', 'Der mangler en kommune.', 'A municipality is missing.');
    if (!actor.municipalities.includes(code))
      return deny(
        'other-municipality',
        `Du kan kun skrive for ${listCodes(actor.municipalities, 'og')}, ikke for ${code}.`,
        `You can only write for ${listCodes(actor.municipalities, 'and')}, not for ${code}.`,
      );
    return ALLOW;
  }
  if (!(rule as readonly string[]).includes(actor.role))
    return deny(
      'role',
      `Din rolle (${actor.role}) må ikke det.`,
      `Your role (${actor.role}) may not do that.`,
    );
  if (resource.owner !== undefined && resource.owner !== actor.userId)
    return deny('other-owner', 'Det tilhører en anden bruger.', 'That belongs to another user.');
  return ALLOW;
}

function listCodes(codes: readonly string[], and: string): string {
  if (codes.length === 0) return '–';
  if (codes.length === 1) return codes[0] ?? '';
  return `${codes.slice(0, -1).join(', ')} ${and} ${codes[codes.length - 1] ?? ''}`;
}
