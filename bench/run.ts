// `npm run bench -- <name…>`: runs the named benchmarks (all when none is named). Each prints its
// timings next to a reference measured in the same run, and the ratio.
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => basename(f, '.bench.ts'))
  .sort();

const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = asked.filter((a) => !available.includes(a));
if (unknown.length) {
  console.error(`Ukendt benchmark: ${unknown.join(', ')}. Findes: ${available.join(', ')}`);
  process.exit(2);
}
for (const name of asked.length ? asked : available) {
  console.log(`\n=== bench: ${name} ===`);
  const mod = (await import(join(here, `${name}.bench.ts`))) as { run: () => Promise<void> };
  await mod.run();
}
