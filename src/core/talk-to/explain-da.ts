import type { KeyFigure } from '../key-figures/index.ts';
import { formatNumber } from '../format/index.ts';
import type { CounterpartCheck } from './counterparts.ts';

/** What the Danish reason of an entry is built from. */
export interface ReasonParts {
  readonly name: string;
  readonly figure: KeyFigure;
  readonly value: number;
  readonly ownValue: number;
  readonly relativeAdvantage: number | null;
  readonly distance: number;
  readonly inPeerGroup: boolean;
  readonly groupNameDa: string;
  readonly counterparts: readonly CounterpartCheck[];
}

/**
 * The reason an entry was chosen, in Danish for people: the value beside ours, how much
 * better, how similar, and the counterparts (not worse, unknown, not judged).
 * @example 'Favrskov har 52.300 kr. pr. 67+-årig mod jeres 58.100 (10,0 % lavere). …'
 */
export function describeReasonDa(p: ReasonParts): string {
  const decimals = Math.abs(p.ownValue) >= 100 ? 0 : 2;
  const direction = p.figure.polarity === 'lower-is-better' ? 'lavere' : 'højere';
  const relative =
    p.relativeAdvantage === null
      ? ''
      : ` (${formatNumber('da', p.relativeAdvantage * 100, 1)} % ${direction})`;
  const similar = p.inPeerGroup
    ? `hører til jeres sammenligningsgruppe (${p.groupNameDa})`
    : 'ligger blandt de nærmeste på rammevilkår uden for jeres sammenligningsgruppe';
  const parts = [
    `${p.name} har ${formatNumber('da', p.value, decimals)} ${p.figure.unit} mod jeres ` +
      `${formatNumber('da', p.ownValue, decimals)}${relative}.`,
    `Kommunen ${similar}, strukturel afstand ${formatNumber('da', p.distance, 2)}.`,
  ];
  const list = (verdicts: readonly CounterpartCheck['verdict'][]) =>
    p.counterparts.filter((c) => verdicts.includes(c.verdict));
  const notWorse = list(['better', 'equal']);
  if (notWorse.length > 0) {
    const items = notWorse.map(
      (c) =>
        `${c.nameDa} (${formatNumber('da', c.value, 2)} mod jeres ${formatNumber('da', c.ownValue, 2)})`,
    );
    parts.push(`Ikke dårligere på: ${items.join('; ')}.`);
  }
  const unknown = list(['unknown']);
  if (unknown.length > 0) {
    parts.push(`Ukendt (mangler data): ${unknown.map((c) => c.nameDa).join('; ')}.`);
  }
  const neutral = list(['not-judged']);
  if (neutral.length > 0) {
    parts.push(`Vist, men ikke vurderet: ${neutral.map((c) => c.nameDa).join('; ')}.`);
  }
  return parts.join(' ');
}
