/** Text of the Home page. */
export const home = {
  title: 'Forside',
};
