// `npm run bench -- web`: each page of the web app in headless Chromium on loopback, served by
// `potentiale serve` on the real data, with a cold browser cache (a new context per run):
// Largest Contentful Paint, JavaScript transferred (gzip) and, on the kommune page, the time until
// the package total is visible. Median of RUNS (default 5) after one warm-up visit per page (so
// the server's answer cache is warm, as it is in use). The reference, measured in the same run,
// is the LCP of the same server's smallest page, the static /api/docs: the ratio shows what the
// app costs over what the server and browser cost anyway.
import type { Browser, Request } from 'playwright-core';
import { DESKTOP, launchBrowser } from '../test/e2e/support/browser.ts';
import { startWebServer } from '../test/e2e/support/web-server.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const LCP_BUDGET_MS = 1000;
const JS_BUDGET_KB = 250;
/** Web Vitals' "good" Cumulative Layout Shift: the issue asks for no layout shift. */
const CLS_GOOD = 0.1;
const PACKAGE_PAGE = '/kommune/766';
const PAGES = [
  '/',
  PACKAGE_PAGE,
  '/noegletal/udgifter-aeldre-pr-67-aarig',
  '/sammenlign?k=101,751,766',
  '/metode',
  '/data',
] as const;
const REFERENCE = '/api/docs';
/** How long the page may keep changing after the network is idle before LCP is read. */
const SETTLE_MS = 500;

interface Sample {
  readonly lcp: number;
  /** Script bytes as transferred (gzip) and as decoded. */
  readonly jsGzip: number;
  readonly jsRaw: number;
  readonly scripts: number;
  /** Milliseconds from navigation start until the package total is visible; null elsewhere. */
  readonly packageVisible: number | null;
  /** Cumulative Layout Shift up to the settle point (Web Vitals: good < 0.1). */
  readonly cls: number;
}

/**
 * Runs in the page before any of its scripts: records LCP and when the package shows. A string,
 * not a function: tsx would wrap a function's inner functions in a helper the page lacks.
 */
const OBSERVE_PAGE = `
  window.__lcp = 0;
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  (function watch() {
    const el = document.querySelector('[data-testid="package-total"]');
    if (el && el.getBoundingClientRect().height > 0 && (el.textContent || '').trim() !== '') {
      window.__packageVisible = performance.now();
      return;
    }
    requestAnimationFrame(watch);
  })();
`;

