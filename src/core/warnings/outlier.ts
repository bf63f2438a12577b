import { formatNumber } from '../format/index.ts';
import { isPresent, median } from '../stats/index.ts';
import type { SpreadKind, WarningOf } from './warning.ts';
import { amount, endSentence, municipalityName } from './words.ts';

/** How many spreads from the peers' median a value must lie to be an outlier. */
export const OUTLIER_THRESHOLD = 3;
/** 1.4826 × MAD estimates the standard deviation of normal data (1 / Φ⁻¹(3/4)). */
export const MAD_SCALE = 1.4826;
/** √(π/2) × the mean absolute deviation estimates the standard deviation of normal data. */
export const MEAN_AD_SCALE = 1.2533;
/** Fewer peers with a value than this say too little about what is usual: no outlier test. */
export const OUTLIER_MIN_PEERS = 3;

/** How far a value lies from the peers' values, measured robustly. */
export interface RobustDeviation {
  readonly median: number;
  /** Median absolute deviation from the median, unscaled. */
  readonly mad: number;
  readonly spreadKind: SpreadKind;
  /** 1.4826 × MAD; when MAD = 0, 1.2533 × the mean absolute deviation; 0 when all are equal. */
  readonly spread: number;
  /** |value − median| / spread; Infinity when the spread is 0 and the value differs, 0 when equal. */
  readonly deviations: number;
  readonly peers: number;
}

/**
 * The value's distance from the peers' median in robust standard deviations: the spread is
 * 1.4826 × MAD (the median absolute deviation scaled to estimate the standard deviation of
 * normal data, so "3" means what 3 standard deviations mean). When MAD is 0 (half the peers or
 * more share the median value) it falls back to 1.2533 × the mean absolute deviation from the
 * median; when that is 0 too (all peers equal) any other value is infinitely far. Missing
 * peer values (null, NaN) are left out. Unchanged when every value is shifted by a constant or
 * multiplied by a positive factor.
 * Undefined when the value is missing or fewer than 3 peers have a value.
 * @example robustDeviation(10, [1, 2, 3, 4, 5])?.deviations // 7 / 1.4826 ≈ 4.72
 */
export function robustDeviation(
  value: number | null,
  peerValues: ArrayLike<number | null>,
): RobustDeviation | undefined {
  if (!isPresent(value)) return undefined;
  const xs = Array.from(peerValues).filter(isPresent);
  if (xs.length < OUTLIER_MIN_PEERS) return undefined;
  const m = median(xs);
  const absolute = xs.map((x) => Math.abs(x - m));
  const mad = median(absolute);
  const meanAd = absolute.reduce((s, a) => s + a, 0) / absolute.length;
  const [spreadKind, spread]: [SpreadKind, number] =
    mad > 0
      ? ['scaled-mad', MAD_SCALE * mad]
      : meanAd > 0
        ? ['mean-absolute-deviation', MEAN_AD_SCALE * meanAd]
        : ['none', 0];
  const off = Math.abs(value - m);
  const deviations = spread > 0 ? off / spread : off > 0 ? Infinity : 0;
  return { median: m, mad, spreadKind, spread, deviations, peers: xs.length };
}

/** What the outlier rule looks at. */
export interface OutlierInput {
  readonly keyFigureId: string;
  /** The municipality whose value is tested. */
  readonly code: string;
  readonly value: number | null;
  /** The peers' values of the same figure and year, the municipality itself not among them. */
  readonly peerValues: ArrayLike<number | null>;
  /** The figure's unit for the message, e.g. "kr. pr. indb.". */
  readonly unit?: string;
}

/**
 * `outlier`: the municipality's value lies more than 3 robust standard deviations from its
 * peers' median, |x − median| > 3 × 1.4826 × MAD (DESIGN.md §3.4c; see robustDeviation for
 * MAD = 0). Islands such as Læsø on transport are the typical case: the potential then says
 * more about special conditions than about efficiency.
 * Undefined when the value is within the limit, missing, or fewer than 3 peers have a value.
 * @example outlierWarning({ keyFigureId: 'udg-transport-infrastruktur-pr-indb', code: '825', value: 17364, peerValues })?.detail.deviations // 23.6
 */
export function outlierWarning(input: OutlierInput): WarningOf<'outlier'> | undefined {
  const r = robustDeviation(input.value, input.peerValues);
  if (r === undefined || !(r.deviations > OUTLIER_THRESHOLD)) return undefined;
  const value = input.value ?? NaN;
  const name = municipalityName(input.code);
  const own = amount(value, input.unit);
  const mid = amount(r.median, input.unit);
  const times = {
    da: formatNumber('da', r.deviations, 1),
    en: formatNumber('en', r.deviations, 1),
  };
  const how =
    r.spreadKind === 'none'
      ? {
          da: `alle sammenligningskommunerne har ${mid.da}, ${name} har ${own.da}`,
          en: `all the peers have ${mid.en}, ${name} has ${own.en}`,
        }
      : {
          da:
            `${own.da} mod sammenligningskommunernes median på ${mid.da}, ${times.da} robuste ` +
            `standardafvigelser fra medianen (${spreadWordsDa(r.spreadKind)}; grænsen er 3)`,
          en:
            `${own.en} against the peers' median of ${mid.en}, ${times.en} robust standard ` +
            `deviations from the median (${spreadWordsEn(r.spreadKind)}; the limit is 3)`,
        };
  return {
    code: 'outlier',
    keyFigureId: input.keyFigureId,
    messageDa:
      `${name} skiller sig ud fra sammenligningskommunerne på dette nøgletal: ${endSentence(how.da)} ` +
      'Potentialet kan afspejle særlige vilkår, som sammenligningen ikke fanger, mere end ' +
      'effektivitet.',
    messageEn:
      `${name} stands out from its peers on this key figure: ${endSentence(how.en)} The potential may ` +
      'reflect special conditions that the comparison does not capture more than efficiency.',
    detail: {
      value,
      median: r.median,
      mad: r.mad,
      spreadKind: r.spreadKind,
      spread: r.spread,
      deviations: Number.isFinite(r.deviations) ? r.deviations : null,
      threshold: OUTLIER_THRESHOLD,
      peers: r.peers,
    },
  };
}

function spreadWordsDa(kind: SpreadKind): string {
  return kind === 'scaled-mad'
    ? '1,4826 × MAD, medianen af de absolutte afvigelser fra medianen'
    : '1,2533 × den gennemsnitlige absolutte afvigelse fra medianen, da MAD er 0';
}

function spreadWordsEn(kind: SpreadKind): string {
  return kind === 'scaled-mad'
    ? '1.4826 × MAD, the median absolute deviation from the median'
    : '1.2533 × the mean absolute deviation from the median, as MAD is 0';
}
