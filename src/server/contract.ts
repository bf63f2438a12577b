/**
 * The answers of /api/v1 as types, for clients in TypeScript (the web app imports them with
 * `import type`, so no server code reaches the browser). Derived from the presenters, so a
 * change to an answer is a type error in its clients.
 */
import type {
  presentDevelopment,
  presentKeyFigure,
  presentPackage,
  presentPeers,
  presentPotential,
  presentTalkTo,
  presentSeries,
  presentValues,
} from '../engine/index.ts';
import type { PackageYear } from '../engine/index.ts';
import type { StoredPriceIndexYear } from '../db/index.ts';

export type KeyFigureDocument = ReturnType<typeof presentKeyFigure> & {
  readonly notes?: readonly { readonly number: number; readonly text: string }[];
  readonly firstYear?: number | null;
  readonly lastYear?: number | null;
  /** Years in which at least one municipality has a number (GET /key-figures only). */
  readonly yearsWithValues?: readonly number[];
};
export type PackageDocument = ReturnType<typeof presentPackage>;
export type PotentialDocument = ReturnType<typeof presentPotential>;
export type DevelopmentDocument = ReturnType<typeof presentDevelopment>;
export type TalkToDocument = ReturnType<typeof presentTalkTo>;
export type PeersDocument = ReturnType<typeof presentPeers>;
/** `GET /values`: every municipality's value in one year, one year kind and price level. */
export type ValuesDocument = ReturnType<typeof presentValues> & {
  readonly keyFigure: KeyFigureDocument;
};
export type ValueRow = ValuesDocument['values'][number];
/** `GET /series`: one municipality over the years, a point per year and year kind. */
export type SeriesDocument = ReturnType<typeof presentSeries> & {
  readonly keyFigure: KeyFigureDocument;
  readonly municipality: { readonly code: string; readonly name: string };
};
export type SeriesPointDocument = SeriesDocument['series'][number];
/** `GET /package-years`: per year what a municipality's package would hold, and the default. */
export interface PackageYearsDocument {
  readonly municipality: string;
  readonly defaultYear: number | null;
  readonly years: readonly PackageYear[];
}
export type { PackageYear };
/** `GET /price-index`: the stored pris- og lønindeks per source and year (base year = 1). */
export interface PriceIndexDocument {
  readonly years: readonly StoredPriceIndexYear[];
}
