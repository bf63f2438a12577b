/** Text of the Data page. */
export const data = {
  title: 'Data',
};
