import { InvalidInputError } from '../diagnostics/index.ts';
import { formatNumber } from '../format/index.ts';
import { findMunicipality } from '../municipalities/index.ts';
import { compareCodes, indexCodes, type PeerGroup } from '../peers/index.ts';
import { checkColumnLength, median, toFloat64Column, type ValueColumn } from '../stats/index.ts';

/** A key figure over several years for every municipality, as fetched. */
export interface DevelopmentInput {
  readonly keyFigureId: string;
  readonly codes: readonly string[];
  /** Strictly ascending years. */
  readonly years: readonly number[];
  /** values[t] holds the figure in years[t], aligned with codes; null or NaN is missing. */
  readonly values: readonly ValueColumn[];
}

/** The window and whom to compare with. */
export interface DevelopmentOptions {
  /** First and last year of the window; both must be in the input, from < to. */
  readonly from: number;
  readonly to: number;
  /** Compare development with the group's members (default) or every municipality. */
  readonly among?: 'group' | 'all';
  /** Return at most this many of the most different; default all. */
  readonly limit?: number;
}

/** The municipality's value beside its group's mean in one year. */
export interface RelativeIndexPoint {
  readonly year: number;
  /** c_t; null when missing. */
  readonly value: number | null;
  /** Mean of the members' c_t (the members with a value); null when none has one. */
  readonly groupMean: number | null;
  /** Members left out of the mean that year for lack of a value. */
  readonly groupMissing: readonly string[];
  /** r_t = c_t / groupMean; null when either is missing or the mean is 0. */
  readonly index: number | null;
  /**
   * Median of the members' c_t (the same members as the mean): the reference line the charts
   * draw (issue 14); null when none has a value.
   */
  readonly groupMedian: number | null;
  /** c_t / groupMedian × 100 (100 = the median); null when either is missing or the median is 0. */
  readonly medianIndex: number | null;
}

/** How one municipality's level relative to the reference moved over the window. */
export interface IndexChange {
  readonly code: string;
  /** r at the start and end of the window. */
  readonly indexFrom: number | null;
  readonly indexTo: number | null;
  /** r_to − r_from, in index points (1 = the group mean). */
  readonly change: number | null;
  /** r_to / r_from − 1. */
  readonly relativeChange: number | null;
  /** Compound annual growth of c: (c_to / c_from)^(1/(to − from)) − 1. */
  readonly cagr: number | null;
}

/** A municipality whose development differs from ours, and by how much. */
export interface DifferentDevelopment extends IndexChange {
  /** Its change of r minus ours: positive when its level rose more (or fell less) than ours. */
  readonly difference: number;
  readonly textDa: string;
}

/** Our development relative to the group, and who developed most differently (DESIGN.md §3.5). */
export interface DevelopmentComparison {
  readonly code: string;
  readonly keyFigureId: string;
  readonly from: number;
  readonly to: number;
  readonly group: {
    readonly kind: PeerGroup['kind'];
    readonly nameDa: string;
    readonly members: readonly string[];
  };
  /** Every year of the input within the window. */
  readonly series: readonly RelativeIndexPoint[];
  readonly own: IndexChange;
  /** Most different first (largest |difference|, ties to the lower code). */
  readonly others: readonly DifferentDevelopment[];
  /** Candidates without a value at the start or end of the window. */
  readonly leftOut: readonly {
    readonly code: string;
    readonly reason: 'missing-from' | 'missing-to';
  }[];
}

/**
 * Compound annual growth rate (c_last / c_first)^(1/years) − 1; null unless c_first > 0,
 * c_last ≥ 0 and years > 0.
 * @example computeCagr(100, 121, 2) // 0.1 (10 % a year)
 */
export function computeCagr(
  first: number | null,
  last: number | null,
  years: number,
): number | null {
  if (first === null || last === null || !(first > 0) || !(last >= 0) || !(years > 0)) return null;
  return (last / first) ** (1 / years) - 1;
}

/**
 * Our development relative to the peer group, in one call: r_t = c_t / mean_{j∈G} c_j,t for
 * every year of the window (no price deflator needed: prices cancel), the change of r from
 * `from` to `to`, the CAGR of c, and the municipalities whose development differs most from
 * ours ("kommuner med en anden udvikling end os"). Everyone is measured against the same
 * reference, our group's mean, so a difference in the change of r is a difference in how c
 * itself moved. The group is fixed over the window; members without a value in a year are
 * left out of that year's mean and listed. Candidates lacking a value at either end are
 * listed in `leftOut`; if we lack one, `own.change` is null and nobody is ranked.
 * Throws InvalidInputError for a window not in the years, unsorted years, mismatched
 * lengths, unknown codes, a group of another municipality, or a negative limit.
 * @example compareDevelopment('766', input, group, { from: 2015, to: 2023 }).others[0]?.code
 */
