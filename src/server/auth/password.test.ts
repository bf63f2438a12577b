import { hash, parseOptions } from '@node-rs/argon2';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from './common-passwords.ts';
import {
  DUMMY_HASH,
  PASSWORD_HASH_PARAMETERS,
  checkPasswordPolicy,
  dummyVerify,
  hashPassword,
  needsRehash,
  verifyPassword,
} from './password.ts';

describe('hashPassword and verifyPassword', () => {
  it('hashes with argon2id, m=19456 KiB, t=2, p=1, salted', async () => {
    const a = await hashPassword('en lang og god adgangskode');
    const b = await hashPassword('en lang og god adgangskode');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 'en lang og god adgangskode')).toEqual({
      ok: true,
      needsRehash: false,
    });
    expect((await verifyPassword(a, 'en lang og god adgangskodE')).ok).toBe(false);
  });

  it('matches the same text typed in another Unicode form (NFKC)', async () => {
    const composed = 'Blåbærgrød med fløde';
    const h = await hashPassword(composed);
    expect((await verifyPassword(h, composed.normalize('NFD'))).ok).toBe(true);
    // The full-width digits of some keyboards are the ordinary ones after NFKC.
    const wide = await hashPassword('kode１２３４５６７８９');
    expect((await verifyPassword(wide, 'kode123456789')).ok).toBe(true);
  });

  it('says when an older, weaker hash should be rehashed, and only after a match', async () => {
    const old = await hash('gammel men korrekt kode', { ...PASSWORD_HASH_PARAMETERS, timeCost: 1 });
    expect(needsRehash(old)).toBe(true);
    expect(await verifyPassword(old, 'gammel men korrekt kode')).toEqual({
      ok: true,
      needsRehash: true,
    });
    expect(await verifyPassword(old, 'forkert kode her')).toEqual({
      ok: false,
      needsRehash: false,
    });
  });

  it('treats a malformed stored hash as no match', async () => {
    expect(await verifyPassword('not a hash', 'whatever password')).toEqual({
      ok: false,
      needsRehash: false,
    });
  });

  it('verifies any password against the dummy hash, which has today’s parameters', async () => {
    const p = parseOptions(DUMMY_HASH);
    expect(p).toMatchObject({
      algorithm: PASSWORD_HASH_PARAMETERS.algorithm,
      memoryCost: PASSWORD_HASH_PARAMETERS.memoryCost,
      timeCost: PASSWORD_HASH_PARAMETERS.timeCost,
      parallelism: PASSWORD_HASH_PARAMETERS.parallelism,
    });
    expect(await dummyVerify('potentiale-dummy-password-for-timing')).toBe(false);
  });
  // How long a login takes for an unknown account against a known one is measured by
  // `npm run bench -- login` (a ratio in the same run), not asserted here.
});

describe('checkPasswordPolicy', () => {
  it('refuses fewer than 12 characters and more than 256, counted after NFKC', () => {
    expect(checkPasswordPolicy('kort kode!!')).toBe('too-short');
    expect(checkPasswordPolicy('ikke så kort')).toBeUndefined();
    expect(checkPasswordPolicy('x'.repeat(256))).toBeUndefined();
    expect(checkPasswordPolicy('x'.repeat(257))).toBe('too-long');
    // One emoji is one character, not two UTF-16 units.
    expect(checkPasswordPolicy('🙂'.repeat(11))).toBe('too-short');
    // ﬃ (one ligature) is "ffi" after NFKC: 10 ligatures are 30 characters.
    expect(checkPasswordPolicy('ﬃ'.repeat(10))).toBeUndefined();
  });

  it('refuses common passwords whatever their case', () => {
    for (const p of ['password123456', 'QwertyuiopAS', 'Sommerfugl123', 'Sommerfugl2025'])
      expect(checkPasswordPolicy(p), p).toBe('common');
    expect(checkPasswordPolicy('sommerfugl i maven 77')).toBeUndefined();
  });

  it('has a few hundred common passwords, all lower case and long enough to matter', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThan(300);
    for (const p of COMMON_PASSWORDS) {
      expect(p).toBe(p.toLowerCase().normalize('NFKC'));
      expect([...p].length).toBeGreaterThanOrEqual(12);
    }
  });

  it('accepts every long enough password that is not on the list (fast-check, fixed seed)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 300, unit: 'grapheme' }), (p) => {
        const n = [...p.normalize('NFKC')].length;
        const problem = checkPasswordPolicy(p);
        if (n < 12) return problem === 'too-short';
        if (n > 256) return problem === 'too-long';
        return (
          problem ===
          (COMMON_PASSWORDS.has(p.normalize('NFKC').toLowerCase()) ? 'common' : undefined)
        );
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
