/**
 * The roles that write (DESIGN.md §3.12). A reader is anyone not logged in: no account, no row.
 * - `municipality-editor`: writes only for the municipalities it is bound to;
 * - `national-editor`: curates the knowledge portal and answers rule barriers, for everyone;
 * - `admin`: users and imports, and reads the audit log; writes no municipality's content.
 */
export const ROLES = ['municipality-editor', 'national-editor', 'admin'] as const;

export type Role = (typeof ROLES)[number];

/** Who asks: nobody logged in, or a user with a role (and, for an editor, its municipalities). */
export type Actor =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'user';
      readonly userId: string;
      readonly role: Role;
      /** The municipality codes an editor writes for; empty for the other roles. */
      readonly municipalities: readonly string[];
    };

export const ANONYMOUS: Actor = { kind: 'anonymous' };

/** @example isRole('admin') // true */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
