/**
 * Each page's code as its own chunk, loaded on demand. app.tsx renders them through lazy();
 * prefetch.ts starts the opened page's chunk together with its first requests, before the app
 * renders, so the two arrive side by side.
 */
export const PAGE_LOADERS = {
  home: () => import('./home/index.tsx'),
  municipality: () => import('./municipality/index.tsx'),
  keyFigureList: () => import('./key-figure/list.tsx'),
  keyFigure: () => import('./key-figure/index.tsx'),
  compare: () => import('./compare/index.tsx'),
  method: () => import('./method/index.tsx'),
  data: () => import('./data/index.tsx'),
} as const;

export type PageName = keyof typeof PAGE_LOADERS;

/**
 * The page an address opens, as app.tsx routes it; undefined for an unknown address.
 * @example pageFor('/kommune/766') // 'municipality'
 */
export function pageFor(pathname: string): PageName | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  if (path === '/') return 'home';
  if (/^\/kommune\/[^/]+$/.test(path)) return 'municipality';
  if (path === '/noegletal') return 'keyFigureList';
  if (/^\/noegletal\/[^/]+$/.test(path)) return 'keyFigure';
  if (path === '/sammenlign') return 'compare';
  if (path === '/metode') return 'method';
  if (path === '/data') return 'data';
  return undefined;
}
