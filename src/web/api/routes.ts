import type { ExtractSchema } from 'hono/types';
import type { MunicipalityTopology } from '../charts/index.ts';
import type { AppType } from '../../server/index.ts';

/**
 * The API's GET routes as the web app reads them, derived from the server's typed app
 * (AppType): each path decides its answer type and its query names, so nothing is picked by
 * hand at a call site. Type-only: nothing of the server reaches the browser.
 */
type Schema = ExtractSchema<AppType>;

/** Every GET route's endpoint types, keyed by its path without `/api/v1/`, e.g. `'package'`. */
type GetRoutes = {
  [
    K in keyof Schema as K extends `/api/v1/${infer P}`
      ? Schema[K] extends { $get: unknown }
        ? P
        : never
      : never
  ]: Schema[K] extends { $get: infer G } ? G : never;
};

/** A route's pattern, e.g. `'municipalities/:code'`. */
export type ApiRoute = keyof GetRoutes & string;

/** A pattern's concrete paths: each `:param` segment is any (encoded) text. */
type Concrete<R extends string> = R extends `${infer Head}/:${string}/${infer Tail}`
  ? `${Head}/${string}/${Concrete<Tail>}`
  : R extends `${infer Head}/:${string}`
    ? `${Head}/${string}`
    : R;

/** The geo routes (TopoJSON sent as prebuilt bytes) are not typed in AppType: their answers. */
export interface UntypedGeoRoutes {
  readonly 'geo/municipalities': MunicipalityTopology;
}

/** A path the web app may GET, e.g. `'package'` or `` `municipalities/${code}` ``. */
export type ApiPath = Concrete<ApiRoute> | keyof UntypedGeoRoutes;

/** The route a concrete path belongs to (an exact name first, then a pattern). */
export type RouteOf<P extends string> = P extends ApiRoute
  ? P
  : { [R in ApiRoute]: P extends Concrete<R> ? R : never }[ApiRoute];

/**
 * The 200 JSON answer of a path. Routes with exports (CSV, spreadsheet) also list a text
 * answer under 200; the web app reads only the JSON document, so the text is left out.
 */
export type ApiAnswer<P extends ApiPath> = P extends keyof UntypedGeoRoutes
  ? UntypedGeoRoutes[P]
  : Exclude<Extract<GetRoutes[RouteOf<P>], { status: 200 }>['output'], string>;

/** The query a route's schema accepts (as sent: strings). */
type QueryOf<P extends ApiPath> = P extends keyof UntypedGeoRoutes
  ? object
  : GetRoutes[RouteOf<P>] extends { input: { query: infer Q } }
    ? Q
    : object;

/** One query value as the web app passes it; empty ones are left out of the address. */
export type ParamValue = string | number | undefined | null;

/** The query parameters of a path: only the names its route accepts. */
export type ApiParams<P extends ApiPath> = { readonly [K in keyof QueryOf<P>]?: ParamValue };
