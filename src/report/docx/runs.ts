import {
  ConcreteHyperlink,
  hashedId,
  InternalHyperlink,
  TextRun,
  type IContext,
  type IXmlableObject,
  type ParagraphChild,
} from 'docx';
import type { Run, Text } from '../../core/index.ts';
import { isSafeHref } from '../narrative.ts';

/** How a paragraph's runs look beyond their own bold/italic: its tone's size and colour. */
export interface RunLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** In half-points (Word's unit): 22 is 11 pt. */
  readonly size?: number;
  readonly color?: string;
}

/** The bookmark on formula n in the appendix, which its footnote marks link to. */
export const formulaBookmark = (n: number): string => `formula_${n}`;

const runsOf = (text: Text): readonly Run[] => (typeof text === 'string' ? [{ text }] : text);

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/** The relationship ids each part's relationships already hold (one per address). */
const added = new WeakMap<object, Set<string>>();

/**
 * An external link whose relationship id is a hash of its address, where docx's
 * ExternalHyperlink draws a random id: so two renders of one report write the same
 * document.xml. Links to one address share one relationship. The address, fragment and all,
 * is the relationship's target.
 */
class StableLink extends ConcreteHyperlink {
  private readonly href: string;

  constructor(children: readonly ParagraphChild[], href: string) {
    super(children, `Link${hashedId(href).slice(0, 16)}`);
    this.href = href;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const rels = context.viewWrapper.Relationships;
    const ids = added.get(rels) ?? new Set<string>();
    added.set(rels, ids);
    if (!ids.has(this.linkId)) {
      ids.add(this.linkId);
      rels.addRelationship(this.linkId, HYPERLINK, this.href, 'External');
    }
    return super.prepForXml(context);
  }
}

/** A model text as Word runs: newlines as line breaks, links, note marks as superscripts. */
export function textRuns(text: Text, look: RunLook = {}): ParagraphChild[] {
  return runsOf(text).flatMap((run) => runChildren(run, look));
}

function runChildren(run: Run, look: RunLook): ParagraphChild[] {
  const options = {
    ...(look.bold === true || run.bold === true ? { bold: true } : {}),
    ...(look.italic === true || run.italic === true ? { italics: true } : {}),
    ...(look.size !== undefined ? { size: look.size } : {}),
    ...(look.color !== undefined ? { color: look.color } : {}),
  };
  // A newline in the text is a line break in Word (a hard break in a narrative, a nested item).
  const pieces = (style?: string) =>
    run.text.split('\n').map(
      (line, i) =>
        new TextRun({
          ...options,
          text: line,
          ...(style !== undefined ? { style } : {}),
          ...(i > 0 ? { break: 1 } : {}),
        }),
    );
  const children: ParagraphChild[] =
    run.href !== undefined && isSafeHref(run.href)
      ? [new StableLink(pieces('Hyperlink'), run.href)]
      : pieces();
  if (run.note !== undefined) children.push(noteMark(run.note, look));
  return children;
}

/** A footnote mark: the formula's number, raised, linked to the formula in the appendix. */
export function noteMark(n: number, look: RunLook = {}): ParagraphChild {
  return new InternalHyperlink({
    anchor: formulaBookmark(n),
    children: [
      new TextRun({
        text: String(n),
        superScript: true,
        ...(look.size !== undefined ? { size: look.size } : {}),
      }),
    ],
  });
}

/** A text's characters without marks: what a reader sees, for checks and alt texts. */
export const plainText = (text: Text): string =>
  runsOf(text)
    .map((r) => r.text)
    .join('');
