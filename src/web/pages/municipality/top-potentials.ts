import { topPotentials } from '../../../core/index.ts';

/** How many figures the overview ranks. */
export const TOP_COUNT = 10;

/** The part of a package figure the ranking reads. */
export interface RankedFigure {
  readonly keyFigureId: string;
  readonly status: string;
  /** Set under a theme that shows the figure but does not count it. */
  readonly countedIn: string | null;
  /** The signed potential, kr.; null without one. */
  readonly potential: number | null;
}

/** The part of a package the ranking reads: the themes' figures and what the total counts. */
export interface RankedPackage<F extends RankedFigure = RankedFigure> {
  readonly total: { readonly positive: number; readonly included: readonly string[] };
  readonly themes: readonly { readonly theme: string; readonly figures: readonly F[] }[];
}

/** A figure counted in the package total, with the theme whose total counts it. */
export interface CountedFigure<F extends RankedFigure = RankedFigure> {
  readonly theme: string;
  readonly row: F;
  /** The signed potential, kr.; positive for every figure in the ranking. */
  readonly potential: number;
}

/**
 * The figures counted in the package total (`total.included`) whose potential is positive,
 * largest first (ties by id), each once with the theme that counts it: the core's ranking
 * (topPotentials, also the XLSX summary's), all of it, in the shape the overview reads. Their
 * potentials add up to `total.positive`, which sums max(0, potential) over the same figures.
 * @example positivePotentials(pkg).slice(0, 10) // the overview's top 10
 */
export function positivePotentials<F extends RankedFigure>(
  pkg: RankedPackage<F>,
): CountedFigure<F>[] {
  const included = new Set(pkg.total.included);
  return topPotentials(pkg.themes, Infinity).flatMap(({ theme, figure }) =>
    included.has(figure.keyFigureId) && figure.potential !== null
      ? [{ theme: theme.theme, row: figure, potential: figure.potential }]
      : [],
  );
}

/** One bar of the waterfall, kr.: from `start` to `end` (`end − start` = `value`). */
export interface WaterfallStep {
  readonly kind: 'figure' | 'rest' | 'total';
  /** The figure's id, for kind `figure`. */
  readonly keyFigureId?: string;
  /** 1-based place in the ranking, for kind `figure`. */
  readonly rank?: number;
  /** How many figures the remainder holds, for kind `rest`. */
  readonly count?: number;
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

/**
 * The waterfall from the largest potentials to the package total: one step per figure of the
 * top `n`, the remainder as one step ("øvrige nøgletal") when other figures count, and the
 * total from zero. The steps end exactly at `total.positive`: the remainder is the total less
 * the top figures (never a second sum of its own, so overlaps and the theme order of the sum
 * cannot make the chart disagree with the total shown), and float noise below 1 kr. is not
 * drawn as a step.
 * @example waterfall(pkg).at(-1) // { kind: 'total', start: 0, end: pkg.total.positive, … }
 */
export function waterfall(pkg: RankedPackage, n = TOP_COUNT): WaterfallStep[] {
  const ranked = positivePotentials(pkg);
  const top = ranked.slice(0, n);
  const total = pkg.total.positive;
  const steps: WaterfallStep[] = [];
  let at = 0;
  top.forEach((f, i) => {
    steps.push({
      kind: 'figure',
      keyFigureId: f.row.keyFigureId,
      rank: i + 1,
      value: f.potential,
      start: at,
      end: at + f.potential,
    });
    at += f.potential;
  });
  const rest = total - at;
  const others = ranked.length - top.length;
  if (others > 0 || Math.abs(rest) >= 1) {
    steps.push({ kind: 'rest', count: others, value: rest, start: at, end: total });
  } else if (steps.length > 0) {
    // The last figure ends where the total does, to the last bit.
    const last = steps.pop() as WaterfallStep;
    steps.push({ ...last, end: total });
  }
  steps.push({ kind: 'total', value: total, start: 0, end: total });
  return steps;
}

/**
 * A figure's name short enough for a chart's axis: without the function number and what
 * follows it ("(funktion 3.22.01), netto pr. indbygger"), cut at a word with "…" beyond `max`
 * characters. The full name stays in the list beside the chart.
 * @example shortFigureName('Folkeskoler (funktion 3.22.01), netto pr. indbygger') // 'Folkeskoler'
 */
export function shortFigureName(name: string, max = 34): string {
  const plain = name.replace(/\s*\((funktion|function)\b.*$/i, '').trim() || name;
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** Height of one bar's band in the waterfall chart, px. */
const BAND = 26;

/** The height the waterfall chart takes for a number of steps, px (its placeholder's too). */
export const waterfallHeight = (steps: number) => 40 + steps * BAND;

/** Kroner in the tenths of a million the chart's labels show. */
const tenths = (kr: number) => Math.round(kr / 1e5);

/**
 * The amounts the waterfall's labels show, kr., one per step, and whether they add up to the
 * total as written (in tenths of a million). Each figure shows its own potential, as in the
 * list; the remainder is the shown total less the shown figures, so that the labels add up
 * exactly, when every figure is shown in millions and that leaves no negative remainder.
 * Otherwise the remainder shows its own value and `addsUp` may be false (the page then says
 * that the amounts are rounded one by one).
 * @example shownAmounts(waterfall(pkg)).addsUp // true for a package with more than 10 figures
 */
export function shownAmounts(steps: readonly WaterfallStep[]): {
  readonly amounts: readonly number[];
  readonly addsUp: boolean;
} {
  const figures = steps.filter((s) => s.kind === 'figure');
  const total = steps.find((s) => s.kind === 'total')?.value ?? 0;
  const shownFigures = figures.reduce((sum, s) => sum + tenths(s.value), 0);
  const residual = tenths(total) - shownFigures;
  const inMillions = figures.every((s) => Math.abs(s.value) >= 1e5);
  const amounts = steps.map((s) =>
    s.kind === 'rest' && inMillions && residual >= 0 ? residual * 1e5 : s.value,
  );
  const parts = steps.reduce(
    (sum, s, i) => (s.kind === 'total' ? sum : sum + tenths(amounts[i] ?? 0)),
    0,
  );
  return { amounts, addsUp: inMillions && parts === tenths(total) };
}
