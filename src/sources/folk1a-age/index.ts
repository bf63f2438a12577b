/** @module Importer for DST FOLK1A exports of the population by municipality and single year of age. */
export { detectFolk1aAge } from './detect.ts';
export { parseFolk1aAge } from './parse.ts';
export { catalogueAgeGroups, OLDEST_AGE, type AgeGroup } from './age-groups.ts';
export { DEFAULT_YEAR as FOLK1A_DEFAULT_YEAR } from './year.ts';
