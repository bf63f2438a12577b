/**
 * A file's name and the folder it was imported from, for showing the name first.
 * @example splitPath('../shared/data/raw/x/full.csv') // { name: 'full.csv', folder: '../shared/data/raw/x' }
 */
export function splitPath(path: string): { readonly name: string; readonly folder: string } {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut < 0
    ? { name: path, folder: '' }
    : { name: path.slice(cut + 1), folder: path.slice(0, cut) };
}
