import type { WarningOf } from './warning.ts';
import { municipalityName } from './words.ts';

/** Fewer peers with a value than this make a benchmark of one or two municipalities. */
export const SMALL_GROUP_MINIMUM = 3;

/** What the small-group rule looks at. */
export interface SmallGroupInput {
  /** The figure when the warning is about one; null for a whole package. */
  readonly keyFigureId: string | null;
  readonly code: string;
  /** How many members the peer group has. */
  readonly members: number;
  /** Per figure: how many members have a value (missing ones are left out of a benchmark). */
  readonly withData: Readonly<Record<string, number>>;
}

/**
 * `small-group`: the peer group leaves fewer than 3 members with a value for some figures, so
 * their benchmark rests on one or two municipalities (or none). Undefined when every figure has
 * at least 3. The detail lists the figures, fewest first, and the smallest count.
 * @example smallGroupWarning({ keyFigureId: null, code: '766', members: 2, withData: { a: 2 } })?.detail.fewest // 2
 */
export function smallGroupWarning(input: SmallGroupInput): WarningOf<'small-group'> | undefined {
  const figures = Object.entries(input.withData)
    .filter(([, n]) => n < SMALL_GROUP_MINIMUM)
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  if (figures.length === 0) return undefined;
  const fewest = figures[0]?.[1] ?? 0;
  const name = municipalityName(input.code);
  const many = figures.length > 1;
  return {
    code: 'small-group',
    keyFigureId: input.keyFigureId,
    messageDa:
      `Sammenligningsgruppen for ${name} har ${input.members} medlemmer, men ` +
      (many
        ? `for ${figures.length} nøgletal har færre end ${SMALL_GROUP_MINIMUM} af dem data (færrest: ${fewest})`
        : `kun ${fewest} af dem har data for nøgletallet`) +
      `. Benchmark hviler da på meget få kommuner; vælg flere.`,
    messageEn:
      `The peer group of ${name} has ${input.members} members, but ` +
      (many
        ? `for ${figures.length} key figures fewer than ${SMALL_GROUP_MINIMUM} of them have data (fewest: ${fewest})`
        : `only ${fewest} of them have data for the key figure`) +
      `. The benchmark then rests on very few municipalities; choose more.`,
    detail: {
      members: input.members,
      minimum: SMALL_GROUP_MINIMUM,
      fewest,
      keyFigureIds: figures.map(([id]) => id),
    },
  };
}
