import { describe, expect, it } from 'vitest';
import type {
  PackageDocument,
  PeersDocument,
  PotentialDocument,
} from '../../src/server/contract.ts';
import { ENGINES } from '../support/engines.ts';
import { realDataApp } from '../support/real-data-app.ts';

// A comparison group of one's own (issue 14): k, variables with weights and members added or
// kept out by hand, in the one `peers` spelling every engine route parses.

const OWN = 'nearest:6;vars=log-population,share-67-plus:2,tax-base:0.5;add=101;remove=727';
const q = encodeURIComponent;

describe.each(ENGINES)('own peer groups on %s', (engine) => {
  const { request, json } = realDataApp(engine);

  it('explains the group: its variables and weights, the k nearest without 727, then 101 added', async () => {
    const d = await json<PeersDocument>(`/api/v1/peers?municipality=766&year=2019&peers=${q(OWN)}`);
    expect(d.variables.map((v) => [v.name, v.weight])).toEqual([
      ['log-population', 1],
      ['share-67-plus', 2],
      ['tax-base', 0.5],
    ]);
    expect(d.peers).toHaveLength(7);
    expect(d.peers.map((p) => p.code)).not.toContain('727');
    expect(d.peers.at(-1)).toMatchObject({ code: '101', addedByHand: true });
    expect(d.peers.slice(0, 6).every((p) => !p.addedByHand)).toBe(true);
    expect(d.removed).toEqual(['727']);
    for (const p of d.peers) {
      const shares = Object.values(p.contributions);
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    }
    // Nearest first; the one added by hand is farther than the sixth nearest.
    const distances = d.peers.map((p) => p.distance ?? NaN);
    expect(distances.slice(0, 6)).toEqual([...distances.slice(0, 6)].sort((a, b) => a - b));
    expect(distances[6]).toBeGreaterThan(distances[5] ?? Infinity);
  });

  it('takes the next nearest in place of a removed member', async () => {
    const plain = await json<PeersDocument>('/api/v1/peers?municipality=766&year=2019&k=6');
    const first = plain.peers[0]?.code ?? '';
    const without = await json<PeersDocument>(
      `/api/v1/peers?municipality=766&year=2019&peers=${q(`nearest:6;remove=${first}`)}`,
    );
    expect(without.peers.map((p) => p.code)).toEqual([
      ...plain.peers.slice(1).map((p) => p.code),
      expect.any(String),
    ]);
    expect(without.peers.map((p) => p.code)).not.toContain(first);
  });

  it('computes the package, a potential and talk-to with the same group', async () => {
    const pkg = await json<PackageDocument>(
      `/api/v1/package?municipality=766&year=2019&peers=${q(OWN)}`,
    );
    const groups = Object.values(pkg.groups);
    expect(groups.length).toBeGreaterThan(0);
    // Own variables replace the themes' sets, so every theme has the same group.
    for (const g of groups) {
      expect(g.members).toEqual(groups[0]?.members);
      expect(g.members).toContain('101');
      expect(g.members).not.toContain('727');
      expect(g.nameDa).toMatch(/^6 nærmeste på rammevilkår \(\d{4}\), 1 tilføjet, 1 fravalgt$/);
      expect(g.nameEn).toMatch(
        /^6 nearest on structural conditions \(\d{4}\), 1 added, 1 removed$/,
      );
    }
    const potential = await json<PotentialDocument>(
      `/api/v1/potential?municipality=766&keyFigure=udgifter-aeldre-pr-67-aarig&year=2019&peers=${q(OWN)}`,
    );
    expect(potential.peerGroup.members).toEqual(groups[0]?.members);
    const talk = await request(
      `/api/v1/talk-to?municipality=766&keyFigure=udgifter-aeldre-pr-67-aarig&year=2019&peers=${q(OWN)}`,
    );
    expect(talk.status).toBe(200);
    const dev = await request(
      `/api/v1/development?municipality=766&keyFigure=udgifter-aeldre-pr-67-aarig&from=2018&to=2019&peers=${q(OWN)}`,
    );
    expect(dev.status, await dev.clone().text()).toBe(200);
  });

  it('warns when the group leaves fewer than 3 members with data', async () => {
    const small = await json<PackageDocument>(
      `/api/v1/package?municipality=766&year=2019&peers=${q('nearest:2')}`,
    );
    const w = small.warnings.find((x) => x.code === 'small-group');
    expect(w?.messageDa).toMatch(/Sammenligningsgruppen for Hedensted har 2 medlemmer/);
    expect(w?.keyFigureId).toBeNull();
    const usual = await json<PackageDocument>('/api/v1/package?municipality=766&year=2019');
    expect(usual.warnings.some((x) => x.code === 'small-group')).toBe(false);
  });

  it.each([
    ['nearest;add=999', 400, /"999" i add= er ikke en kommunekode/],
    ['nearest;add=101,101', 400, /Kommune 101 står to gange i add=/],
    ['nearest;add=766', 400, /766 kan ikke være med i sin egen gruppe/],
    ['nearest:0', 422, /k skal være fra 1 til 97, ikke 0/],
    ['nearest:98', 422, /ikke 98/],
    ['nearest;vars=share-67-plus:abc', 400, /Vægten for "share-67-plus" .* ikke "abc"/],
    ['nearest;vars=share-67-plus:-2', 400, /ikke "-2"/],
    ['nearest;vars=size', 400, /Ukendt variabel "size"/],
  ])('refuses peers=%s with %i naming the value', async (peers, status, message) => {
    for (const path of [
      `/api/v1/package?municipality=766&year=2019&peers=${q(peers)}`,
      `/api/v1/peers?municipality=766&year=2019&peers=${q(peers)}`,
    ]) {
      const r = await request(path);
      expect(r.status, path).toBe(status);
      const p = (await r.json()) as { detail: string; parameter?: string };
      expect(p.detail).toMatch(message);
      expect(p.parameter).toBe('peers');
    }
  });

  it('refuses /peers with both peers and k, and with a group that is not nearest', async () => {
    const both = await request('/api/v1/peers?municipality=766&year=2019&peers=nearest:5&k=3');
    expect(both.status).toBe(400);
    expect(((await both.json()) as { detail: string }).detail).toMatch(/enten peers eller k/);
    const region = await request('/api/v1/peers?municipality=766&year=2019&peers=region');
    expect(region.status).toBe(400);
  });
});
