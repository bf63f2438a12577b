/** @module Pris- og lønindeks files (`year;index;base`): the price index as imported data. */
export { detectPriceIndex, parsePriceIndex } from './parse.ts';
