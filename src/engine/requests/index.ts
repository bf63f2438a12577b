/**
 * @module One request schema per use case, shared by the CLI (src/cli/commands) and the HTTP
 * API (src/server/routes): the same names, defaults, ranges and refusals through both.
 */
export { spell, type RawRequest, type RawValue, type Spelling } from './fields.ts';
export { DEFAULT_LIMIT } from './common.ts';
export { MAX_WEIGHT, NEAREST_PARTS, formatPeerSpec, parsePeerSpec } from './peer-spec.ts';
export {
  AMONG,
  parseDevelopmentRequest,
  parsePackageRequest,
  parsePackageYearsRequest,
  parsePeersRequest,
  parsePotentialRequest,
  parseTalkToRequest,
  parseVariables,
  type DevelopmentQuery,
  type PackageQuery,
  type PeersQuery,
  type PotentialQuery,
  type TalkToQuery,
} from './engine-requests.ts';
export {
  COMPARE_MAX,
  COMPARE_THEMES,
  parseCompareRequest,
  type CompareQuery,
} from './compare-request.ts';
export {
  KEY_FIGURE_KINDS,
  parseKeyFiguresRequest,
  parseSeriesRequest,
  parseValuesRequest,
  type KeyFigureKindFilter,
  type KeyFiguresQuery,
  type SeriesQuery,
  type ValuesQuery,
} from './data-requests.ts';
export {
  DEA_DEFAULTS,
  ORIENTATION_ALIASES,
  parseDeaModel,
  parseMunicipalDeaRequest,
  parseTableDeaRequest,
  type MunicipalDeaQuery,
  type TableDeaQuery,
} from './dea-requests.ts';
