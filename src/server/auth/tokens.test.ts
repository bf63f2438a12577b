import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hashToken,
  issueToken,
  looksLikeApiToken,
  newApiToken,
  randomToken,
  tokenMatches,
} from './tokens.ts';

describe('tokens', () => {
  it('are 32 random bytes in base64url, API tokens with pt_', () => {
    const t = randomToken();
    expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(t, 'base64url')).toHaveLength(32);
    const api = newApiToken();
    expect(api).toMatch(/^pt_[A-Za-z0-9_-]{43}$/);
    expect(looksLikeApiToken(api)).toBe(true);
    expect(looksLikeApiToken(t)).toBe(false);
    const many = new Set(Array.from({ length: 1000 }, () => randomToken()));
    expect(many.size).toBe(1000);
  });

  it('are stored as their SHA-256 in hex', () => {
    expect(hashToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    const { token, hash } = issueToken('api');
    expect(token.startsWith('pt_')).toBe(true);
    expect(hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(hash).not.toContain(token);
  });

  it('match their own hash only (fast-check, fixed seed)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (a, b) => {
        expect(tokenMatches(a, hashToken(a))).toBe(true);
        expect(tokenMatches(b, hashToken(a))).toBe(a === b);
        expect(tokenMatches(a, 'not hex')).toBe(false);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
