import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, Run, Text } from '../core/index.ts';
import { XSS_VECTORS } from '../../test/fixtures/xss-vectors.ts';
import { NARRATIVE_MAX } from '../core/index.ts';
import { isSafeHref, narrativeBlocks } from './narrative.ts';

const runsOf = (text: Text): readonly Run[] => (typeof text === 'string' ? [{ text }] : text);

/** Every run of every block, headings' text as a plain run. */
function allRuns(blocks: readonly Block[]): Run[] {
  return blocks.flatMap((b): Run[] => {
    switch (b.kind) {
      case 'paragraph':
        return [...runsOf(b.text)];
      case 'heading':
        return [{ text: b.text }];
      case 'list':
        return b.items.flatMap((i) => [...runsOf(i)]);
      default:
        throw new Error(`a narrative gives no ${b.kind} block`);
    }
  });
}

const textOf = (blocks: readonly Block[]): string =>
  allRuns(blocks)
    .map((r) => r.text)
    .join('');

/** A block as the narrative may give it: the kinds, fields and values the model allows. */
function isValidBlock(b: Block): boolean {
  const validRun = (r: Run) =>
    typeof r.text === 'string' &&
    r.note === undefined &&
    (r.href === undefined || isSafeHref(r.href)) &&
    Object.keys(r).every((k) => ['text', 'bold', 'italic', 'href'].includes(k));
  const validText = (t: Text) =>
    typeof t === 'string' || (Array.isArray(t) && t.length > 0 && t.every(validRun));
  switch (b.kind) {
    case 'paragraph':
      return validText(b.text) && textOf([b]).trim() !== '';
    case 'heading':
      return typeof b.text === 'string' && b.text.trim() !== '';
    case 'list':
      return b.items.length > 0 && b.items.every(validText);
    default:
      return false;
  }
}

describe('narrativeBlocks(markdown)', () => {
  it('gives paragraphs, headings and lists with bold, italic and links', () => {
    const blocks = narrativeBlocks(
      [
        '## Vores **prioriteter**',
        '',
        'Vi har *valgt* **hjemmeplejen** og [udbuddet](https://example.org/udbud).',
        'Skriv til [os](mailto:kontakt@example.org).',
        '',
        '- ældre',
        '- børn',
        '',
        '1. først',
        '2. så',
      ].join('\n'),
    );
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Vores prioriteter' },
      {
        kind: 'paragraph',
        text: [
          { text: 'Vi har ' },
          { text: 'valgt', italic: true },
          { text: ' ' },
          { text: 'hjemmeplejen', bold: true },
          { text: ' og ' },
          { text: 'udbuddet', href: 'https://example.org/udbud' },
          { text: '. Skriv til ' },
          { text: 'os', href: 'mailto:kontakt@example.org' },
          { text: '.' },
        ],
      },
      { kind: 'list', items: ['ældre', 'børn'] },
      { kind: 'list', items: ['først', 'så'], ordered: true },
    ]);
  });

  it('gives a plain paragraph as a string, a hard break as a newline, code as text', () => {
    expect(narrativeBlocks('én  \nto\ntre `a<b>` ![graf](https://example.org/x.png)')).toEqual([
      { kind: 'paragraph', text: 'én\nto tre a<b> graf' },
    ]);
    expect(narrativeBlocks('```\nx = 1\n```')).toEqual([{ kind: 'paragraph', text: 'x = 1' }]);
  });

  it('keeps the text of a link to anything but http(s) or mailto, without the link', () => {
    expect(narrativeBlocks('[a](/intern) [b](ftp://x.dk) [c](#top) [d](tel:12345678)')).toEqual([
      { kind: 'paragraph', text: 'a b c d' },
    ]);
  });

  it('keeps a nested list inside its parent item, so the numbers stay the author’s', () => {
    expect(narrativeBlocks('1. a\n   - b\n   - c\n2. d\n\n   mere om d')).toEqual([
      { kind: 'list', items: ['a\n– b\n– c', 'd mere om d'], ordered: true },
    ]);
  });

  it('shows raw HTML as text', () => {
    expect(narrativeBlocks('<script>alert(1)</script>\n\nTekst <b>fed</b>')).toEqual([
      { kind: 'paragraph', text: '<script>alert(1)</script>' },
      { kind: 'paragraph', text: 'Tekst <b>fed</b>' },
    ]);
  });

  it('gives no blocks for an empty or blank narrative', () => {
    expect(narrativeBlocks('')).toEqual([]);
    expect(narrativeBlocks(' \n\n\t\n')).toEqual([]);
  });

  it(`refuses more than ${NARRATIVE_MAX} characters`, () => {
    expect(narrativeBlocks('a'.repeat(NARRATIVE_MAX))).toHaveLength(1);
    expect(() => narrativeBlocks('a'.repeat(NARRATIVE_MAX + 1))).toThrow(/20000/);
  });

  describe.each(XSS_VECTORS.map((v) => [v.name, v] as const))('the XSS vector %s', (_, v) => {
    it('gives only text runs and http(s)/mailto links', () => {
      const blocks = narrativeBlocks(v.markdown);
      expect(blocks.every(isValidBlock)).toBe(true);
      for (const r of allRuns(blocks)) {
        if (r.href !== undefined) expect(r.href).toMatch(/^(https?:\/\/|mailto:)/i);
      }
      // Whatever the vector wrote stays visible: its call is still in the text, or was the
      // text of a link the check dropped.
      expect(textOf(blocks).length).toBeGreaterThan(0);
    });
  });

  it('gives valid blocks and only http(s)/mailto links for any text (fast-check, fixed seed)', () => {
    const markdownish = fc
      .array(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary', maxLength: 4 }),
          fc.constantFrom(
            '*',
            '**',
            '_',
            '[',
            '](',
            ')',
            '<',
            '>',
            '\n',
            '\n\n',
            '- ',
            '1. ',
            '# ',
            '`',
            'javascript:',
            'https://x.dk',
            'mailto:a@b.dk',
            '&#106;',
            '\\',
            '    ',
            '\u0000',
            '\ud800',
          ),
        ),
        { maxLength: 40 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(markdownish, (source) => {
        const blocks = narrativeBlocks(source);
        return blocks.every(isValidBlock);
      }),
      { seed: 20, numRuns: 2000 },
    );
  });
});
