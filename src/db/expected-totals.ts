import {
  InvalidFileError,
  findMunicipality,
  type Diagnostic,
  type ParsedSource,
} from '../core/index.ts';
import type { Queryable } from './database.ts';

type ExpectedTotal = NonNullable<ParsedSource['expectedTotals']>[number];

/**
 * Refuses an import whose `expectedTotals` contradict what is stored: every stored numeric
 * observation of the same key figure, year and municipality (all year kinds, if there are
 * several) must equal the expected value exactly, e.g. FOLK1A's ages summed per municipality
 * must be the stored `indbyggertal` of the year. Nothing stored for a figure and year, or for
 * a municipality, is no contradiction: the check passes and adds nothing. Call it inside the
 * import's transaction, before the observations are written.
 * @throws InvalidFileError naming the file, each municipality (code and name) and both numbers
 * @example await checkExpectedTotals(tx, parseFolk1aAge(bytes, 'DKfolketal2021_Del1.csv'))
 */
export async function checkExpectedTotals(tx: Queryable, parsed: ParsedSource): Promise<void> {
  const groups = new Map<string, ExpectedTotal[]>();
  for (const e of parsed.expectedTotals ?? []) {
    const key = `${e.keyFigureId}\u0000${e.year}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const problems: Diagnostic[] = [];
  for (const expected of groups.values()) {
    const [first] = expected;
    if (!first) continue;
    const rows = await tx.query<{ municipality_code: string; value: string }>(
      `SELECT municipality_code, value::text AS value FROM observations
       WHERE key_figure_id = $1 AND year = $2 AND status = 'value'
       ORDER BY municipality_code`,
      [first.keyFigureId, first.year],
    );
    const byCode = new Map(expected.map((e) => [e.municipalityCode, e]));
    for (const row of rows) {
      const e = byCode.get(row.municipality_code);
      if (e && Number(row.value) !== e.value) problems.push(mismatch(parsed.file, e, row.value));
    }
  }
  const [firstProblem] = problems;
  if (!firstProblem) return;
  const more = problems.length > 1 ? ` (og ${problems.length - 1} kommuner mere)` : '';
  throw new InvalidFileError(problems, `${firstProblem.file}: ${firstProblem.message}${more}`);
}

function mismatch(file: string, e: ExpectedTotal, stored: string): Diagnostic {
  const name = findMunicipality(e.municipalityCode)?.name ?? 'ukendt kommune';
  return {
    severity: 'error',
    file,
    field: `${e.keyFigureId} ${e.year}`,
    value: String(e.value),
    message:
      `${name} (${e.municipalityCode}): filen giver ${e.keyFigureId} ${e.year} = ${e.value}, ` +
      `men databasen har ${stored}`,
  };
}
