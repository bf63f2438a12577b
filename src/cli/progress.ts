import cliProgress from 'cli-progress';
import type { CliEffects } from './context.ts';
import { describeOutcome, type FileOutcome, type ImportProgress } from './import-files.ts';

const LARGE = 100_000;

/**
 * Progress for an import on a terminal: a bar per file that appears only when storing takes
 * more than a second, and one line per finished file. Silent with --json. Without a TTY (a log)
 * a large file gets a line when storing starts and one at every further 10 %, so that a log
 * shows how far it came.
 */
export function importProgress(
  effects: CliEffects,
  json: boolean,
  now: () => number = Date.now,
): ImportProgress {
  let bar: cliProgress.SingleBar | undefined;
  let started = 0;
  let currentFile = '';
  /** Without a TTY: the last tenth of the current file that got a line (-1: none yet). */
  let loggedTenth = -1;
  const stop = (): void => {
    bar?.stop();
    bar = undefined;
  };
  return {
    storing(file, done, total) {
      if (json) return;
      if (!effects.isTty) {
        // Logs hear of large files only: when storing starts, then at every further 10 %.
        if (total < LARGE) return;
        if (file !== currentFile) {
          currentFile = file;
          loggedTenth = -1;
        }
        const tenth = Math.floor((done / total) * 10);
        if (tenth > loggedTenth) {
          loggedTenth = tenth;
          const percent = Math.floor((done / total) * 100);
          effects.stderr(`lagrer ${file}: ${percent} % (${done}/${total} værdier)\n`);
        }
        return;
      }
      if (file !== currentFile) {
        stop();
        currentFile = file;
        started = now();
      }
      if (!bar && now() - started > 1000) {
        bar = new cliProgress.SingleBar(
          {
            format: `  ${file} [{bar}] {percentage}% | {value}/{total} værdier`,
            hideCursor: true,
            stream: process.stderr,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done);
      }
      bar?.update(done);
    },
    fileDone(outcome: FileOutcome) {
      stop();
      if (!json) effects.stderr(`${describeOutcome(outcome)}\n`);
    },
  };
}
