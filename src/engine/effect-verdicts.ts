import type { Initiative, Verdict } from '../core/index.ts';
import { dataVersion, type Queryable } from '../db/index.ts';
import { computeEffectFor, effectShared } from './effect.ts';

/**
 * Verdicts already computed, per linked figure, by what they depend on: the data version, the
 * initiative's id and version, and the municipalities with an initiative on each of its
 * figures (left out of its peers). A new record re-checks only those sharing a figure with it.
 * Bounded; oldest out.
 */
const VERDICTS = new Map<string, ReadonlyMap<string, Verdict | null>>();
const MAX_VERDICTS = 20_000;

/**
 * The effect check's verdict of each initiative on each of its figures (null: refused), from
 * the kept verdicts where nothing they depend on changed. `all` is every stored initiative.
 */
export async function initiativeVerdicts(
  db: Queryable,
  wanted: readonly Initiative[],
  all: readonly Initiative[],
): Promise<Map<number, ReadonlyMap<string, Verdict | null>>> {
  const version = await dataVersion(db);
  const owners = (figure: string) =>
    [...new Set(all.filter((i) => i.keyFigures.includes(figure)).map((i) => i.municipality))]
      .sort()
      .join(',');
  const keyOf = (i: Initiative) =>
    `${version}|${i.id}:${i.version}|${i.keyFigures.map((k) => `${k}=${owners(k)}`).join(';')}`;
  const checked = wanted.filter((i) => i.keyFigures.length > 0);
  const missing = checked.filter((i) => !VERDICTS.has(keyOf(i)));
  if (missing.length > 0) {
    const shared = await effectShared(db, missing);
    for (const i of missing) {
      const effects = await computeEffectFor(db, i, shared);
      VERDICTS.set(keyOf(i), new Map(effects.map((e) => [e.keyFigure.id, e.check.verdict])));
      if (VERDICTS.size > MAX_VERDICTS) VERDICTS.delete(VERDICTS.keys().next().value ?? '');
    }
  }
  return new Map(checked.map((i) => [i.id, VERDICTS.get(keyOf(i)) ?? new Map()]));
}
