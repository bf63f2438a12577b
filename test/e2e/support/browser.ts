import { AxeBuilder } from '@axe-core/playwright';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from '../../support/shared-data.ts';

/** Debian's Chromium (installed by .ci/run); CHROMIUM_PATH overrides. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium findes ikke på ${CHROMIUM}. Installér den med "apt-get install -y chromium" (.ci/run gør det), eller sæt CHROMIUM_PATH.`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const DESKTOP = { width: 1280, height: 900 } as const;
export const PHONE = { width: 360, height: 780 } as const;

/** A new page at a viewport, in Danish unless told, failing on any uncaught page error. */
export async function openPage(
  browser: Browser,
  viewport: { readonly width: number; readonly height: number } = DESKTOP,
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { page, errors };
}

/**
 * Waits until nothing on the page is marked busy (`aria-busy="true"`: a choice being answered,
 * or the part below the package total still rendering), for at most `timeout` ms: a busy part
 * is dimmed on purpose, and its numbers are about to change.
 */
export async function settled(page: Page, timeout = 60_000): Promise<void> {
  const end = Date.now() + timeout;
  while ((await page.locator('[aria-busy="true"]').count()) > 0 && Date.now() < end) {
    await page.waitForTimeout(50);
  }
}

/**
 * axe-core's WCAG 2.0/2.1 A and AA rules on the page as it is now; returns one line per
 * violation and node, so a failing test says what and where.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await settled(page);
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? ''}): ${v.help} @ ${n.target.join(' ')}`),
  );
}

/** Saves a screenshot under tmp/screenshots (not committed) for people to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = join(repoRoot, 'tmp', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
