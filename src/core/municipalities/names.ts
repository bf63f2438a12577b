import type { Municipality } from './municipality.ts';
import { MUNICIPALITIES } from './municipality-list.ts';

/**
 * A comparable form of a municipality name: lower case, "Kommune"/"Regionskommune" removed,
 * å/aa, ø/oe, æ/ae folded, hyphens and spaces ignored, old spellings mapped.
 * @example nameKey('Høje Taastrup Kommune') === nameKey('Høje-Taastrup') // true
 */
export function nameKey(name: string): string {
  let s = name
    .toLowerCase()
    .normalize('NFC')
    .replace(/\(\d+\)/g, '')
    .replace(/\b(regions)?kommunes?\b/g, '')
    .trim();
  s = s.replace(/aa/g, 'å').replace(/oe/g, 'ø').replace(/ae/g, 'æ');
  s = s.replace(/[\s\-.]+/g, '');
  return aliases.get(s) ?? s;
}

const aliases: ReadonlyMap<string, string> = new Map([
  ['århus', 'århus'],
  ['brønderslevdronninglund', 'brønderslev'],
  ['vesthimmerland', 'vesthimmerlands'],
  ['nordfyn', 'nordfyns'],
  ['copenhagen', 'københavn'],
]);

const byKey: ReadonlyMap<string, Municipality> = new Map(
  MUNICIPALITIES.map((m) => [nameKey(m.name), m]),
);

/** Finds a municipality by any common spelling of its name, or undefined. */
export function findMunicipalityByName(name: string): Municipality | undefined {
  const key = nameKey(name);
  // "Københavns Kommune", "Bornholms Regionskommune": the genitive s of the official long name.
  return byKey.get(key) ?? (key.endsWith('s') ? byKey.get(key.slice(0, -1)) : undefined);
}
