/** @module Importer for Statistics Denmark's classification of regions, landsdele and kommuner. */
export { detectDstClassification } from './detect.ts';
export { parseDstClassification } from './parse.ts';
