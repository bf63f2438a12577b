import { formatNumber } from '../format/index.ts';
import { isPresent, median } from '../stats/index.ts';
import type { SmallVolumeReason, WarningOf } from './warning.ts';
import { municipalityName, percent } from './words.ts';

/** A volume below this many units (persons, pupils) is small whatever the peers have. */
export const SMALL_VOLUME_MINIMUM = 100;
/** A volume below this share of the peers' median volume is small. */
export const SMALL_VOLUME_SHARE = 0.25;

/** What the small-volume rule looks at. */
export interface SmallVolumeInput {
  readonly keyFigureId: string;
  readonly code: string;
  /** The volume Q of the figure in the year (e.g. the number of 67+-årige). */
  readonly volume: number | null;
  /** The peers' volumes of the same figure and year; missing ones are left out. */
  readonly peerVolumes: ArrayLike<number | null>;
}

/**
 * `small-volume`: Q is below 100 units, or below 25 % of the peers' median Q (DESIGN.md §3.4c),
 * so a few persons more or less move the unit cost a lot; `detail.reasons` says which (both
 * can hold). Volumes are written as whole units in the messages and kept exact in the detail.
 * Undefined when the volume is missing or neither holds; without peer volumes only the
 * minimum applies.
 * @example smallVolumeWarning({ keyFigureId, code: '825', volume: 62.4, peerVolumes: [900, 1200] })?.detail.reasons
 * // ['below-minimum', 'below-peer-share']
 */
export function smallVolumeWarning(input: SmallVolumeInput): WarningOf<'small-volume'> | undefined {
  const { volume } = input;
  if (!isPresent(volume)) return undefined;
  const peers = Array.from(input.peerVolumes).filter(isPresent);
  const peerMedian = peers.length > 0 ? median(peers) : null;
  const share = peerMedian !== null && peerMedian > 0 ? volume / peerMedian : null;
  const reasons: SmallVolumeReason[] = [];
  if (volume < SMALL_VOLUME_MINIMUM) reasons.push('below-minimum');
  if (share !== null && share < SMALL_VOLUME_SHARE) reasons.push('below-peer-share');
  if (reasons.length === 0) return undefined;

  const name = municipalityName(input.code);
  const q = { da: formatNumber('da', volume, 0), en: formatNumber('en', volume, 0) };
  const partsDa: string[] = [];
  const partsEn: string[] = [];
  if (reasons.includes('below-minimum')) {
    partsDa.push(`under ${SMALL_VOLUME_MINIMUM}`);
    partsEn.push(`fewer than ${SMALL_VOLUME_MINIMUM}`);
  }
  if (reasons.includes('below-peer-share') && share !== null) {
    const pct = percent(share);
    partsDa.push(
      `kun ${pct.da} af sammenligningskommunernes median på ${formatNumber('da', peerMedian, 0)}`,
    );
    partsEn.push(`only ${pct.en} of the peers' median of ${formatNumber('en', peerMedian, 0)}`);
  }
  return {
    code: 'small-volume',
    keyFigureId: input.keyFigureId,
    messageDa:
      `Målgruppen (volumen) i ${name} er lille: ${q.da}, ${partsDa.join(' og ')}. ` +
      'Få personer mere eller mindre flytter enhedsudgiften meget, og faste udgifter vejer ' +
      'tungere, så potentialet er usikkert.',
    messageEn:
      `The target group (volume) in ${name} is small: ${q.en}, ${partsEn.join(' and ')}. ` +
      'A few persons more or less move the unit cost a lot, and fixed costs weigh more, so the ' +
      'potential is uncertain.',
    detail: {
      volume,
      peerMedian,
      shareOfPeerMedian: share,
      minimum: SMALL_VOLUME_MINIMUM,
      minimumShare: SMALL_VOLUME_SHARE,
      reasons,
    },
  };
}
