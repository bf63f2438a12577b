import { lazy, type ComponentType } from 'react';
import type { PageName } from '../first-requests.ts';

/**
 * Each page's code as its own chunk, loaded on demand. app.tsx renders them through lazy();
 * prefetch.ts starts the opened page's chunk together with its first requests, before the app
 * renders, so the two arrive side by side. The module paths are first-requests.ts's PAGES (the
 * server preloads each page's chunk by them); a test keeps the two lists equal.
 */
export const PAGE_LOADERS = {
  home: () => import('./home/index.tsx'),
  municipality: () => import('./municipality/index.tsx'),
  report: () => import('./report/index.tsx'),
  keyFigureList: () => import('./key-figure/list.tsx'),
  keyFigure: () => import('./key-figure/index.tsx'),
  compare: () => import('./compare/index.tsx'),
  portal: () => import('./portal/index.tsx'),
  portalItem: () => import('./portal/item.tsx'),
  portalEditor: () => import('./portal/editor.tsx'),
  initiatives: () => import('./initiatives/index.tsx'),
  initiative: () => import('./initiatives/initiative.tsx'),
  initiativeEditor: () => import('./initiatives/editor.tsx'),
  barriers: () => import('./barriers/index.tsx'),
  barrier: () => import('./barriers/barrier.tsx'),
  barrierEditor: () => import('./barriers/editor.tsx'),
  budget: () => import('./budget/index.tsx'),
  steering: () => import('./steering/index.tsx'),
  steeringNew: () => import('./steering/new.tsx'),
  steeringAnswer: () => import('./steering/answer.tsx'),
  steeringRound: () => import('./steering/round.tsx'),
  steeringResult: () => import('./steering/result.tsx'),
  method: () => import('./method/index.tsx'),
  data: () => import('./data/index.tsx'),
  login: () => import('./account/login.tsx'),
  account: () => import('./account/index.tsx'),
  passwordReset: () => import('./account/reset.tsx'),
  invitation: () => import('./account/invitation.tsx'),
} as const satisfies Record<PageName, () => Promise<{ default: ComponentType }>>;

/** The pages whose code has been loaded by loadPage, ready to render without suspending. */
const loaded = new Map<PageName, ComponentType>();

/** Each page as lazy() renders it: suspends until the chunk has loaded (the first time). */
const lazyPages = new Map<PageName, ComponentType>(
  (Object.keys(PAGE_LOADERS) as PageName[]).map((page) => [page, lazy(PAGE_LOADERS[page])]),
);

/**
 * Loads a page's code. main.tsx waits for the opened page before the first render, so that
 * page renders at once with its data (prefetched alongside), not after a loading state and a
 * second render.
 */
export async function loadPage(page: PageName): Promise<void> {
  loaded.set(page, (await PAGE_LOADERS[page]()).default);
}

/** The component that renders a page: loaded already, or lazy (app.tsx routes to these). */
export function pageComponent(page: PageName): ComponentType {
  const component = loaded.get(page) ?? lazyPages.get(page);
  if (component === undefined) throw new Error(`No page named ${page}`);
  return component;
}

export { pageFor, type PageName } from '../first-requests.ts';
