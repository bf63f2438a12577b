import type { ReportFormula } from '../../core/index.ts';

/**
 * The report's numbered formulas: each is registered where a number is shown, and the same name
 * keeps its number, so a table column and the appendix point at one footnote.
 */
export class FormulaRegistry {
  readonly #list: ReportFormula[] = [];

  /** The formula's footnote number (1-based), registering it on first use. */
  add(name: string, text: string): number {
    const at = this.#list.findIndex((f) => f.name === name);
    if (at >= 0) return at + 1;
    this.#list.push({ name, text });
    return this.#list.length;
  }

  get list(): readonly ReportFormula[] {
    return [...this.#list];
  }
}
