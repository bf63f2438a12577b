import type { ParsedSource } from '../../core/index.ts';
import {
  PER_INHABITANT,
  parseFunctionExport,
  type FixedColumn,
  type FunctionExportSpec,
} from '../function-export/index.ts';

const PRICE_UNIT: FixedColumn = {
  field: 'Prisenhed',
  noun: 'prisenheden',
  accepted: [PER_INHABITANT],
};
const NET = 'I alt (netto)';
const OPERATING = '1 Driftskonti';

/**
 * BUDK32 as DST's web export writes it: like REGK31, with the art (net total) or the dranst
 * (operating accounts) shown as the second column, or both (dranst, then art).
 */
const BUDK32_SPEC: FunctionExportSpec = {
  format: 'budk32-csv',
  table: 'BUDK32',
  exampleName: 'BUDK32-2025.csv',
  areaField: 'Kommune',
  layouts: [
    [PRICE_UNIT, { field: 'Art/Dranst', noun: 'arten/dranst', accepted: [NET, OPERATING] }],
    [
      PRICE_UNIT,
      { field: 'Dranst', noun: 'dranst', accepted: [OPERATING] },
      { field: 'Art', noun: 'arten', accepted: [NET] },
    ],
  ],
  yearKind: 'budget',
};

/**
 * Parses a headerless DST BUDK32 export (the municipalities' budgets by account function):
 * `"Prisenhed","Art","Funktion","Kommune",Beløb` — the second column may be the dranst
 * "1 Driftskonti" instead, or both may stand (dranst, then art) — net operating expenditure in
 * kr. per inhabitant, current prices, the year from the file name ("BUDK32-2025.csv"). Each
 * account function becomes the same key figure as in REGK31, `regk31-<function>`, and the
 * year is a budget year, so budget and accounts of a function and year are stored side by
 * side. See `parseFunctionExport` for what is skipped and what refuses the file.
 * @example parseBudk32(bytes, 'BUDK32-2025.csv').yearKinds?.get(2025) // 'budget'
 */
export function parseBudk32(bytes: Uint8Array, fileName: string): ParsedSource {
  return parseFunctionExport(bytes, fileName, BUDK32_SPEC);
}
