import { InvalidInputError } from '../diagnostics/index.ts';
import type { KeyFigure } from '../key-figures/index.ts';
import { findMunicipality } from '../municipalities/index.ts';
import {
  compareCodes,
  indexCodes,
  rankNeighbours,
  squaredDistance,
  type PeerGroup,
  type StandardisedStructure,
} from '../peers/index.ts';
import {
  checkColumnLength,
  sampleStandardDeviation,
  toFloat64Column,
  type ValueColumn,
} from '../stats/index.ts';
import {
  checkCounterparts,
  compareByPolarity,
  prepareCounterparts,
  type CounterpartCheck,
} from './counterparts.ts';
import { describeReasonDa } from './explain-da.ts';

/** What whom-to-talk-to is computed from: one figure in one year, with its counterparts. */
export interface WhomToTalkToInput {
  readonly code: string;
  readonly keyFigure: KeyFigure;
  /** The catalogue, for the counterparts' polarity and names. */
  readonly catalogue: readonly KeyFigure[];
  readonly year: number;
  readonly codes: readonly string[];
  /** The figure's and its counterparts' values by key-figure id, aligned with `codes`. */
  readonly values: Readonly<Record<string, ValueColumn>>;
  /**
   * The structural z-scores of the same year, for similarity: standardiseStructure with the
   * peer group's variables (variablesOf(spec)), so distances match the group's.
   */
  readonly structure: StandardisedStructure;
  /** The peer group of `code` (any kind). */
  readonly peers: PeerGroup;
}

export interface WhomToTalkToOptions {
  /** Widen: also consider the `widenTo` nearest on structure (1 ≤ widenTo < n). */
  readonly widenTo?: number;
  /** At most this many entries; default all. */
  readonly limit?: number;
}

/** A municipality worth talking to, with why. */
export interface TalkToEntry {
  readonly rank: number;
  readonly code: string;
  readonly name: string;
  /** advantageSd / (1 + distance); see SCORE_RULE_DA. */
  readonly score: number;
  /** Structural distance d (weighted z units) and 1 / (1 + d). */
  readonly distance: number;
  readonly similarity: number;
  readonly value: number;
  readonly ownValue: number;
  /** How much better, in the figure's unit (> 0), in its sd over all municipalities, and
   * relative to our value (null when ours is 0). */
  readonly advantage: number;
  readonly advantageSd: number;
  readonly relativeAdvantage: number | null;
  readonly inPeerGroup: boolean;
  readonly counterparts: readonly CounterpartCheck[];
  readonly reasonDa: string;
}

/** Why a candidate is not on the list. */
export type TalkToRejection =
  'missing-value' | 'not-better' | 'worse-on-counterpart' | 'incomplete-structure';

export interface WhomToTalkTo {
  readonly code: string;
  readonly keyFigureId: string;
  readonly year: number;
  readonly ownValue: number | null;
  readonly entries: readonly TalkToEntry[];
  readonly rejected: readonly {
    readonly code: string;
    readonly reason: TalkToRejection;
    readonly counterpart?: string;
  }[];
  readonly scoreRuleDa: string;
  /** Set when nobody can be ranked because our own value is missing. */
  readonly unavailableDa?: string;
}

/** The score rule in Danish, for reports and JSON. */
export const SCORE_RULE_DA =
  'Score = forspring i standardafvigelser ÷ (1 + strukturel afstand): forspringet er ' +
  'forskellen til jeres værdi i den gode retning divideret med nøgletallets ' +
  'standardafvigelse over alle kommuner, og afstanden er den vægtede afstand på rammevilkår ' +
  'som i sammenligningsgruppen. Stor forskel og stor lighed trækker op.';

/**
 * Whom to talk to about a key figure (DESIGN.md §3.7): the comparable municipalities (the
 * peer group, optionally widened to the `widenTo` nearest on structure) that do strictly
 * better on the figure and are not worse on any counterpart the catalogue links, each
 * counterpart judged by its own polarity (a missing counterpart value is "unknown" and does
 * not disqualify; neutral ones are shown, not judged). Ranked by
 * score = advantageSd / (1 + d), where advantageSd is the difference in the good direction
 * over the figure's sample sd across all municipalities and d the structural distance;
 * ties go to the smaller distance, then the lower code. Each entry says why in Danish
 * (`reasonDa`) and in structured fields; everyone considered and left off is in `rejected`.
 * Throws InvalidInputError for a neutral figure, no values for it, unknown codes, a group of
 * another municipality, bad widenTo/limit, or a municipality without structural values.
 * @example rankWhomToTalkTo({ code: '766', keyFigure, catalogue, year, codes, values, structure, peers }).entries[0]?.reasonDa
 */
