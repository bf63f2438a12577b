import type { Role } from './roles.ts';

/**
 * Every write the platform knows, with who may do it:
 * - `own-municipality`: a municipality editor, for a municipality it is bound to (the resource
 *   names the municipality);
 * - `own-municipality-or-national`: the same, and national editors for any resource (the
 *   portal: a municipality writes its own items, the national editors curate them all);
 * - a list of roles: those roles, for any resource.
 * A new write route adds its action here; the authorisation matrix test then covers it.
 */
export const ACTIONS = {
  'peer-group.save': { who: 'own-municipality' },
  'peer-group.delete': { who: 'own-municipality' },
  'portal.write': { who: 'own-municipality-or-national' },
  'initiative.write': { who: 'own-municipality' },
  'barrier.report': { who: 'own-municipality-or-national' },
  'barrier.second': { who: 'own-municipality' },
  'barrier.answer': { who: ['national-editor'] },
  'barrier.merge': { who: ['national-editor'] },
  'budget.explain': { who: 'own-municipality' },
  'steering.assess': { who: 'own-municipality' },
  'steering.answer': { who: 'own-municipality' },
  'steering.round': { who: ['national-editor'] },
  // The report's narrative drafts: written, and read, only by who may edit them.
  'report.edit': { who: 'own-municipality-or-national' },
  'user.manage': { who: ['admin'] },
  'token.manage-own': { who: ['municipality-editor', 'national-editor', 'admin'] },
  'account.manage-own': { who: ['municipality-editor', 'national-editor', 'admin'] },
  'audit.read': { who: ['admin'] },
  'import.run': { who: ['admin'] },
} as const satisfies Record<
  string,
  { readonly who: 'own-municipality' | 'own-municipality-or-national' | readonly Role[] }
>;

export type Action = keyof typeof ACTIONS;

/** What is written: its kind, and the municipality it belongs to when it belongs to one. */
export interface Resource {
  readonly type: string;
  readonly municipality?: string;
  /** The user the resource belongs to (an API token), when it belongs to one. */
  readonly owner?: string;
}

/** @example isAction('peer-group.save') // true */
export function isAction(value: string): value is Action {
  return Object.hasOwn(ACTIONS, value);
}
