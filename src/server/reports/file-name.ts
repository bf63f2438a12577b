import { slugify } from '../../core/index.ts';

/**
 * A report's file name: "kend-din-kommune-766-hedensted-2019.pdf" (Danish) or
 * "know-your-municipality-766-hedensted-2019.pdf" (English); ASCII, safe in any header.
 */
export function reportFileName(
  model: {
    readonly lang: 'da' | 'en';
    readonly year: number;
    readonly municipality: { readonly code: string; readonly name: string };
  },
  ext: string,
): string {
  const stem = model.lang === 'da' ? 'kend-din-kommune' : 'know-your-municipality';
  const name = slugify(model.municipality.name).replace(/[^a-z0-9-]/g, '');
  return `${stem}-${model.municipality.code}-${name}-${model.year}.${ext}`;
}