export function rankWhomToTalkTo(
  input: WhomToTalkToInput,
  options: WhomToTalkToOptions = {},
): WhomToTalkTo {
  const { code, keyFigure: figure, codes, structure: s, peers } = input;
  if (figure.polarity === 'neutral') {
    throw new InvalidInputError(`${figure.id} er neutralt og rangeres ikke`, 'keyFigure');
  }
  if (peers.code !== code)
    throw new InvalidInputError(`Gruppen er for kommune ${peers.code}, ikke ${code}`, 'peers');
  const positions = indexCodes(codes);
  const at = (c: string): number => {
    const i = positions.get(c);
    if (i === undefined) throw new InvalidInputError(`Ukendt kommunekode ${c}`, 'code');
    return i;
  };
  const self = at(code);
  const column = Object.hasOwn(input.values, figure.id) ? input.values[figure.id] : undefined;
  if (column === undefined)
    throw new InvalidInputError(`Der er ingen værdier for ${figure.id}`, 'values');
  checkColumnLength(column, codes.length, figure.id);
  for (const [id, v] of Object.entries(input.values)) checkColumnLength(v, codes.length, id);
  const c = toFloat64Column(column);
  const sSelf = s.positions.get(code);
  if (sSelf === undefined || s.complete[sSelf] !== 1) {
    throw new InvalidInputError(`Kommune ${code} mangler rammevilkår i ${s.year}`, 'structure');
  }

  const candidates = new Set(peers.members.map(at));
  if (options.widenTo !== undefined) {
    const w = options.widenTo;
    if (!Number.isInteger(w) || w < 1 || w >= s.codes.length) {
      throw new InvalidInputError(
        `widenTo skal være et helt tal fra 1 til ${s.codes.length - 1}`,
        'widenTo',
      );
    }
    for (const j of rankNeighbours(s, sSelf, w)) candidates.add(at(s.codes[j] ?? ''));
  }
  if (options.limit !== undefined && !(Number.isInteger(options.limit) && options.limit >= 0)) {
    throw new InvalidInputError(`limit skal være et helt tal ≥ 0, ikke ${options.limit}`, 'limit');
  }

  const base = { code, keyFigureId: figure.id, year: input.year, scoreRuleDa: SCORE_RULE_DA };
  const own = c[self] ?? NaN;
  if (Number.isNaN(own)) {
    return {
      ...base,
      ownValue: null,
      entries: [],
      rejected: [],
      unavailableDa: 'Kommunens egen værdi mangler',
    };
  }
  const present = c.filter((v) => !Number.isNaN(v));
  const sd = sampleStandardDeviation(present);
  const inGroup = new Set(peers.members);
  const counterparts = prepareCounterparts(
    figure,
    new Map(input.catalogue.map((f) => [f.id, f])),
    input.values,
  );

  const entries: Omit<TalkToEntry, 'rank'>[] = [];
  const rejected: WhomToTalkTo['rejected'][number][] = [];
  for (const j of [...candidates].sort((a, b) => compareCodes(codes[a] ?? '', codes[b] ?? ''))) {
    const jCode = codes[j] ?? '';
    const value = c[j] ?? NaN;
    const sj = s.positions.get(jCode);
    if (Number.isNaN(value)) rejected.push({ code: jCode, reason: 'missing-value' });
    else if (compareByPolarity(own, value, figure.polarity) !== 'better')
      rejected.push({ code: jCode, reason: 'not-better' });
    else if (sj === undefined || s.complete[sj] !== 1)
      rejected.push({ code: jCode, reason: 'incomplete-structure' });
    else {
      const checks = checkCounterparts(counterparts, self, j);
      const worse = checks.find((x) => x.verdict === 'worse');
      if (worse !== undefined) {
        rejected.push({
          code: jCode,
          reason: 'worse-on-counterpart',
          counterpart: worse.keyFigureId,
        });
        continue;
      }
      const distance = Math.sqrt(squaredDistance(s, sSelf, sj));
      const advantage = Math.abs(own - value);
      const advantageSd = sd > 0 ? advantage / sd : 0;
      const relativeAdvantage = own === 0 ? null : advantage / Math.abs(own);
      const name = findMunicipality(jCode)?.name ?? jCode;
      const inPeerGroup = inGroup.has(jCode);
      entries.push({
        code: jCode,
        name,
        score: advantageSd / (1 + distance),
        distance,
        similarity: 1 / (1 + distance),
        value,
        ownValue: own,
        advantage,
        advantageSd,
        relativeAdvantage,
        inPeerGroup,
        counterparts: checks,
        reasonDa: describeReasonDa({
          name,
          figure,
          value,
          ownValue: own,
          relativeAdvantage,
          distance,
          inPeerGroup,
          groupNameDa: peers.nameDa,
          counterparts: checks,
        }),
      });
    }
  }
  entries.sort(
    (a, b) => b.score - a.score || a.distance - b.distance || compareCodes(a.code, b.code),
  );
  const ranked = entries.map((e, i): TalkToEntry => ({ rank: i + 1, ...e }));
  return {
    ...base,
    ownValue: own,
    entries: options.limit === undefined ? ranked : ranked.slice(0, options.limit),
    rejected,
  };
}
