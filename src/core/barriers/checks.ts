import { InvalidInputError, PotentialeError } from '../diagnostics/index.ts';
import { formatKr } from '../format/index.ts';
import {
  MAX_BARRIER_ESTIMATE,
  type Barrier,
  type BarrierEstimate,
  type BarrierFields,
} from './barrier.ts';

/** Hosts a barrier's rule may link to: the law's text at retsinformation.dk. */
const RETSINFORMATION = /^https:\/\/(www\.)?retsinformation\.dk\/[^\s<>"]*$/;

/**
 * An estimate is a year's blocked efficiency: a finite amount, not negative, not absurd (at
 * most MAX_BARRIER_ESTIMATE). Throws InvalidInputError naming `field.amount`.
 * @example checkEstimate({ amount: -1, prices: { basis: 'current', year: null }, year: 2024, source: 'entered' }, 'estimate') // throws: "estimate.amount"
 */
export function checkEstimate(estimate: BarrierEstimate | null, field: string): void {
  if (estimate === null) return;
  const { amount } = estimate;
  if (!Number.isFinite(amount) || amount < 0)
    throw new InvalidInputError(
      `Skønnet skal være et beløb på 0 kr. eller mere, ikke ${amount}`,
      `${field}.amount`,
    );
  if (amount > MAX_BARRIER_ESTIMATE)
    throw new InvalidInputError(
      `Skønnet ${formatKr('da', amount)} om året er urealistisk (højst ${formatKr('da', MAX_BARRIER_ESTIMATE)}); skriv et års effektivisering i kroner`,
      `${field}.amount`,
    );
}

/**
 * The checks on a reported barrier that need no database: the law link goes to
 * retsinformation.dk, the estimate is sane, links are https. Throws InvalidInputError naming
 * the field.
 */
export function checkBarrierFields(fields: BarrierFields): void {
  if (fields.law.url !== null && !RETSINFORMATION.test(fields.law.url))
    throw new InvalidInputError(
      `Linket til reglen skal gå til retsinformation.dk, ikke "${fields.law.url}"`,
      'law.url',
    );
  checkEstimate(fields.estimate, 'estimate');
  fields.links.forEach((l, k) => {
    if (!/^https:\/\/[^\s<>"]+$/.test(l.url))
      throw new InvalidInputError(
        `Et link skal begynde med https://, ikke "${l.url}"`,
        `links[${k}].url`,
      );
  });
}

/**
 * A municipality may second a barrier once, never its own, and never one that was merged into
 * another (second that one). Throws InvalidInputError (`municipality`) or a conflict.
 */
export function checkSecond(barrier: Barrier, municipality: string): void {
  if (barrier.mergedInto !== null)
    throw new PotentialeError(
      'conflict',
      `Barriere ${barrier.id} er lagt sammen med barriere ${barrier.mergedInto}; støt den i stedet`,
    );
  if (municipality === barrier.municipality)
    throw new InvalidInputError(
      'En kommune kan ikke støtte sin egen barriere; ret den i stedet',
      'municipality',
    );
  if (barrier.seconds.some((s) => s.municipality === municipality && s.mergedFrom === null))
    throw new PotentialeError(
      'conflict',
      `Kommunen ${municipality} støtter allerede barriere ${barrier.id}; ret kommentaren i stedet for at støtte igen`,
    );
}

/**
 * A merge keeps `into` and folds `from` into it. Refused: a merge into itself, from or into a
 * barrier that is already merged (which also rules out every cycle: a target is always a root).
 */
export function checkMerge(from: Barrier, into: Barrier): void {
  if (from.id === into.id)
    throw new InvalidInputError('En barriere kan ikke lægges sammen med sig selv', 'into');
  if (from.mergedInto !== null)
    throw new PotentialeError(
      'conflict',
      `Barriere ${from.id} er allerede lagt sammen med barriere ${from.mergedInto}`,
    );
  if (into.mergedInto !== null)
    throw new InvalidInputError(
      `Barriere ${into.id} er selv lagt sammen med barriere ${into.mergedInto}; læg sammen med den i stedet (ellers opstår en kæde)`,
      'into',
    );
}

/** A merged barrier is edited and answered on the one it was merged into (409 otherwise). */
export function checkOpen(barrier: Barrier): void {
  if (barrier.mergedInto !== null)
    throw new PotentialeError(
      'conflict',
      `Barriere ${barrier.id} er lagt sammen med barriere ${barrier.mergedInto}; ret og besvar den i stedet`,
    );
}
