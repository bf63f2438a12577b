/** Text of the Method page. */
export const method = {
  title: 'Metode',
};
