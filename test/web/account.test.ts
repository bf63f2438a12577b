import { describe, expect, it } from 'vitest';
import { safeNext } from '../../src/web/api/session.ts';
import { groupSecret } from '../../src/web/pages/account/totp-section.tsx';

describe('safeNext(next): where login goes back to', () => {
  it.each([
    ['/kommune/766?peers=nearest#grupper', '/kommune/766?peers=nearest#grupper'],
    ['/min-konto', '/min-konto'],
  ])('keeps a path on this site: %s', (next, to) => {
    expect(safeNext(next)).toBe(to);
  });

  it.each([
    null,
    '',
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    '/\t/evil.example',
    'javascript:alert(1)',
    'kommune/766',
  ])('sends %j to my account instead', (next) => {
    expect(safeNext(next)).toBe('/min-konto');
  });
});

describe('groupSecret(secret)', () => {
  it('groups a base32 secret in fours for typing', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPJBSWY3DPEH')).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EH');
    expect(groupSecret(' ab cd ')).toBe('abcd');
  });
});