export function compareDevelopment(
  code: string,
  input: DevelopmentInput,
  group: PeerGroup,
  options: DevelopmentOptions,
): DevelopmentComparison {
  const { codes, years } = input;
  const positions = indexCodes(codes);
  const at = (c: string): number => {
    const i = positions.get(c);
    if (i === undefined) throw new InvalidInputError(`Ukendt kommunekode ${c}`, 'code');
    return i;
  };
  const self = at(code);
  if (group.code !== code)
    throw new InvalidInputError(`Gruppen er for kommune ${group.code}, ikke ${code}`, 'group');
  const members = group.members.map(at);
  const { from, to } = options;
  const window = checkWindow(years, input.values.length, from, to);
  if (options.limit !== undefined && !(Number.isInteger(options.limit) && options.limit >= 0)) {
    throw new InvalidInputError(`limit skal være et helt tal ≥ 0, ikke ${options.limit}`, 'limit');
  }
  const columns = input.values.map((v, t) => {
    checkColumnLength(v, codes.length, `values[${t}] (${years[t]})`);
    return toFloat64Column(v);
  });

  const meanAt = (t: number): { mean: number | null; missing: string[] } => {
    let sum = 0;
    let count = 0;
    const missing: string[] = [];
    for (const j of members) {
      const v = columns[t]?.[j] ?? NaN;
      if (Number.isNaN(v)) missing.push(codes[j] ?? '');
      else {
        sum += v;
        count++;
      }
    }
    return { mean: count > 0 ? sum / count : null, missing };
  };
  const means = years.map((_, t) => meanAt(t));
  const medianAt = (t: number): number | null => {
    const present = members.map((j) => columns[t]?.[j] ?? NaN).filter((v) => !Number.isNaN(v));
    return present.length > 0 ? median(present) : null;
  };
  const valueAt = (i: number, t: number): number | null => {
    const v = columns[t]?.[i] ?? NaN;
    return Number.isNaN(v) ? null : v;
  };
  const indexAt = (i: number, t: number): number | null => {
    const v = valueAt(i, t);
    const m = means[t]?.mean ?? null;
    return v === null || m === null || m === 0 ? null : v / m;
  };
  const changeOf = (i: number): IndexChange => {
    const indexFrom = indexAt(i, window.from);
    const indexTo = indexAt(i, window.to);
    const both = indexFrom !== null && indexTo !== null;
    return {
      code: codes[i] ?? '',
      indexFrom,
      indexTo,
      change: both ? indexTo - indexFrom : null,
      relativeChange: both && indexFrom !== 0 ? indexTo / indexFrom - 1 : null,
      cagr: computeCagr(valueAt(i, window.from), valueAt(i, window.to), to - from),
    };
  };

  const series = years.flatMap((year, t): RelativeIndexPoint[] =>
    year < from || year > to
      ? []
      : [
          {
            year,
            value: valueAt(self, t),
            groupMean: means[t]?.mean ?? null,
            groupMissing: means[t]?.missing ?? [],
            index: indexAt(self, t),
            ...medianPoint(valueAt(self, t), medianAt(t)),
          },
        ],
  );
  const own = changeOf(self);
  const candidates =
    options.among === 'all' ? codes.map((_, i) => i).filter((i) => i !== self) : members;
  const leftOut: DevelopmentComparison['leftOut'][number][] = [];
  const others: DifferentDevelopment[] = [];
  for (const j of candidates) {
    const c = changeOf(j);
    if (c.indexFrom === null || c.indexTo === null || c.change === null) {
      leftOut.push({
        code: c.code,
        reason: valueAt(j, window.from) === null ? 'missing-from' : 'missing-to',
      });
    } else if (own.change !== null) {
      const difference = c.change - own.change;
      others.push({ ...c, difference, textDa: describeDa(c, own, difference, from, to) });
    }
  }
  others.sort(
    (a, b) => Math.abs(b.difference) - Math.abs(a.difference) || compareCodes(a.code, b.code),
  );
  return {
    code,
    keyFigureId: input.keyFigureId,
    from,
    to,
    group: { kind: group.kind, nameDa: group.nameDa, members: group.members },
    series,
    own,
    others: options.limit === undefined ? others : others.slice(0, options.limit),
    leftOut: leftOut.sort((a, b) => compareCodes(a.code, b.code)),
  };
}

/** The median and our value against it (×100), for one year of the series. */
function medianPoint(
  value: number | null,
  groupMedian: number | null,
): { groupMedian: number | null; medianIndex: number | null } {
  return {
    groupMedian,
    medianIndex:
      value === null || groupMedian === null || groupMedian === 0
        ? null
        : (value * 100) / groupMedian,
  };
}

function checkWindow(
  years: readonly number[],
  columns: number,
  from: number,
  to: number,
): { from: number; to: number } {
  if (columns !== years.length) {
    throw new InvalidInputError(`Der er ${columns} kolonner, men ${years.length} år`, 'values');
  }
  for (let t = 1; t < years.length; t++) {
    if (!((years[t] ?? NaN) > (years[t - 1] ?? NaN))) {
      throw new InvalidInputError('Årene skal være stigende og uden gentagelser', 'years');
    }
  }
  const f = years.indexOf(from);
  const l = years.indexOf(to);
  if (f < 0 || l < 0 || from >= to) {
    throw new InvalidInputError(
      `Perioden ${from}–${to} skal ligge i data og have fra < til`,
      'window',
    );
  }
  return { from: f, to: l };
}

function describeDa(
  other: IndexChange,
  own: IndexChange,
  difference: number,
  from: number,
  to: number,
): string {
  const name = findMunicipality(other.code)?.name ?? other.code;
  const idx = (v: number | null) => formatNumber('da', v, 2);
  const chg = (v: number | null) => formatNumber('da', v, { decimals: 2, sign: true });
  return (
    `${name}: relativt niveau ${idx(other.indexFrom)} → ${idx(other.indexTo)} (${chg(other.change)}) ` +
    `${from}–${to}, mod jeres ${idx(own.indexFrom)} → ${idx(own.indexTo)} (${chg(own.change)}); ` +
    `forskel ${chg(difference)} indekspoint.`
  );
}
