import type { DiagnosticLog } from '../diagnostic-log/index.ts';
import { yearsInFileName } from '../regk31/index.ts';

/**
 * The year of the one FOLK1A export we have (PROVENANCE.md §11): its counts are the population
 * on 1 January 2021, FOLK1A 2021K1, although neither content nor name states the date.
 */
export const DEFAULT_YEAR = 2021;

/**
 * The year whose 1 January the counts are for. The file does not state its date, so it comes
 * from a 4-digit year in the file name ("DKfolketal2021_….csv"), else DEFAULT_YEAR; an info
 * diagnostic records which, so the import says what it assumed. A name with two different
 * years refuses the file.
 * @example folk1aYear('DKfolketal2021_Statistikbanken_Del1.csv', log) // 2021
 */
export function folk1aYear(fileName: string, log: DiagnosticLog): number {
  const years = yearsInFileName(fileName);
  const [year] = years;
  if (years.length > 1) {
    return log.refuse(
      `flere årstal i filnavnet (${years.join(', ')}); filen angiver ikke sin dato, så navngiv den med ét årstal, fx folketal-alder-2021.csv`,
      { field: 'filnavn', value: fileName },
    );
  }
  if (year !== undefined) {
    log.info(
      `filen angiver ikke sin dato; folketallet regnes som 1. januar ${year} (FOLK1A ${year}K1) efter årstallet i filnavnet`,
      { field: 'filnavn', value: fileName },
    );
    return year;
  }
  log.info(
    `filen angiver ikke sin dato, og filnavnet har intet årstal; folketallet regnes som 1. januar ${DEFAULT_YEAR} (FOLK1A ${DEFAULT_YEAR}K1)`,
    { field: 'filnavn', value: fileName },
  );
  return DEFAULT_YEAR;
}
