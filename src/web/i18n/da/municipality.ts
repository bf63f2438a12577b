/** Text of the Municipality page. */
export const municipality = {
  title: 'Kommune',
};
