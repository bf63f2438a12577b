import { inflateEntry, readZipDirectory, tooLarge, type InflateBudget } from './zip.ts';

/**
 * Refuses a workbook (InvalidFileError) whose parts unpack to more than `limit` bytes
 * together, before a reader that unpacks everything in memory (exceljs's `xlsx.load`) sees
 * it: declared sizes are checked first, then every part is unpacked and counted under the
 * budget, so a zip bomb or a lying header stops at the limit. Also refuses what is not a ZIP.
 */
export async function checkUnpackedSize(
  bytes: Uint8Array,
  fileName: string,
  limit: number,
): Promise<void> {
  const entries = readZipDirectory(bytes, fileName);
  if (entries.reduce((n, e) => n + e.declaredSize, 0) > limit) throw tooLarge(fileName, limit);
  const budget: InflateBudget = { limit, used: 0 };
  for (const entry of entries)
    for await (const text of inflateEntry(bytes, entry, budget, fileName)) void text;
}
