/** How many municipalities the page compares: at least two, at most five. */
export const MIN_CHOSEN = 2;
export const MAX_CHOSEN = 5;

export interface Selection {
  /** Known codes in the order given, each once. */
  readonly codes: readonly string[];
  /** Codes in the address that are not municipalities, as written. */
  readonly unknown: readonly string[];
  /** Known codes the address names more than once (shown once). */
  readonly repeated: readonly string[];
  readonly tooFew: boolean;
  readonly tooMany: boolean;
}

/**
 * Reads the `k` parameter ("101,751,766"): known codes kept in order without repeats, unknown
 * and repeated ones named, and whether there are too few (< 2) or too many (> 5) to compare.
 * @example parseSelection('101, 751,999,101', new Set(['101', '751'])) // codes ['101','751'], unknown ['999']
 */
export function parseSelection(k: string, known: ReadonlySet<string>): Selection {
  const parts = k
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const codes: string[] = [];
  const unknown: string[] = [];
  const repeated: string[] = [];
  for (const p of parts) {
    if (known.has(p)) {
      if (!codes.includes(p)) codes.push(p);
      else if (!repeated.includes(p)) repeated.push(p);
    } else if (!unknown.includes(p)) unknown.push(p);
  }
  return {
    codes,
    unknown,
    repeated,
    tooFew: codes.length < MIN_CHOSEN,
    tooMany: codes.length > MAX_CHOSEN,
  };
}

/**
 * The selection after adding a code: refused (null) when it is already chosen or the
 * selection is full.
 */
export function addCode(codes: readonly string[], code: string): string[] | null {
  if (codes.includes(code) || codes.length >= MAX_CHOSEN) return null;
  return [...codes, code];
}
