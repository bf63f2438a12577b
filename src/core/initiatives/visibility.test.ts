import { describe, expect, it } from 'vitest';
import type { Actor } from '../policy/index.ts';
import { canSeeInitiative } from './visibility.ts';

const editor = (codes: string[]): Actor => ({
  kind: 'user',
  userId: '1',
  role: 'municipality-editor',
  municipalities: codes,
});

describe('canSeeInitiative(reader, initiative)', () => {
  it('shows a public initiative to everyone', () => {
    const i = { municipality: '766', visibility: 'public' } as const;
    expect(canSeeInitiative({ kind: 'anonymous' }, i)).toBe(true);
    expect(canSeeInitiative(editor(['101']), i)).toBe(true);
  });

  it('shows an internal one only to the users of its own municipality', () => {
    const i = { municipality: '766', visibility: 'internal' } as const;
    expect(canSeeInitiative({ kind: 'anonymous' }, i)).toBe(false);
    expect(canSeeInitiative(editor(['101']), i)).toBe(false);
    expect(canSeeInitiative(editor(['101', '766']), i)).toBe(true);
    const national: Actor = {
      kind: 'user',
      userId: '2',
      role: 'national-editor',
      municipalities: [],
    };
    expect(canSeeInitiative(national, i)).toBe(false);
  });
});
