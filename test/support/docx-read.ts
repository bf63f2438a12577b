import JSZip from 'jszip';

// Reads a .docx back for tests: the body's paragraphs (style, text, runs), its tables as
// cells of text, the images, the core properties and the default language. A small XML walk,
// strict enough to fail on a part that is not well-formed (an unclosed or crossed tag, a
// character XML cannot hold), which is what a corrupted document looks like.

export interface XmlNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly (XmlNode | string)[];
}

/** Characters an XML 1.0 document may hold (the `u` flag reads lone surrogates as one). */
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === '#') {
      return String.fromCodePoint(
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e] ?? '';
  });

/** Parses an XML part into a tree; throws on what an XML parser would refuse. */
export function parseXml(xml: string): XmlNode {
  if (!XML_CHARS.test(xml)) throw new Error('a character XML cannot hold');
  const root: { name: string; attrs: Record<string, string>; children: (XmlNode | string)[] } = {
    name: '#document',
    attrs: {},
    children: [],
  };
  const stack = [root];
  const tag = /<(\?[^>]*\?|!--[\s\S]*?--|\/?)([\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g;
  let at = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const top = stack[stack.length - 1];
    if (!top) throw new Error('nothing open');
    const between = xml.slice(at, m.index);
    if (between.includes('<')) throw new Error(`stray markup: ${between}`);
    if (between !== '') top.children.push(decode(between));
    at = m.index + m[0].length;
    const [, kind = '', name = '', rawAttrs = '', selfClosing] = m;
    if (kind.startsWith('?') || kind.startsWith('!')) continue;
    if (kind === '/') {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of rawAttrs.matchAll(/([\w:.-]+)="([^"]*)"/g))
      attrs[a[1] ?? ''] = decode(a[2] ?? '');
    const node = { name, attrs, children: [] as (XmlNode | string)[] };
    top.children.push(node);
    if (selfClosing !== '/') stack.push(node);
  }
  if (stack.length !== 1 || xml.slice(at).trim() !== '') throw new Error('unclosed element');
  return root;
}

const elements = (n: XmlNode): XmlNode[] =>
  n.children.filter((c): c is XmlNode => typeof c !== 'string');

/** Every element of that name below n, in document order (not inside a match). */
export function findAll(n: XmlNode, name: string): XmlNode[] {
  return elements(n).flatMap((c) => (c.name === name ? [c] : findAll(c, name)));
}

const find = (n: XmlNode, name: string): XmlNode | undefined => findAll(n, name)[0];

/** A run's or paragraph's text: w:t, a tab as \t, a line break as \n. */
function textOf(n: XmlNode): string {
  return elements(n)
    .map((c) => {
      if (c.name === 'w:t') return c.children.join('');
      if (c.name === 'w:tab' && n.name === 'w:r') return '\t';
      if (c.name === 'w:br') return '\n';
      if (c.name === 'w:instrText' || c.name === 'w:pPr' || c.name === 'w:rPr') return '';
      return textOf(c);
    })
    .join('');
}

export interface DocxRun {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly superscript: boolean;
  /** The address of the external link the run is in. */
  readonly href?: string;
  /** The bookmark an internal link goes to. */
  readonly anchor?: string;
}

export interface DocxParagraph {
  /** The paragraph style's id (Heading1, Heading2, Title, Caption, TOC1 …), null for Normal. */
  readonly style: string | null;
  readonly text: string;
  readonly runs: readonly DocxRun[];
  readonly inTable: boolean;
  /** Whether it is a list item (w:numPr). */
  readonly list: boolean;
}

export interface DocxTableRow {
  readonly cells: readonly string[];
  readonly header: boolean;
  readonly cantSplit: boolean;
  /** Each cell's paragraphs' alignment (w:jc), 'left' when none. */
  readonly align: readonly string[];
  readonly bold: readonly boolean[];
}

export interface DocxContent {
  readonly paragraphs: readonly DocxParagraph[];
  /** The body's tables, each as rows of cell texts. */
  readonly tables: readonly (readonly (readonly string[])[])[];
  readonly tableRows: readonly (readonly DocxTableRow[])[];
  /** The pictures: their alt text (descr), title and file in word/media. */
  readonly images: readonly { descr: string; title: string; file: string }[];
  /** word/media/* files by name. */
  readonly media: ReadonlyMap<string, Uint8Array>;
  readonly footers: readonly string[];
  readonly headers: readonly string[];
  /** The core properties' title (dc:title) and language (dc:language), and creator. */
  readonly title: string | null;
  readonly language: string | null;
  readonly creator: string | null;
  /** dcterms:created, as written. */
  readonly created: string | null;
  /** The styles' default run language (w:docDefaults w:lang w:val). */
  readonly styleLanguage: string | null;
  /** Every part's name. */
  readonly parts: readonly string[];
}

const on = (rPr: XmlNode | undefined, name: string): boolean => {
  const el = rPr ? elements(rPr).find((c) => c.name === name) : undefined;
  return el !== undefined && !['0', 'false'].includes(el.attrs['w:val'] ?? '');
};

function runsOf(p: XmlNode, rels: ReadonlyMap<string, string>): DocxRun[] {
  const walk = (n: XmlNode, link: { href?: string; anchor?: string }): DocxRun[] =>
    elements(n).flatMap((c): DocxRun[] => {
      if (c.name === 'w:hyperlink') {
        const id = c.attrs['r:id'];
        const anchor = c.attrs['w:anchor'];
        return walk(c, {
          ...(id !== undefined ? { href: rels.get(id) ?? `?${id}` } : {}),
          ...(anchor !== undefined ? { anchor } : {}),
        });
      }
      if (c.name !== 'w:r') return c.name === 'w:pPr' ? [] : walk(c, link);
      const rPr = elements(c).find((e) => e.name === 'w:rPr');
      const vert = rPr ? find(rPr, 'w:vertAlign') : undefined;
      return [
        {
          text: textOf(c),
          bold: on(rPr, 'w:b'),
          italic: on(rPr, 'w:i'),
          superscript: vert?.attrs['w:val'] === 'superscript',
          ...link,
        },
      ];
    });
  return walk(p, {});
}

/** Reads a .docx: throws if it is not a zip or a part is not well-formed XML. */
export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string): Promise<XmlNode | null> => {
    const file = zip.file(name);
    return file ? parseXml(await file.async('string')) : null;
  };
  const parts = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir);
  // Every XML part must parse, not only the ones read below.
  for (const name of parts.filter((n) => /\.(xml|rels)$/.test(n))) await part(name);
  const doc = await part('word/document.xml');
  if (!doc) throw new Error('no word/document.xml');
  const rels = new Map<string, string>();
  const relsXml = await part('word/_rels/document.xml.rels');
  for (const r of relsXml ? findAll(relsXml, 'Relationship') : []) {
    rels.set(r.attrs['Id'] ?? '', r.attrs['Target'] ?? '');
  }
  const body = find(doc, 'w:body');
  if (!body) throw new Error('no w:body');
  const tableParagraphs = new Set(findAll(body, 'w:tbl').flatMap((t) => findAll(t, 'w:p')));
  const paragraph = (p: XmlNode): DocxParagraph => {
    const pPr = elements(p).find((c) => c.name === 'w:pPr');
    const style = pPr ? find(pPr, 'w:pStyle')?.attrs['w:val'] : undefined;
    return {
      style: style ?? null,
      text: textOf(p),
      runs: runsOf(p, rels),
      inTable: tableParagraphs.has(p),
      list: pPr ? find(pPr, 'w:numPr') !== undefined : false,
    };
  };
  const tableRows = findAll(body, 'w:tbl').map((t) =>
    findAll(t, 'w:tr').map((tr): DocxTableRow => {
      const trPr = elements(tr).find((c) => c.name === 'w:trPr');
      const cells = findAll(tr, 'w:tc');
      return {
        cells: cells.map((tc) => findAll(tc, 'w:p').map(textOf).join('\n')),
        header: trPr ? find(trPr, 'w:tblHeader') !== undefined : false,
        cantSplit: trPr ? find(trPr, 'w:cantSplit') !== undefined : false,
        align: cells.map((tc) => find(tc, 'w:jc')?.attrs['w:val'] ?? 'left'),
        bold: cells.map((tc) => {
          const runs = findAll(tc, 'w:r').filter((r) => textOf(r) !== '');
          return runs.length > 0 && runs.every((r) => on(find(r, 'w:rPr'), 'w:b'));
        }),
      };
    }),
  );
  const media = new Map<string, Uint8Array>();
  for (const name of parts.filter((n) => n.startsWith('word/media/'))) {
    media.set(name, await (zip.file(name) as JSZip.JSZipObject).async('uint8array'));
  }
  const images = findAll(body, 'wp:inline').map((inline) => {
    const docPr = find(inline, 'wp:docPr');
    const blip = find(inline, 'a:blip');
    return {
      descr: docPr?.attrs['descr'] ?? '',
      title: docPr?.attrs['title'] ?? '',
      file: `word/${rels.get(blip?.attrs['r:embed'] ?? '') ?? ''}`,
    };
  });
  const partTexts = async (prefix: string) => {
    const texts: string[] = [];
    for (const name of parts.filter((n) => n.startsWith(prefix) && n.endsWith('.xml'))) {
      const x = await part(name);
      if (x) texts.push(findAll(x, 'w:p').map(textOf).join('\n'));
    }
    return texts;
  };
  const core = await part('docProps/core.xml');
  const coreText = (name: string) => {
    const el = core ? find(core, name) : undefined;
    return el ? el.children.join('') : null;
  };
  const styles = await part('word/styles.xml');
  const defaults = styles ? find(styles, 'w:docDefaults') : undefined;
  return {
    paragraphs: allInOrder(body, 'w:p').map(paragraph),
    tables: tableRows.map((rows) => rows.map((r) => r.cells)),
    tableRows,
    images,
    media,
    footers: await partTexts('word/footer'),
    headers: await partTexts('word/header'),
    title: coreText('dc:title'),
    language: coreText('dc:language'),
    creator: coreText('dc:creator'),
    created: coreText('dcterms:created'),
    styleLanguage: (defaults ? find(defaults, 'w:lang')?.attrs['w:val'] : undefined) ?? null,
    parts,
  };
}

/** Every element of that name below n in document order, inside matches too. */
function allInOrder(n: XmlNode, name: string): XmlNode[] {
  return elements(n).flatMap((c) => [...(c.name === name ? [c] : []), ...allInOrder(c, name)]);
}
