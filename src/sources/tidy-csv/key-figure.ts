import { slugify, type KeyFigureSighting } from '../../core/index.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The key figure a tidy row names: an id as it stands when it already is a slug
 * ("udgift-pr-elev"), otherwise the slug of the name ("Udgift pr. elev" → "udgift-pr-elev").
 * Returns undefined when the name has nothing to make an id of.
 * @example tidyKeyFigure('Udgift pr. elev')?.id // 'udgift-pr-elev'
 */
export function tidyKeyFigure(name: string): KeyFigureSighting | undefined {
  const sourceName = name.trim().replace(/\s+/g, ' ');
  const id = SLUG.test(sourceName) ? sourceName : slugify(sourceName);
  if (id === '') return undefined;
  return { id, sourceName, source: 'tidy', valueType: 'number', noteNumbers: [] };
}
