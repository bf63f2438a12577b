import { findCatalogueEntry, slugify } from '../../core/index.ts';

/**
 * The key-figure id for a title in a nøgletal export: the catalogue's id when the catalogue
 * knows the figure, otherwise a slug of the title, so that every export of the same figure
 * (CSV, XLSX, old or new) lands on the same id.
 */
export function keyFigureIdFor(sourceName: string): string {
  const entry = findCatalogueEntry(sourceName);
  return entry?.source === 'noegletal' ? entry.id : slugify(sourceName);
}
