/**
 * A stable id for a source name: lower case ASCII, Danish letters transliterated, runs of
 * anything else as one hyphen.
 * @example slugify('Udgifter til ældre pr. 67+-årig') // 'udgifter-til-aeldre-pr-67-aarig'
 */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFC')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
