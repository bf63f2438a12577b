/**
 * Each chosen municipality's symbol and colour, by position: the same in the list, the table
 * header and the chart, so a municipality is recognised by its shape, not by colour alone.
 */
export const SYMBOLS = ['●', '■', '▲', '◆', '✚'] as const;
export const PLOT_SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const;
export const COLOURS = ['#0b5cad', '#b45309', '#1d6b3a', '#9d174d', '#5b21b6'] as const;
