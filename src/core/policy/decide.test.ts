import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS, type Action } from './actions.ts';
import { decide } from './decide.ts';
import { ANONYMOUS, ROLES, type Actor, type Role } from './roles.ts';

const user = (role: Role, municipalities: readonly string[] = []): Actor => ({
  kind: 'user',
  userId: 'u1',
  role,
  municipalities,
});
const editor766 = user('municipality-editor', ['766']);
const group = (municipality?: string) =>
  municipality === undefined ? { type: 'peer-group' } : { type: 'peer-group', municipality };

describe('decide(actor, action, resource)', () => {
  it('lets an editor save a group for its own municipality, not for another', () => {
    expect(decide(editor766, 'peer-group.save', group('766'))).toEqual({ allow: true });
    expect(decide(editor766, 'peer-group.save', group('101'))).toEqual({
      allow: false,
      reason: 'other-municipality',
      status: 403,
      messageDa: 'Du kan kun skrive for 766, ikke for 101.',
      messageEn: 'You can only write for 766, not for 101.',
    });
  });

  it('names all of an editor’s municipalities when refusing another', () => {
    const d = decide(
      user('municipality-editor', ['615', '706', '766']),
      'peer-group.delete',
      group('101'),
    );
    expect(d.allow ? '' : d.messageDa).toBe('Du kan kun skrive for 615, 706 og 766, ikke for 101.');
  });

  it('refuses anonymous readers with 401 and every other refusal with 403', () => {
    const d = decide(ANONYMOUS, 'peer-group.save', group('766'));
    expect(d).toMatchObject({ allow: false, reason: 'not-logged-in', status: 401 });
    expect(decide(user('admin'), 'peer-group.save', group('766'))).toMatchObject({
      allow: false,
      reason: 'role',
      status: 403,
    });
    expect(decide(user('national-editor'), 'peer-group.save', group('766'))).toMatchObject({
      reason: 'role',
    });
    expect(decide(editor766, 'peer-group.save', group())).toMatchObject({
      reason: 'no-municipality',
      status: 403,
    });
  });

  it('keeps users, imports and the audit log for admins', () => {
    for (const action of ['user.manage', 'import.run', 'audit.read'] as const) {
      expect(decide(user('admin'), action, { type: 'user' }).allow, action).toBe(true);
      expect(decide(editor766, action, { type: 'user' }).allow, action).toBe(false);
      expect(decide(user('national-editor'), action, { type: 'user' }).allow, action).toBe(false);
    }
  });

  it('lets a municipality write its own portal items and the national editors all', () => {
    const item = (municipality?: string) =>
      municipality === undefined ? { type: 'portal-item' } : { type: 'portal-item', municipality };
    expect(decide(editor766, 'portal.write', item('766')).allow).toBe(true);
    expect(decide(editor766, 'portal.write', item('101'))).toMatchObject({
      reason: 'other-municipality',
    });
    expect(decide(editor766, 'portal.write', item())).toMatchObject({ reason: 'no-municipality' });
    expect(decide(user('national-editor'), 'portal.write', item('101')).allow).toBe(true);
    expect(decide(user('national-editor'), 'portal.write', item()).allow).toBe(true);
    expect(decide(user('admin'), 'portal.write', item('766'))).toMatchObject({
      reason: 'role',
      messageDa: 'Kun kommunens redaktører og de nationale redaktører kan skrive dette.',
    });
  });

  it('lets every logged-in role manage its own tokens', () => {
    for (const role of ROLES) {
      expect(decide(user(role, ['766']), 'token.manage-own', { type: 'token' }).allow).toBe(true);
    }
  });

  // Properties over every action, role and pair of municipality lists (fixed seed).
  const code = fc.integer({ min: 100, max: 999 }).map(String);
  const action = fc.constantFrom(...(Object.keys(ACTIONS) as Action[]));
  const role = fc.constantFrom(...ROLES);

  it('never lets an anonymous reader write anything', () => {
    fc.assert(
      fc.property(action, fc.option(code, { nil: undefined }), (a, m) => {
        expect(decide(ANONYMOUS, a, group(m)).allow).toBe(false);
      }),
      { seed: 20261207, numRuns: 200 },
    );
  });

  it('allows an own-municipality action exactly when an editor is bound to the municipality', () => {
    fc.assert(
      fc.property(action, role, fc.array(code, { maxLength: 5 }), code, (a, r, own, target) => {
        const allowed = decide(user(r, own), a, group(target)).allow;
        const rule = ACTIONS[a].who;
        const expected =
          rule === 'own-municipality'
            ? r === 'municipality-editor' && own.includes(target)
            : rule === 'own-municipality-or-national'
              ? r === 'national-editor' || (r === 'municipality-editor' && own.includes(target))
              : (rule as readonly string[]).includes(r);
        expect(allowed).toBe(expected);
      }),
      { seed: 20261207, numRuns: 500 },
    );
  });
});
