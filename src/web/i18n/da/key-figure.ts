/** Text of the Key figure page. */
export const keyFigure = {
  title: 'Nøgletal',
};
