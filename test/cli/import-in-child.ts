// Run by import-fuzz.test.ts in a child process with a small heap:
//   node --max-old-space-size=512 --import tsx import-in-child.ts <db> <file>...
// Imports each file alone, as `potentiale import <file> --db <db>`, and prints one JSON line:
// the database status before, and per file the exit code, the time it took, stderr, the
// status after and the process's peak RSS so far.
// A file that exhausted the heap would abort the whole process instead (exit 134).
import { runCli } from '../../src/cli/index.ts';

const [db = '', ...files] = process.argv.slice(2);

async function run(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    env: {},
    cwd: process.cwd(),
    now: () => new Date('2026-11-23T12:00:00Z'),
    isTty: false,
  });
  return { code, out, err };
}

const status = async () => (await run(['db', 'status', '--json', '--db', db])).out;
const before = await status();
const results = [];
for (const file of files) {
  const start = performance.now();
  const { code, err } = await run(['import', file, '--db', db]);
  const ms = Math.round(performance.now() - start);
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  results.push({ file, code, ms, stderr: err, status: await status(), maxRssMb });
}
process.stdout.write(`${JSON.stringify({ before, results })}\n`);
