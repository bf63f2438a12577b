import type { StoredKeyFigure } from '../../db/index.ts';

/** The key figure as `--json` output shows it: definition, unit, volume, notes and breaks. */
export function describeKeyFigure(k: StoredKeyFigure) {
  return {
    id: k.id,
    sourceName: k.sourceName,
    source: k.source,
    nameDa: k.nameDa,
    nameEn: k.nameEn,
    unit: k.unit,
    themes: k.themes,
    kind: k.kind,
    polarity: k.polarity,
    valueType: k.valueType,
    volume: k.volume ?? null,
    parent: k.parent ?? null,
    overlaps: k.overlaps,
    breaks: k.breaks,
    notes: k.notes,
    catalogued: k.catalogued,
  };
}
