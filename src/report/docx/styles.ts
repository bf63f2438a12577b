import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';

// The DOCX's look: A4 with 2.5 cm margins, Arial (Liberation Sans, the PDF's font, has its
// metrics, so a reader without Arial sees the same lines), the report's colours, Word's own
// heading styles so the navigation pane and the table of contents find them.

/** A4 in twips (1/20 pt), and its margins. */
export const PAGE = { width: 11906, height: 16838, margin: 1418 } as const;
/** The width between the margins in twips: tables and images fill it. */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** The same in pixels at 96 to the inch, the unit of docx's image sizes. */
export const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96);

export const LOOK = {
  font: 'Arial',
  /** Half-points. */
  size: 21,
  smallSize: 16,
  ink: '1F2328',
  muted: '57606A',
  accent: '0B5394',
  warning: '9A3412',
  rule: 'B0B7BF',
  headerFill: 'EEF1F4',
  narrativeRule: '0B5394',
} as const;

/** The ordered lists' numbering (bullet lists use docx's own). */
export const ORDERED = 'ordered';

export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: ORDERED,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 567, hanging: 357 } } },
        },
      ],
    },
  ],
};

/** Word's default styles, set to the report's font, sizes, colours and language. */
export function reportStyles(locale: string): IStylesOptions {
  const heading = (size: number, before: number) => ({
    run: { font: LOOK.font, size, bold: true, color: LOOK.accent },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: LOOK.font, size: LOOK.size, color: LOOK.ink, language: { value: locale } },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      title: { run: { font: LOOK.font, size: 52, bold: true, color: LOOK.accent } },
      heading1: heading(32, 360),
      heading2: heading(25, 240),
      caption: {
        run: { font: LOOK.font, size: LOOK.size, bold: true, italics: false, color: LOOK.ink },
        paragraph: { spacing: { before: 160, after: 80 }, keepNext: true },
      },
    },
  };
}
