import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's root: the nearest folder above this file with a package.json (two levels up
 * from src/engine, three from the compiled dist/node/engine). The built web app and the
 * content the package ships (the steering questionnaire) are found from it.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the engine');
    dir = parent;
  }
  return dir;
}
