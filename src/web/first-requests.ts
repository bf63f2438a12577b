/**
 * What the web app asks for first on an address: the page (its code chunk) and the API
 * requests it starts before it renders. One module for both sides, with no imports: the app's
 * prefetch.ts starts these requests, and the server (src/server/web.ts) writes the same
 * addresses into index.html as preload links, so the browser fetches them while the app's own
 * scripts are still loading. The addresses must be byte-for-byte the ones the app asks, or the
 * browser fetches twice; both sides build them here.
 */

/** The pages, each its own chunk (pages/loaders.ts loads them; app.tsx routes to them). */
export const PAGES = {
  home: 'pages/home/index.tsx',
  municipality: 'pages/municipality/index.tsx',
  report: 'pages/report/index.tsx',
  keyFigureList: 'pages/key-figure/list.tsx',
  keyFigure: 'pages/key-figure/index.tsx',
  compare: 'pages/compare/index.tsx',
  portal: 'pages/portal/index.tsx',
  portalItem: 'pages/portal/item.tsx',
  portalEditor: 'pages/portal/editor.tsx',
  initiatives: 'pages/initiatives/index.tsx',
  initiative: 'pages/initiatives/initiative.tsx',
  initiativeEditor: 'pages/initiatives/editor.tsx',
  barriers: 'pages/barriers/index.tsx',
  barrier: 'pages/barriers/barrier.tsx',
  barrierEditor: 'pages/barriers/editor.tsx',
  budget: 'pages/budget/index.tsx',
  steering: 'pages/steering/index.tsx',
  steeringNew: 'pages/steering/new.tsx',
  steeringAnswer: 'pages/steering/answer.tsx',
  steeringRound: 'pages/steering/round.tsx',
  steeringResult: 'pages/steering/result.tsx',
  method: 'pages/method/index.tsx',
  data: 'pages/data/index.tsx',
  login: 'pages/account/login.tsx',
  account: 'pages/account/index.tsx',
  passwordReset: 'pages/account/reset.tsx',
  invitation: 'pages/account/invitation.tsx',
} as const;

export type PageName = keyof typeof PAGES;

/**
 * The page an address opens, as app.tsx routes it; undefined for an unknown address.
 * @example pageFor('/kommune/766') // 'municipality'
 */
export function pageFor(pathname: string): PageName | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  if (path === '/') return 'home';
  if (/^\/kommune\/[^/]+$/.test(path)) return 'municipality';
  if (/^\/kommune\/[^/]+\/rapport$/.test(path)) return 'report';
  if (path === '/noegletal') return 'keyFigureList';
  if (/^\/noegletal\/[^/]+$/.test(path)) return 'keyFigure';
  if (path === '/sammenlign') return 'compare';
  if (path === '/viden') return 'portal';
  if (path === '/viden/ny' || /^\/viden\/[^/]+\/rediger$/.test(path)) return 'portalEditor';
  if (/^\/viden\/[^/]+$/.test(path)) return 'portalItem';
  if (path === '/initiativer') return 'initiatives';
  if (path === '/initiativer/ny' || /^\/initiativer\/[^/]+\/rediger$/.test(path))
    return 'initiativeEditor';
  if (/^\/initiativer\/[^/]+$/.test(path)) return 'initiative';
  if (path === '/regelbarrierer') return 'barriers';
  if (path === '/regelbarrierer/ny' || /^\/regelbarrierer\/[^/]+\/rediger$/.test(path))
    return 'barrierEditor';
  if (/^\/regelbarrierer\/[^/]+$/.test(path)) return 'barrier';
  if (/^\/budgetopfoelgning\/[^/]+$/.test(path)) return 'budget';
  if (path === '/styring') return 'steering';
  if (path === '/styring/ny') return 'steeringNew';
  if (/^\/styring\/runder\/[^/]+$/.test(path)) return 'steeringRound';
  if (/^\/styring\/[^/]+\/svar$/.test(path)) return 'steeringAnswer';
  if (/^\/styring\/(?!ny$)[^/]+$/.test(path)) return 'steeringResult';
  if (path === '/metode') return 'method';
  if (path === '/data') return 'data';
  if (path === '/log-ind') return 'login';
  if (path === '/min-konto') return 'account';
  if (path === '/ny-adgangskode') return 'passwordReset';
  if (path === '/invitation') return 'invitation';
  return undefined;
}

export type ParamValue = string | number | undefined | null;

/**
 * The API address of a path and its parameters, in the order given (empty ones left out).
 * @example apiUrl('package', { municipality: '766', year: undefined }) // '/api/v1/package?municipality=766'
 */
export function apiUrl(path: string, params: Readonly<Record<string, ParamValue>> = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  }
  const q = search.toString();
  return `/api/v1/${path}${q ? `?${q}` : ''}`;
}

/** The kommune page's choices as they stand in its URL ('' = the API's default). */
export interface PackageChoice {
  readonly year: string;
  readonly benchmark: string;
  readonly peers: string;
  readonly prices: string;
}

/** The kommune page's choices when the URL names none. */
export const PACKAGE_DEFAULTS: PackageChoice = {
  year: '',
  benchmark: 'median',
  peers: 'nearest',
  prices: '',
};

/**
 * The package request for the page's choices. Without a chosen year the year is left out: the
 * server answers in its default year (and says so: yearChosenByDefault), so the package is
 * asked at once instead of after the year list (/package-years).
 */
export function packageParams(code: string, choice: PackageChoice) {
  return {
    municipality: code,
    ...(choice.year !== '' ? { year: Number(choice.year) } : {}),
    benchmark: choice.benchmark,
    peers: choice.peers,
    prices: choice.prices || undefined,
  };
}

/** The kommune page's choices read from its query string (absent ones are the defaults). */
export function packageChoice(search: URLSearchParams): PackageChoice {
  const value = (k: keyof PackageChoice) => search.get(k) ?? PACKAGE_DEFAULTS[k];
  return {
    year: value('year'),
    benchmark: value('benchmark'),
    peers: value('peers'),
    prices: value('prices'),
  };
}

/**
 * The API addresses the app asks for before its page renders: what every page needs (the
 * municipalities, the key-figure catalogue, the database's health), then the page's own: on
 * /kommune/{code} the package (in the default year unless the URL names one) and the year list;
 * on / the map's boundaries. Other pages ask for their data when they render. `isMunicipality`
 * says whether a code is one of the 98: an unknown code gets the page's "Kommunen findes ikke",
 * not a failed request.
 */
export function firstRequestUrls(
  pathname: string,
  search: URLSearchParams,
  isMunicipality: (code: string) => boolean,
): readonly string[] {
  const reference = [apiUrl('municipalities'), apiUrl('key-figures'), apiUrl('health')];
  const code = municipalityCode(pathname);
  if (code !== undefined && isMunicipality(code)) {
    return [
      ...reference,
      apiUrl('package', packageParams(code, packageChoice(search))),
      apiUrl('package-years', { municipality: code }),
    ];
  }
  if (pathname === '/') return [...reference, apiUrl('geo/municipalities')];
  return reference;
}

/** The code in /kommune/{code} when it has the form of one (1-3 digits), else undefined. */
export function municipalityCode(pathname: string): string | undefined {
  return /^\/kommune\/(\d{1,3})\/?$/.exec(pathname)?.[1];
}
