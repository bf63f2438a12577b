/**
 * The years 1900-2100 written as a separate 4-digit number in a file name (directories
 * ignored), distinct, in order. REGK31 exports carry their year only in the name.
 * @example yearsInFileName('data/regk31-2024.csv') // [2024]
 */
export function yearsInFileName(fileName: string): readonly number[] {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const years = [...base.matchAll(/(?<!\d)(\d{4})(?!\d)/g)]
    .map((m) => Number(m[1]))
    .filter((y) => y >= 1900 && y <= 2100);
  return [...new Set(years)];
}
