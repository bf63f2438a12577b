import type * as Plot from '@observablehq/plot';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * A Plot mark that draws the conventional break sign (two slanted strokes over a gap) at the
 * foot of the y axis, for a scale that does not start at zero. Put it last in the marks so it
 * lies over the axis line and the grid. `data-mark="axis-break"` names it for styles and tests.
 */
export function axisBreakMark(colour = '#1b1f24'): Plot.RenderFunction {
  return (_index, _scales, _values, dimensions, context) => {
    // The plot's own document: the browser's, or linkedom's when the report draws in Node.
    const document = context.document;
    const { height, marginBottom, marginLeft, marginTop } = dimensions;
    const x = marginLeft;
    const y = height - marginBottom - 10;
    const g = document.createElementNS(SVG, 'g');
    g.setAttribute('data-mark', 'axis-break');
    g.setAttribute('aria-hidden', 'true');
    // The axis line itself (Plot draws none by default), so the break has something to cut.
    const axis = document.createElementNS(SVG, 'path');
    axis.setAttribute('d', `M${x},${marginTop}V${height - marginBottom}`);
    axis.setAttribute('stroke', colour);
    g.append(axis);
    // A white gap over the axis, then the two strokes across it.
    const gap = document.createElementNS(SVG, 'rect');
    for (const [k, v] of Object.entries({
      x: x - 9,
      y: y - 4,
      width: 18,
      height: 8,
      fill: '#ffffff',
    }))
      gap.setAttribute(k, String(v));
    g.append(gap);
    for (const dy of [-4, 4]) {
      const stroke = document.createElementNS(SVG, 'path');
      stroke.setAttribute('d', `M${x - 8},${y + dy + 3}L${x + 8},${y + dy - 3}`);
      stroke.setAttribute('stroke', colour);
      stroke.setAttribute('stroke-width', '1.5');
      stroke.setAttribute('fill', 'none');
      g.append(stroke);
    }
    return g;
  };
}