async function measure(browser: Browser, url: string, waitForPackage: boolean): Promise<Sample> {
  // A new context has an empty cache: every file is fetched as on a first visit.
  const context = await browser.newContext({
    viewport: DESKTOP,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  await context.addInitScript({ content: OBSERVE_PAGE });
  const page = await context.newPage();
  const scripts: Promise<{ gzip: number; raw: number }>[] = [];
  page.on('requestfinished', (request: Request) => {
    if (request.resourceType() !== 'script') return;
    scripts.push(
      (async () => {
        const sizes = await request.sizes();
        const body = await (await request.response())?.body();
        return { gzip: sizes.responseBodySize, raw: body?.byteLength ?? 0 };
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  if (waitForPackage) {
    // A page that never shows the total is reported as such, not as a crash of the bench.
    await page
      .waitForFunction('window.__packageVisible !== undefined', undefined, { timeout: 30_000 })
      .catch(() => undefined);
  }
  await page.waitForTimeout(SETTLE_MS);
  const { lcp, packageVisible, cls } = (await page.evaluate(
    '({ lcp: window.__lcp ?? 0, packageVisible: window.__packageVisible ?? null, cls: window.__cls ?? 0 })',
  )) as { lcp: number; packageVisible: number | null; cls: number };
  const sizes = await Promise.all(scripts);
  await context.close();
  return {
    lcp,
    jsGzip: sizes.reduce((s, x) => s + x.gzip, 0),
    jsRaw: sizes.reduce((s, x) => s + x.raw, 0),
    scripts: sizes.length,
    packageVisible,
    cls,
  };
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}

interface Result {
  readonly path: string;
  readonly lcp: number;
  readonly lcpMin: number;
  readonly lcpMax: number;
  readonly jsGzipKb: number;
  readonly jsRawKb: number;
  readonly scripts: number;
  readonly packageVisible: number | null;
  /** The largest CLS of the runs (the worst case is what a user may see). */
  readonly clsMax: number;
}

async function measurePage(browser: Browser, base: string, path: string): Promise<Result> {
  const waitForPackage = path === PACKAGE_PAGE;
  await measure(browser, base + path, waitForPackage); // warm-up: server caches, not counted
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await measure(browser, base + path, waitForPackage));
  const lcps = samples.map((s) => s.lcp);
  const visible = samples.map((s) => s.packageVisible).filter((v): v is number => v !== null);
  return {
    path,
    lcp: median(lcps),
    lcpMin: Math.min(...lcps),
    lcpMax: Math.max(...lcps),
    jsGzipKb: median(samples.map((s) => s.jsGzip)) / 1024,
    jsRawKb: median(samples.map((s) => s.jsRaw)) / 1024,
    scripts: median(samples.map((s) => s.scripts)),
    packageVisible: visible.length ? median(visible) : null,
    clsMax: Math.max(...samples.map((s) => s.cls)),
  };
}

const ms = (v: number) => `${v.toFixed(0)} ms`;
const kb = (v: number) => `${v.toFixed(1)} KB`;
const ratio = (v: number) => v.toFixed(2);

export async function run(): Promise<void> {
  // BENCH_WEB_URL measures a server that is already running (e.g. while working on a page).
  const given = process.env['BENCH_WEB_URL'] ?? '';
  if (given === '') console.log('Starter potentiale serve på de rigtige data (import ≈ 20 s) …');
  const server =
    given !== ''
      ? { url: given.replace(/\/$/, ''), stop: async () => undefined }
      : await startWebServer({ importRealData: true });
  const browser = await launchBrowser();
  try {
    console.log(
      `Headless Chromium ${browser.version()}, ${DESKTOP.width}×${DESKTOP.height}, kold cache (ny kontekst pr. kørsel), median af ${RUNS} kørsler efter én opvarmning\n`,
    );
    const reference = await measurePage(browser, server.url, REFERENCE);
    const results: Result[] = [];
    for (const path of PAGES) results.push(await measurePage(browser, server.url, path));

    const header = [
      'side'.padEnd(40),
      'LCP (min–max)'.padStart(22),
      'LCP/budget'.padStart(11),
      'LCP/ref'.padStart(8),
      'JS gzip'.padStart(10),
      'JS/budget'.padStart(10),
      'JS rå'.padStart(10),
      'pakke synlig'.padStart(13),
      'CLS maks'.padStart(9),
    ].join(' ');
    console.log(header);
    console.log('-'.repeat(header.length));
    for (const r of [reference, ...results]) {
      console.log(
        [
          (r === reference ? `${r.path} (reference)` : r.path).padEnd(40),
          `${ms(r.lcp)} (${r.lcpMin.toFixed(0)}–${r.lcpMax.toFixed(0)})`.padStart(22),
          ratio(r.lcp / LCP_BUDGET_MS).padStart(11),
          ratio(r.lcp / reference.lcp).padStart(8),
          kb(r.jsGzipKb).padStart(10),
          ratio(r.jsGzipKb / JS_BUDGET_KB).padStart(10),
          kb(r.jsRawKb).padStart(10),
          (r.packageVisible === null ? '' : ms(r.packageVisible)).padStart(13),
          r.clsMax.toFixed(3).padStart(9),
        ].join(' '),
      );
    }

    console.log(
      `\nBudget: LCP < ${LCP_BUDGET_MS} ms på hver side; < ${JS_BUDGET_KB} KB JavaScript (gzip) på ${PACKAGE_PAGE}.`,
    );
    for (const r of results) {
      const ok = r.lcp < LCP_BUDGET_MS;
      console.log(
        `${ok ? 'PASS' : 'FAIL'}  LCP ${r.path}: ${ms(r.lcp)} (${ratio(r.lcp / LCP_BUDGET_MS)} af budgettet, ${ratio(r.lcp / reference.lcp)}× referencen)`,
      );
    }
    for (const r of results) {
      console.log(
        `${r.clsMax < CLS_GOOD ? 'PASS' : 'FAIL'}  CLS ${r.path}: højst ${r.clsMax.toFixed(3)} (god: < ${CLS_GOOD})`,
      );
    }
    const kommune = results.find((r) => r.path === PACKAGE_PAGE);
    if (kommune) {
      const ok = kommune.jsGzipKb < JS_BUDGET_KB;
      console.log(
        `${ok ? 'PASS' : 'FAIL'}  JS ${PACKAGE_PAGE}: ${kb(kommune.jsGzipKb)} gzip (${ratio(kommune.jsGzipKb / JS_BUDGET_KB)} af budgettet)`,
      );
      console.log(
        kommune.packageVisible === null
          ? `FAIL  ${PACKAGE_PAGE}: pakkens tal ([data-testid="package-total"]) blev aldrig synlige`
          : `INFO  ${PACKAGE_PAGE}: pakkens tal synlige efter ${ms(kommune.packageVisible)} fra navigationens start (${ratio(kommune.packageVisible / LCP_BUDGET_MS)} af LCP-budgettet)`,
      );
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}
