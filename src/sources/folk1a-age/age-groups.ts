import { CATALOGUE, type KeyFigure, type KeyFigureSighting } from '../../core/index.ts';

/** FOLK1A's oldest single year of age: the file has one row per age 0..125. */
export const OLDEST_AGE = 125;

/** An age-group share of the key-figure catalogue and the single years it sums. */
export interface AgeGroup {
  /** The catalogue id, e.g. `andel-67-aarige`. */
  readonly keyFigureId: string;
  readonly from: number;
  /** The oldest age included; OLDEST_AGE for an open group such as 67+. */
  readonly to: number;
  /** How the figure is seen in this import: the catalogue's own name, source and unit. */
  readonly sighting: KeyFigureSighting;
}

/** "Andel 0-17-årige", "Andel 67+-årige": the catalogue's titles of the age-group shares. */
const SHARE_TITLE = /^Andel (\d{1,3})(?:-(\d{1,3})|(\+))-årige$/;

/**
 * The age-group shares (per cent of the population on 1 January) that the catalogue defines
 * and single years of age can build, in catalogue order: every entry in pct. titled
 * "Andel a-b-årige" or "Andel a+-årige" (the ids the unit costs' volumes name, e.g.
 * `andel-67-aarige`). StatBank's own formula figures (`statbank-andel-…`, titled "… (FOLK1A)")
 * are left to the StatBank import.
 * @example catalogueAgeGroups().find((g) => g.keyFigureId === 'andel-6-16-aarige') // { from: 6, to: 16, … }
 */
export function catalogueAgeGroups(
  catalogue: readonly KeyFigure[] = CATALOGUE,
): readonly AgeGroup[] {
  return catalogue.flatMap((entry): AgeGroup[] => {
    const m = SHARE_TITLE.exec(entry.sourceName);
    if (!m || entry.unit !== 'pct.' || entry.formula) return [];
    const from = Number(m[1]);
    const to = m[3] === '+' ? OLDEST_AGE : Number(m[2]);
    if (to < from || to > OLDEST_AGE) return [];
    return [
      {
        keyFigureId: entry.id,
        from,
        to,
        sighting: {
          id: entry.id,
          sourceName: entry.sourceName,
          source: entry.source,
          valueType: 'number',
          noteNumbers: [],
          unit: entry.unit,
        },
      },
    ];
  });
}
