import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  InvalidInputError,
  KNOWN_PEER_VARIABLES,
  MUNICIPALITIES,
  OutOfRangeError,
  type PeerGroupSpec,
} from '../../core/index.ts';
import { formatPeerSpec, parsePeerSpec } from './peer-spec.ts';

const short = (spec: PeerGroupSpec) =>
  spec.kind === 'nearest'
    ? {
        ...spec,
        ...(spec.variables
          ? { variables: spec.variables.map((v) => `${v.name}:${v.weight}`) }
          : {}),
      }
    : spec;

const known = (name: string) => {
  const v = KNOWN_PEER_VARIABLES.find((x) => x.name === name);
  if (!v) throw new Error(name);
  return v;
};

describe('parsePeerSpec(raw)', () => {
  it.each([
    ['nearest', { kind: 'nearest' }],
    ['nearest:12', { kind: 'nearest', k: 12 }],
    [' Nearest:5 ', { kind: 'nearest', k: 5 }],
    ['nearest;add=101', { kind: 'nearest', add: ['101'] }],
    ['nearest:8;remove=751,147', { kind: 'nearest', k: 8, remove: ['751', '147'] }],
    [
      'nearest:12;vars=log-population,share-67-plus:2,tax-base:0.5',
      {
        kind: 'nearest',
        k: 12,
        variables: ['log-population:1', 'share-67-plus:2', 'tax-base:0.5'],
      },
    ],
    [
      'nearest:3;vars=share-67-plus:0,log-density',
      { kind: 'nearest', k: 3, variables: ['share-67-plus:0', 'log-density:1'] },
    ],
    ['nearest:10;add=0101;remove=751', { kind: 'nearest', k: 10, add: ['101'], remove: ['751'] }],
    ['nearest:10;;add=101;', { kind: 'nearest', k: 10, add: ['101'] }],
    [
      'nearest:4;vars=non-western-citizens:2',
      { kind: 'nearest', k: 4, variables: ['non-western-citizens:2'] },
    ],
    ['all', { kind: 'all' }],
    ['region', { kind: 'region' }],
    ['landsdel', { kind: 'landsdel' }],
    ['list:101,147', { kind: 'list', codes: ['101', '147'] }],
    ['saved:Vores gruppe', { kind: 'saved', name: 'Vores gruppe', codes: [] }],
  ])('reads %j', (raw, expected) => {
    expect(short(parsePeerSpec(raw))).toEqual(expected);
  });

  it.each([
    ['nearest:abc', /k skal være et helt tal, ikke "abc"/],
    ['nearest:1.5', /k skal være et helt tal, ikke "1.5"/],
    ['nearest;vars=size', /Ukendt variabel "size".*kendte: log-population/],
    ['nearest;vars=log-density,log-density:2', /Variablen "log-density" står to gange/],
    ['nearest;vars=share-67-plus:abc', /Vægten for "share-67-plus" .* ikke "abc"/],
    ['nearest;vars=share-67-plus:-1', /Vægten for "share-67-plus" .* ikke "-1"/],
    ['nearest;vars=share-67-plus:1e3', /ikke "1e3"/],
    ['nearest;vars=share-67-plus:101', /fra 0 til 100.*ikke "101"/],
    ['nearest;vars=share-67-plus:0', /Mindst én variabel .* vægt over 0/],
    ['nearest;add=999', /"999" i add= er ikke en kommunekode/],
    ['nearest;add=Aarhus', /"aarhus" i add= er ikke en kommunekode/],
    ['nearest;remove=101,147,101', /Kommune 101 står to gange i remove=/],
    ['nearest;add=101;remove=101', /Kommune 101 står både i add= og remove=/],
    ['nearest;add=', /"add=" i peers er tom/],
    ['nearest;add=101;add=147', /"add=" står to gange/],
    ['nearest;colour=red', /Ukendt del "colour=red"/],
    ['nearest:10:3', /k skal være et helt tal, ikke "10:3"/],
    ['nearby', /Ukendt sammenligningsgruppe "nearby"/],
  ])('refuses %j with a 400 naming the value', (raw, message) => {
    const e = (() => {
      try {
        parsePeerSpec(raw);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e).not.toBeInstanceOf(OutOfRangeError);
    expect((e as Error).message).toMatch(message);
    expect((e as InvalidInputError).parameter).toBe('peers');
  });

  it.each(['nearest:0', 'nearest:98', 'nearest:-3;add=101'])(
    'refuses %j as a number outside 1-97 (422)',
    (raw) => {
      expect(() => parsePeerSpec(raw)).toThrow(OutOfRangeError);
    },
  );

  it('names the parameter in the spelling it is given', () => {
    expect(() => parsePeerSpec('nearest;vars=x', '--peers')).toThrow(/i --peers/);
  });

  it('reads back what formatPeerSpec writes (fast-check, fixed seed)', () => {
    const codes = MUNICIPALITIES.map((m) => m.code);
    const names = KNOWN_PEER_VARIABLES.map((v) => v.name);
    const spec = fc
      .record({
        k: fc.option(fc.integer({ min: 1, max: 97 }), { nil: undefined }),
        variables: fc.option(
          fc.uniqueArray(
            fc.record({
              name: fc.constantFrom(...names),
              weight: fc.constantFrom(0, 0.5, 1, 2, 3.25, 100),
            }),
            { minLength: 1, maxLength: names.length, selector: (v) => v.name },
          ),
          { nil: undefined },
        ),
        picked: fc.uniqueArray(fc.constantFrom(...codes), { maxLength: 8 }),
        split: fc.nat(8),
      })
      .filter((r) => r.variables === undefined || r.variables.some((v) => v.weight > 0));
    fc.assert(
      fc.property(spec, (r) => {
        const add = r.picked.slice(0, r.split);
        const remove = r.picked.slice(r.split);
        const written = formatPeerSpec({
          kind: 'nearest',
          ...(r.k === undefined ? {} : { k: r.k }),
          ...(r.variables
            ? {
                variables: r.variables.map((v) => ({
                  ...known(v.name),
                  weight: v.weight,
                })),
              }
            : {}),
          ...(add.length > 0 ? { add } : {}),
          ...(remove.length > 0 ? { remove } : {}),
        });
        const read = parsePeerSpec(written);
        expect(formatPeerSpec(read)).toBe(written);
        if (read.kind !== 'nearest') throw new Error('not nearest');
        expect(read.k).toBe(r.k);
        expect(read.add ?? []).toEqual(add);
        expect(read.remove ?? []).toEqual(remove);
        expect(read.variables?.map((v) => [v.name, v.weight])).toEqual(
          r.variables?.map((v) => [v.name, v.weight]),
        );
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
