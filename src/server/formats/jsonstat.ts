/** A JSON-stat 2.0 dataset (https://json-stat.org/full/): the subset Potentiale writes. */
export interface JsonStatDataset {
  readonly version: '2.0';
  readonly class: 'dataset';
  readonly label: string;
  readonly source: string;
  readonly updated?: string;
  readonly id: readonly string[];
  readonly size: readonly number[];
  readonly role?: {
    readonly time?: readonly string[];
    readonly geo?: readonly string[];
    readonly metric?: readonly string[];
  };
  readonly dimension: Readonly<
    Record<
      string,
      {
        readonly label: string;
        readonly category: {
          readonly index: readonly string[];
          readonly label: Readonly<Record<string, string>>;
          readonly unit?: Readonly<
            Record<string, { readonly label: string; readonly decimals: number }>
          >;
        };
      }
    >
  >;
  readonly value: readonly (number | null)[];
  readonly status?: Readonly<Record<string, string>>;
}

export interface Dimension {
  readonly id: string;
  readonly label: string;
  readonly role?: 'time' | 'geo' | 'metric';
  readonly categories: readonly { readonly id: string; readonly label: string }[];
}

/**
 * Builds a dataset from dimensions and a value function over category ids (row-major in the
 * order of `dimensions`, as JSON-stat requires). `status` marks M/U cells.
 */
export function toJsonStat(
  meta: {
    readonly label: string;
    readonly source: string;
    readonly updated?: string;
    readonly unit?: string;
  },
  dimensions: readonly Dimension[],
  cell: (ids: readonly string[]) => { readonly value: number | null; readonly status?: string },
): JsonStatDataset {
  const value: (number | null)[] = [];
  const status: Record<string, string> = {};
  const walk = (d: number, ids: string[]): void => {
    const dim = dimensions[d];
    if (!dim) {
      const c = cell(ids);
      if (c.status !== undefined && c.status !== '') status[String(value.length)] = c.status;
      value.push(c.value);
      return;
    }
    for (const cat of dim.categories) walk(d + 1, [...ids, cat.id]);
  };
  walk(0, []);
  const roles = (r: 'time' | 'geo' | 'metric') =>
    dimensions.filter((d) => d.role === r).map((d) => d.id);
  return {
    version: '2.0',
    class: 'dataset',
    label: meta.label,
    source: meta.source,
    ...(meta.updated !== undefined ? { updated: meta.updated } : {}),
    id: dimensions.map((d) => d.id),
    size: dimensions.map((d) => d.categories.length),
    role: { time: roles('time'), geo: roles('geo'), metric: roles('metric') },
    dimension: Object.fromEntries(
      dimensions.map((d) => [
        d.id,
        {
          label: d.label,
          category: {
            index: d.categories.map((c) => c.id),
            label: Object.fromEntries(d.categories.map((c) => [c.id, c.label])),
            ...(d.role === 'metric' && meta.unit !== undefined
              ? {
                  unit: Object.fromEntries(
                    d.categories.map((c) => [c.id, { label: meta.unit ?? '', decimals: 2 }]),
                  ),
                }
              : {}),
          },
        },
      ]),
    ),
    value,
    ...(Object.keys(status).length ? { status } : {}),
  };
}
