/** @module The HTTP API: routes per domain, problem documents, exports and the OpenAPI document. */
export {
  createApp,
  MAX_BODY_BYTES,
  MAX_QUERY_LENGTH,
  type AppOptions,
  type AppType,
  type RequestLog,
} from './app.ts';
export { startServer, type RunningServer } from './serve.ts';
export type { Problem } from './problem.ts';
export type {
  DevelopmentDocument,
  KeyFigureDocument,
  PackageDocument,
  PeersDocument,
  PotentialDocument,
  TalkToDocument,
  ValueRow,
  ValuesDocument,
  SeriesDocument,
  SeriesPointDocument,
  PackageYear,
  PackageYearsDocument,
  PriceIndexDocument,
} from './contract.ts';
