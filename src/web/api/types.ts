/**
 * The API's answers as the web app reads them. Engine answers come from the server's own
 * types (import type: nothing of the server reaches the browser); reference answers are
 * read from the typed app (AppType), so each is what the route's response schema says.
 */
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
  PackageYear,
  PackageYearsDocument,
  PriceIndexDocument,
} from '../../server/index.ts';
import type { hc, InferResponseType } from 'hono/client';
import type { AppType, PackageDocument, SeriesPointDocument } from '../../server/index.ts';

/** One point of a series: one year and one year kind. */
export type SeriesPoint = SeriesPointDocument;

/** The level an answer's amounts are in: each year's own prices, or one base year's. */
export type PricesDocument = PackageDocument['prices'];
/** Accounts (regnskab), budget or estimate (skøn). */
export type YearKind = NonNullable<PackageDocument['yearKind']>;
/** A machine-readable warning with its Danish and English message (DESIGN.md §3.4c). */
export type Warning = PackageDocument['warnings'][number];
export type WarningCode = Warning['code'];

/** The typed client of the API (hono/client): each route's answer type, from the server. */
type Api = ReturnType<typeof hc<AppType>>['api']['v1'];
/** The 200 answer of a GET route, e.g. `Answer<Api['health']>`. */
type Answer<R> = R extends { $get: infer G } ? InferResponseType<G, 200> : never;

export type Municipality = Answer<Api['municipalities']>['municipalities'][number];
export type Health = Answer<Api['health']>;
export type MunicipalityProfile = Answer<Api['municipalities'][':code']>;
export type ImportRecord = Answer<Api['imports']>['imports'][number];
export type SavedPeerGroup = Answer<Api['peer-groups']>['groups'][number];
