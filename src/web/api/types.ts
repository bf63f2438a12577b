/**
 * The API's answers as the web app reads them, named for the pages. Each is read from the
 * typed app (AppType) through the route map in routes.ts, so it is what the route's response
 * schema says; nothing here is written by hand and no server code reaches the browser.
 */
import type { ApiAnswer } from './routes.ts';

export type { ApiAnswer, ApiParams, ApiPath, ApiRoute } from './routes.ts';

/** `GET /potential` against a benchmark (the DEA answer has no corridor). */
export type PotentialDocument = Extract<ApiAnswer<'potential'>, { readonly corridor: unknown }>;
export type PackageDocument = ApiAnswer<'package'>;
/** `GET /compare`: a few municipalities' packages side by side, by theme and key figure. */
export type CompareDocument = ApiAnswer<'compare'>;
export type DevelopmentDocument = ApiAnswer<'development'>;
export type TalkToDocument = ApiAnswer<'talk-to'>;
export type PeersDocument = ApiAnswer<'peers'>;
/** `GET /values`: every municipality's value in one year, one year kind and price level. */
export type ValuesDocument = ApiAnswer<'values'>;
export type ValueRow = ValuesDocument['values'][number];
/** `GET /series`: one municipality over the years, a point per year and year kind. */
export type SeriesDocument = ApiAnswer<'series'>;
/** One point of a series: one year and one year kind. */
export type SeriesPoint = SeriesDocument['series'][number];
/** `GET /package-years`: per year what a municipality's package would hold, and the default. */
export type PackageYearsDocument = ApiAnswer<'package-years'>;
export type PackageYear = PackageYearsDocument['years'][number];
/** `GET /price-index`: the stored pris- og lønindeks per source and year (base year = 1). */
export type PriceIndexDocument = ApiAnswer<'price-index'>;
/** One key figure as `GET /key-figures` lists it (with its years and years with values). */
type ListedKeyFigure = ApiAnswer<'key-figures'>['keyFigures'][number];
/** The fields only the list carries; other answers (`/values`, `/series`) leave them out. */
type ListOnly = Exclude<keyof ListedKeyFigure, keyof ValuesDocument['keyFigure']>;
/** One key figure as the answers carry it; the list-only fields are there when listed. */
export type KeyFigureDocument = Omit<ListedKeyFigure, ListOnly> &
  Partial<Pick<ListedKeyFigure, ListOnly>>;

/** The level an answer's amounts are in: each year's own prices, or one base year's. */
export type PricesDocument = PackageDocument['prices'];
/** Accounts (regnskab), budget or estimate (skøn). */
export type YearKind = NonNullable<PackageDocument['yearKind']>;
/** A machine-readable warning with its Danish and English message (DESIGN.md §3.4c). */
export type Warning = PackageDocument['warnings'][number];
export type WarningCode = Warning['code'];

export type Municipality = ApiAnswer<'municipalities'>['municipalities'][number];
export type Health = ApiAnswer<'health'>;
export type MunicipalityProfile = ApiAnswer<`municipalities/${string}`>;
export type ImportRecord = ApiAnswer<'imports'>['imports'][number];
export type SavedPeerGroup = ApiAnswer<'peer-groups'>['groups'][number];

export type * from './account-types.ts';
