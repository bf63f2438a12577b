import { slugify, type KeyFigureSighting } from '../../core/index.ts';

/** "5.30.27 Pleje og omsorg …": the function number of the municipal chart of accounts and its name. */
const FUNCTION = /^(\d\.\d{2}\.\d{2})\s+(\S.*)$/s;

/** The unit of every REGK31 figure this importer reads. */
export const REGK31_UNIT = 'kr. pr. indb.';

/**
 * The key figure for one REGK31 account function, net operating expenditure per inhabitant.
 * The id depends only on the function number (`regk31-5-30-27`), so it is stable when DST
 * renames a function; the source name is `REGK31 <number> <name> (netto, kr. pr. indb.)`.
 * Returns undefined when the text is not "d.dd.dd name".
 * @example regk31KeyFigure('3.22.01 Folkeskoler')?.id // 'regk31-3-22-01'
 */
export function regk31KeyFigure(funktion: string): KeyFigureSighting | undefined {
  const match = FUNCTION.exec(funktion.trim());
  if (!match) return undefined;
  const [, number = '', name = ''] = match;
  return {
    id: `regk31-${slugify(number)}`,
    sourceName: `REGK31 ${number} ${name.replace(/\s+/g, ' ')} (netto, ${REGK31_UNIT})`,
    source: 'regk31',
    valueType: 'number',
    noteNumbers: [],
    unit: REGK31_UNIT,
  };
}
