import { Resvg } from '@resvg/resvg-js';
import { ImageRun, Paragraph } from 'docx';
import type { Block, ReportLang } from '../../core/index.ts';
import { textRuns } from './runs.ts';
import { TEXT_WIDTH_PX } from './styles.ts';
import { notes } from './table.ts';

export type ChartBlock = Extract<Block, { kind: 'chart' }>;

/** Draws a chart block as an <svg> with fixed width and height (the report room's chartSvg). */
export type ChartSvg = (block: ChartBlock, lang: ReportLang, width?: number) => string;

/** The CSS width the charts are drawn at, as in the PDF; the PNG is drawn from it at PNG_WIDTH. */
const SVG_WIDTH = 640;
/** The PNG's width in pixels: sharp when printed across the text width (about 190 dpi). */
export const PNG_WIDTH = 1200;

/** An SVG as a PNG PNG_WIDTH pixels wide, its text in the system's fonts (Liberation Sans). */
export function svgToPng(svg: string): { png: Uint8Array; width: number; height: number } {
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: PNG_WIDTH },
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
    background: '#ffffff',
  }).render();
  return { png: image.asPng(), width: image.width, height: image.height };
}

/**
 * A chart block as its title, the chart as a PNG across the text width (its alt text the
 * block's), and its notes; title and image kept on one page.
 */
export function chartElements(block: ChartBlock, lang: ReportLang, draw: ChartSvg): Paragraph[] {
  const { png, width, height } = svgToPng(draw(block, lang, SVG_WIDTH));
  const image = new ImageRun({
    type: 'png',
    data: png,
    transformation: {
      width: TEXT_WIDTH_PX,
      height: Math.round((TEXT_WIDTH_PX * height) / width),
    },
    altText: { name: block.title, title: block.title, description: block.alt },
  });
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: textRuns(block.title) }),
    new Paragraph({
      children: [image],
      ...((block.notes ?? []).length > 0 ? { keepNext: true } : {}),
    }),
    ...notes(block.notes),
  ];
}
