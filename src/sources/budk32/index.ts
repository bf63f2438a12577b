/** @module Importer for DST BUDK32 exports: budgeted net operating expenditure per inhabitant by account function, on the REGK31 key figures. */
export { detectBudk32 } from './detect.ts';
export { parseBudk32 } from './parse.ts';
