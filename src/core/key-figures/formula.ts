/**
 * Codes of one StatBank variable: an exact code, or every code of `length` characters that
 * starts with `prefix` (e.g. all functions 5.30.xx of REGK31: `{ prefix: '530', length: 5 }`).
 * The length keeps an aggregate code such as "530" out of a sum of its own parts.
 */
export type CodeSelector = string | { readonly prefix: string; readonly length: number };

/** The StatBank tables formulas read, with where their area and time sit and what a year is. */
export const STATBANK_TABLES = {
  REGK31: {
    titleDa: 'Kommunernes regnskaber på funktioner (driftsregnskab)',
    areaVariable: 'OMRÅDE',
    timeVariable: 'TID',
    /** The accounts year itself: "2024". */
    timeSuffix: '',
    firstYear: 2007,
  },
  BUDK32: {
    titleDa: 'Kommunernes budgetter, funktioner',
    /**
     * The name the rows carry the area under after fetching. BUDK32's own area variable is
     * not OMRÅDE (its text is "kommune", its id probably REGI07A, unverified): the fetch
     * reads it from TABLEINFO by its values, the municipality codes.
     */
    areaVariable: 'OMRÅDE',
    timeVariable: 'TID',
    /** The budget year itself: "2025". */
    timeSuffix: '',
    firstYear: 2007,
  },
  FOLK1A: {
    titleDa: 'Befolkningen den 1. i kvartalet',
    areaVariable: 'OMRÅDE',
    timeVariable: 'TID',
    /** 1 January of the year: "2024K1". */
    timeSuffix: 'K1',
    firstYear: 2008,
  },
} as const;
export type StatbankTableId = keyof typeof STATBANK_TABLES;

/**
 * Rows of one table to sum: every variable other than area and time is named with the codes
 * to take (upper-case variable ids, as StatBank's CSV header writes them), optionally only for
 * some years (a change of the chart of accounts).
 */
export interface SeriesTerm {
  readonly table: StatbankTableId;
  readonly variables: Readonly<Record<string, readonly CodeSelector[]>>;
  readonly fromYear?: number;
  readonly toYear?: number;
}

/** A sum of terms in one unit, e.g. net operating expenditure in 1.000 kr. */
export interface SeriesSum {
  readonly terms: readonly SeriesTerm[];
  /** Unit of the summed StatBank values, e.g. "1.000 kr." or "personer". */
  readonly unit: string;
  /** What is summed, for people: "Nettodriftsudgifter til ældre (hovedfunktion 5.30)". */
  readonly descriptionDa: string;
}

/**
 * A derived key figure: numerator / denominator × scale for each municipality and year,
 * rounded to `decimals`; with no denominator, numerator × scale. Values absent from a
 * StatBank answer count as 0 (StatBank leaves out empty combinations); `..` makes the result
 * missing, a zero denominator makes it undefined.
 */
export interface KeyFigureFormula {
  readonly numerator: SeriesSum;
  readonly denominator?: SeriesSum;
  readonly scale: number;
  readonly decimals: number;
  /** The first year the formula is defined for (the later of its tables' first years). */
  readonly fromYear: number;
}

/** The tables a formula reads, in order of first mention. */
export function formulaTables(formula: KeyFigureFormula): readonly StatbankTableId[] {
  const sums = formula.denominator ? [formula.numerator, formula.denominator] : [formula.numerator];
  return [...new Set(sums.flatMap((s) => s.terms.map((t) => t.table)))];
}

/** True when the term applies to the year. */
export function termApplies(term: SeriesTerm, year: number): boolean {
  return (term.fromYear ?? -Infinity) <= year && year <= (term.toYear ?? Infinity);
}

/** True when a code is selected by one of the selectors. */
export function selects(selectors: readonly CodeSelector[], code: string): boolean {
  return selectors.some((s) =>
    typeof s === 'string' ? s === code : code.length === s.length && code.startsWith(s.prefix),
  );
}

/**
 * The codes "0".."125" of an age range, as FOLK1A's ALDER writes single years.
 * @example ageCodes(0, 5) // ['0', '1', '2', '3', '4', '5']
 */
export function ageCodes(from: number, to: number): readonly string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

/**
 * The formula in words for people (Danish), naming tables, variable codes and years.
 * @example describeFormula(f) // '(REGK31: FUNKTION 530xx; DRANST 1; …) × 1000 / (FOLK1A: ALDER 67-125; …)'
 */
export function describeFormula(formula: KeyFigureFormula): string {
  const num = describeSum(formula.numerator);
  const scale = formula.scale === 1 ? '' : ` × ${formula.scale}`;
  const den = formula.denominator ? ` / ${describeSum(formula.denominator)}` : '';
  return `${num}${scale}${den}, fra ${formula.fromYear}`;
}

function describeSum(sum: SeriesSum): string {
  const terms = sum.terms.map((t) => {
    const table = STATBANK_TABLES[t.table];
    const vars = Object.entries(t.variables).map(([v, s]) => `${v} ${describeCodes(s)}`);
    const time = `${table.timeVariable} <år>${table.timeSuffix}`;
    const years =
      t.fromYear !== undefined && t.toYear !== undefined
        ? ` [${t.fromYear}-${t.toYear}]`
        : t.fromYear !== undefined
          ? ` [fra ${t.fromYear}]`
          : t.toYear !== undefined
            ? ` [til ${t.toYear}]`
            : '';
    return `${t.table}: ${[...vars, time].join('; ')}${years}`;
  });
  return `(${terms.join(' + ')}) [${sum.descriptionDa}, ${sum.unit}]`;
}

function describeCodes(selectors: readonly CodeSelector[]): string {
  const exact = selectors.filter((s): s is string => typeof s === 'string');
  const patterns = selectors
    .filter((s): s is Exclude<CodeSelector, string> => typeof s !== 'string')
    .map((s) => `${s.prefix}${'x'.repeat(Math.max(0, s.length - s.prefix.length))}`);
  return [...compressNumbers(exact), ...patterns].join(',');
}

/** "67,68,…,125" as "67-125"; codes that are not integers stay as they are. */
function compressNumbers(codes: readonly string[]): readonly string[] {
  const out: string[] = [];
  let i = 0;
  while (i < codes.length) {
    const start = codes[i] ?? '';
    let j = i;
    while (
      /^\d+$/.test(codes[j] ?? '') &&
      /^\d+$/.test(codes[j + 1] ?? '') &&
      Number(codes[j + 1]) === Number(codes[j]) + 1
    )
      j++;
    out.push(j > i + 1 ? `${start}-${codes[j] ?? ''}` : start);
    if (j === i + 1) out.push(codes[j] ?? '');
    i = j + 1;
  }
  return out;
}
