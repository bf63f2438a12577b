/** Text of the Compare municipalities page. */
export const compare = {
  title: 'Sammenlign kommuner',
};
