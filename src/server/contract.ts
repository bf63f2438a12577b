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
export type ValuesDocument = ReturnType<typeof presentValues>;
export type ValueRow = ValuesDocument['values'][number];
export type SeriesDocument = ReturnType<typeof presentSeries>;
export type SeriesPointDocument = SeriesDocument['series'][number];
