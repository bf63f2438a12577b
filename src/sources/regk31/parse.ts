import type { ParsedSource } from '../../core/index.ts';
import {
  PER_INHABITANT,
  parseFunctionExport,
  type FunctionExportSpec,
} from '../function-export/index.ts';

/** REGK31 as DST's web export writes it: `"Prisenhed","Art","Funktion","Område",Beløb`. */
const REGK31_SPEC: FunctionExportSpec = {
  format: 'regk31-csv',
  table: 'REGK31',
  exampleName: '2024.csv',
  areaField: 'Område',
  layouts: [
    [
      { field: 'Prisenhed', noun: 'prisenheden', accepted: [PER_INHABITANT] },
      { field: 'Art', noun: 'arten', accepted: ['I alt (netto)'] },
    ],
  ],
  yearKind: 'accounts',
};

/**
 * Parses a headerless DST REGK31 export: `"Prisenhed","Art","Funktion","Område",Beløb`
 * (`,`-separated; `;` is accepted too; UTF-8 or Latin-1), the municipalities' accounts as net
 * operating expenditure in kr. per inhabitant, current prices, the year from the file name
 * ("2024.csv"). Each account function becomes the key figure `regk31-<function>`; see
 * `parseFunctionExport` for what is skipped and what refuses the file.
 * @example parseRegk31(bytes, '2024.csv').observations.length // 2450
 */
export function parseRegk31(bytes: Uint8Array, fileName: string): ParsedSource {
  return parseFunctionExport(bytes, fileName, REGK31_SPEC);
}
