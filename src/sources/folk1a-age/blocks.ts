import type { DiagnosticLog } from '../diagnostic-log/index.ts';
import type { CsvRecord } from '../text/index.ts';
import { OLDEST_AGE } from './age-groups.ts';

/** One area's rows: its name as written, where it starts, and its counts when complete. */
export interface AreaBlock {
  readonly name: string;
  /** The line of the block's first row. */
  readonly line: number;
  /**
   * Persons by age (index = age, 0..OLDEST_AGE); undefined when the block is not exactly the
   * 126 ages with a valid count each (the errors are in the log).
   */
  readonly counts?: readonly number[];
}

const FIELDS = ['Område', 'Alder', 'Antal'] as const;
const AGE = /^(\d{1,3})\s+år$/i;
/** A count of persons: an unsigned integer that a double holds exactly. */
const COUNT = /^\d{1,9}$/;

/**
 * Groups the rows `"name";"N år";count` into one block per area (consecutive rows with the
 * same name), checking each row and that each block has every age 0..125 exactly once.
 * Errors (a wrong number of fields, an age that is not "N år" or above 125, a count that is
 * not a non-negative integer, an age repeated or missing in its block) go to the log with
 * line, field and value; reading goes on so that all are reported. An area that comes back
 * after another is a second block: the caller refuses it by its municipality code.
 * @example readAreaBlocks(readCsvRecords(text, 'f.csv', ';'), log)[0]?.counts?.[0] // 9481
 */
export function readAreaBlocks(
  records: readonly CsvRecord[],
  log: DiagnosticLog,
): readonly AreaBlock[] {
  const blocks: AreaBlock[] = [];
  let current: BlockBuilder | undefined;
  for (const { line, fields } of records) {
    if (fields.length !== FIELDS.length) {
      log.error(
        `forkert antal felter: ${fields.length}, forventede ${FIELDS.length} (${FIELDS.join(', ')})`,
        { line, value: fields.join(';') },
      );
      continue;
    }
    const [name = '', ageText = '', countText = ''] = fields.map((f) => f.trim());
    if (current?.name !== name) {
      if (current) blocks.push(current.finish(log));
      current = new BlockBuilder(name, line);
    }
    current.add(line, ageText, countText, log);
  }
  if (current) blocks.push(current.finish(log));
  return blocks;
}

/** The rows of one block read so far: the line of each age, and the counts. */
class BlockBuilder {
  readonly name: string;
  readonly line: number;
  readonly #lineOfAge = new Map<number, number>();
  readonly #counts: (number | undefined)[] = [];
  #valid = true;

  constructor(name: string, line: number) {
    this.name = name;
    this.line = line;
  }

  add(line: number, ageText: string, countText: string, log: DiagnosticLog): void {
    const m = AGE.exec(ageText);
    const age = m ? Number(m[1]) : undefined;
    if (age === undefined || age > OLDEST_AGE) {
      this.#valid = false;
      return log.error(`ugyldig alder; forventede "N år" med N fra 0 til ${OLDEST_AGE}`, {
        line,
        field: 'Alder',
        value: ageText,
      });
    }
    const earlier = this.#lineOfAge.get(age);
    if (earlier !== undefined) {
      this.#valid = false;
      return log.error(`alderen står to gange for ${this.name} (også linje ${earlier})`, {
        line,
        field: 'Alder',
        value: ageText,
      });
    }
    this.#lineOfAge.set(age, line);
    if (!COUNT.test(countText)) {
      this.#valid = false;
      return log.error('antallet er ikke et ikke-negativt heltal (personer)', {
        line,
        field: 'Antal',
        value: countText,
      });
    }
    this.#counts[age] = Number(countText);
  }

  finish(log: DiagnosticLog): AreaBlock {
    const missing = Array.from({ length: OLDEST_AGE + 1 }, (_, age) => age).filter(
      (age) => !this.#lineOfAge.has(age),
    );
    if (missing.length > 0) {
      log.error(
        `blokken for ${this.name} har ${this.#lineOfAge.size} aldre, forventede ${OLDEST_AGE + 1} (0-${OLDEST_AGE} år); mangler ${ranges(missing)} år`,
        { line: this.line, field: 'Område', value: this.name },
      );
      return { name: this.name, line: this.line };
    }
    if (!this.#valid) return { name: this.name, line: this.line };
    // Valid and no age missing: every index 0..OLDEST_AGE holds a count.
    return { name: this.name, line: this.line, counts: this.#counts.map((c) => c ?? 0) };
  }
}

/** Sorted integers as ranges: [3, 4, 5, 9] → "3-5, 9". */
function ranges(sorted: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    parts.push(j === i ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}
