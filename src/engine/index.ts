/**
 * @module The engine fed by the database: one implementation of peers, potentials, packages,
 * development and whom to talk to, shared by the CLI and the HTTP API.
 */
export { loadEngineData, type EngineData, type StructureData } from './data.ts';
export { benchmarkInput } from './benchmark-input.ts';
export { resolveGroup, similarityVariables, themeFor, type ResolvedGroup } from './groups.ts';
export { findPeers } from './peers.ts';
export { computePotentialFor, type PotentialAnswer, type PotentialRequest } from './potential.ts';
export {
  computePackageFor,
  packageFromData,
  type PackageAnswer,
  type PackageDeaContext,
  type PackageRequest,
} from './package.ts';
export {
  computeCompareFor,
  presentCompare,
  type CompareAnswer,
  type CompareRequest,
} from './compare.ts';
export {
  computeDevelopmentFor,
  type DevelopmentAnswer,
  type DevelopmentRequest,
} from './development.ts';
export { computeTalkToFor, type TalkToAnswer, type TalkToRequest } from './talk-to.ts';
export {
  DEFAULT_BENCHMARK,
  DEFAULT_PEERS,
  K_RANGE,
  OutOfRangeError,
  YEAR_RANGE,
  parseBenchmarkLevel,
  parsePackageLevel,
  parseK,
  parseMunicipality,
  parseMunicipalityCode,
  parseTheme,
  parseWeights,
  parseYear,
  parsePriceRequest,
  UnknownValueError,
} from './params.ts';
export * from './requests/index.ts';
export {
  DEFAULT_PRICE_REQUEST,
  checkPriceRequest,
  figurePrices,
  pricesDocument,
  type FigurePrices,
  type PriceRequest,
  type PricesDocument,
} from './prices.ts';
export {
  defaultSeriesLevel,
  seriesAnswer,
  valuesAnswer,
  type SeriesAnswer,
  type SeriesPoint,
  type ValueRow,
  type ValuesAnswer,
} from './values.ts';
export {
  presentDevelopment,
  presentKeyFigure,
  presentKeyFigureDocument,
  presentKeyFigureWithNotes,
  presentPackage,
  presentSeries,
  presentValues,
  presentPeers,
  presentPotential,
  presentTalkTo,
} from './present.ts';
export {
  computeDeaBenchmark,
  deaBenchmarkFromData,
  type DeaMissing,
  deaCsv,
  municipalColumn,
  parseDeaLevel,
  presentDeaBenchmark,
  type DeaBenchmark,
  presentDea,
  runDea,
  runMunicipalDea,
  type DeaRequest,
  type DeaRun,
} from './dea.ts';
export { loadSavedGroup } from './saved-groups.ts';
export { requireKeyFigure } from './key-figure.ts';
export {
  DEFAULT_YEAR_COVERAGE,
  defaultPackageYear,
  defaultYearFor,
  packageYears,
  type PackageYear,
} from './package-years.ts';
export {
  fetchAndApply,
  firstRun,
  type FetchReport,
  type FetchRunOptions,
  type FetchTable,
  type FetchedPriceIndex,
  type FirstRunOutcome,
} from './fetch.ts';
export { COVERAGE_DENOMINATORS, packageFigures, sharedPackageData } from './shared-data.ts';
export { warmUp, type WarmUpReport } from './warm-up.ts';
export {
  baselinesOf,
  initiativeContext,
  newestAccountsYear,
  prepareInitiative,
  prepareInitiatives,
  valueOf,
} from './initiatives.ts';
export {
  EFFECT_PEERS,
  computeEffectFor,
  effectShared,
  type EffectShared,
  type FigureEffectAnswer,
} from './effect.ts';
export { potentialEstimate, type PotentialEstimate } from './barrier-estimate.ts';
export { sectorLevel, totalsIn, type SectorLevel } from './sector-level.ts';
export { barrierLevel, rankedList, type BarrierLevel, type ListQuery } from './barrier-level.ts';
export { initiativeVerdicts } from './effect-verdicts.ts';
export { GAP_ITEMS_RANKING, gapItems, type GapItem } from './gap-items.ts';
export { budgetFollowUp, type BudgetFollowUp, type BudgetRequest } from './budget.ts';
export { steeringData, steeringDataFor, STEERING_FIGURES } from './steering.ts';
export { packageRoot } from './package-root.ts';
export {
  loadQuestionnaires,
  parseQuestionnaire,
  QUESTIONNAIRE_DIR,
  type Questionnaires,
} from './questionnaires.ts';
export {
  scoresOf,
  sharedParticipants,
  steeringResult,
  type SteeringResult,
} from './steering-result.ts';
export { boundariesTopology, TOPOLOGY_QUANTISATION } from './geo.ts';
export * from './report/index.ts';
