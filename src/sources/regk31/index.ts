/** @module Importer for DST REGK31 exports: net operating expenditure per inhabitant by account function. */
export { detectRegk31 } from './detect.ts';
export { parseRegk31 } from './parse.ts';
export { REGK31_UNIT, regk31KeyFigure, yearsInFileName } from '../function-export/index.ts';
