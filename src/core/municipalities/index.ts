/** @module Municipalities and regions: the 98 and their codes, names and regions. */
export { CHRISTIANSOE_CODE, REGIONS, type Municipality, type Region } from './municipality.ts';
export { MUNICIPALITIES } from './municipality-list.ts';
export { findMunicipality, isChristiansoe, normaliseMunicipalityCode } from './codes.ts';
export { findMunicipalityByName, nameKey } from './names.ts';
export {
  editDistance,
  foldName,
  searchMunicipalities,
  suggestMunicipalities,
  type MatchKind,
  type MunicipalityMatch,
  type NamedMunicipality,
} from './search.ts';
