// Where tests find the real data and reference results: ../shared beside the repository
// (never copied into it). POTENTIALE_SHARED overrides the location.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of a file or folder under ../shared. */
export function sharedPath(...segments: string[]): string {
  const base = process.env['POTENTIALE_SHARED'] ?? join(repoRoot, '..', 'shared');
  return join(base, ...segments);
}

/** Absolute path under ../shared/data/raw. */
export function rawDataPath(...segments: string[]): string {
  return sharedPath('data', 'raw', ...segments);
}

/** True when ../shared is present (it is in CI and on every developer machine). */
export function hasSharedData(): boolean {
  return existsSync(sharedPath('data', 'raw'));
}

export { repoRoot };
