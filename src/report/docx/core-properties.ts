// docProps/core.xml written by us rather than by docx: docx stamps it with the clock and has
// no field for the document's language (dc:language), which readers and the tests look for.

/**
 * Text as XML character data: markup escaped, characters XML cannot hold dropped (control
 * characters, U+FFFE/U+FFFF, and lone surrogates, which the `u` flag reads as code points).
 */
export function xmlText(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export interface CoreProperties {
  readonly title: string;
  readonly subject: string;
  /** e.g. da-DK. */
  readonly language: string;
  readonly creator: string;
  readonly date: Date;
}

/** The package's core properties part (OPC, ECMA-376 part 2): title, language, dates. */
export function corePropertiesXml(p: CoreProperties): string {
  const when = `${p.date.toISOString().slice(0, 19)}Z`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${xmlText(p.title)}</dc:title>`,
    `<dc:subject>${xmlText(p.subject)}</dc:subject>`,
    `<dc:creator>${xmlText(p.creator)}</dc:creator>`,
    `<dc:language>${xmlText(p.language)}</dc:language>`,
    `<cp:lastModifiedBy>${xmlText(p.creator)}</cp:lastModifiedBy>`,
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}
