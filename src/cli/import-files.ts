import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import {
  InvalidFileError,
  PotentialeError,
  type Diagnostic,
  type ParsedSource,
  type PriceLevel,
} from '../core/index.ts';
import { applyImport, type Database, type ImportSummary } from '../db/index.ts';
import {
  IMPORT_LIMITS,
  detectFormat,
  detectWideEncoding,
  formatCount,
  wideEncodingMessage,
  type Importer,
} from '../sources/index.ts';
import { resolvePriceBases } from './price-basis-detection.ts';

/** What happened to one file of an import run. */
export type FileOutcome =
  | {
      readonly file: string;
      readonly outcome: 'imported';
      readonly summary: ImportSummary;
      /** What the file held besides observations: classification rows and boundaries. */
      readonly contents: { readonly municipalities: number; readonly boundaries: number };
    }
  | { readonly file: string; readonly outcome: 'skipped'; readonly reason: string }
  | {
      readonly file: string;
      readonly outcome: 'refused';
      readonly reason: string;
      readonly diagnostics: readonly Diagnostic[];
    };

export interface ImportProgress {
  /** A file is being stored: `done` of `total` observations so far. */
  storing(file: string, done: number, total: number): void;
  fileDone(outcome: FileOutcome): void;
}

interface Candidate {
  readonly path: string;
  /** The name shown to people and stored as provenance: relative to where the user pointed. */
  readonly display: string;
  readonly explicit: boolean;
}

const IGNORED = /^(\.|~\$)|\.(md|txt|pdf|png|jpe?g|gif|zip)$/i;

/** Expands the given files and folders (recursively, in name order) into files to look at. */
export function collectFiles(paths: readonly string[], cwd: string): Candidate[] {
  const out: Candidate[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      throw new PotentialeError('invalid-input', `Filen eller mappen findes ikke: ${p}`);
    }
    if (stat.isDirectory()) {
      for (const file of walk(abs)) {
        if (!IGNORED.test(basename(file)))
          out.push({ path: file, display: relative(cwd, file) || file, explicit: false });
      }
    } else {
      out.push({ path: abs, display: p, explicit: true });
    }
  }
  return out;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) =>
      e.isDirectory()
        ? e.name.startsWith('.')
          ? []
          : walk(join(dir, e.name))
        : [join(dir, e.name)],
    );
}

interface Prepared {
  readonly candidate: Candidate;
  readonly bytes: Uint8Array;
  readonly parsed: ParsedSource;
}

// Classification and boundaries first, then exports oldest first, so a newer export's values win.
const FORMAT_ORDER = ['dst-classification', 'dagi-topojson', 'dagi-geojson'];
function order(a: Prepared, b: Prepared): number {
  const fa = FORMAT_ORDER.indexOf(a.parsed.format);
  const fb = FORMAT_ORDER.indexOf(b.parsed.format);
  if (fa !== fb) return (fa < 0 ? 99 : fa) - (fb < 0 ? 99 : fb);
  const da = a.parsed.exportedOn ?? '9999';
  const db = b.parsed.exportedOn ?? '9999';
  return da === db ? a.candidate.display.localeCompare(b.candidate.display) : da < db ? -1 : 1;
}

/**
 * Imports files and folders: recognises each file's format from its content, parses it, and
 * stores each file in its own transaction. A named file that cannot be imported is an error;
 * in a folder, unknown files are skipped and bad files refused, each with the reason.
 */
export async function importFiles(
  db: Database,
  paths: readonly string[],
  options: {
    readonly cwd: string;
    readonly now: () => Date;
    readonly progress?: ImportProgress;
    /** `--price-basis`: the price level of files that do not state theirs. */
    readonly priceBasis?: PriceLevel;
  },
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  const prepared: Prepared[] = [];
  const report = (o: FileOutcome): void => {
    outcomes.push(o);
    options.progress?.fileDone(o);
  };
  for (const candidate of collectFiles(paths, options.cwd)) {
    try {
      const bytes = readWithinLimit(candidate);
      const importer: Importer | undefined = detectFormat(bytes, candidate.display);
      if (!importer) {
        const wide = detectWideEncoding(bytes);
        // A text file saved as UTF-16 (Excel's "Unicode text") is data in the wrong encoding.
        if (wide) throw refusal(candidate.display, wideEncodingMessage(wide));
        const reason =
          'formatet blev ikke genkendt (hverken nøgletalseksport, DST-klassifikation, DAGI-grænser, REGK31, BUDK32 eller tidy CSV)';
        if (candidate.explicit) throw refusal(candidate.display, reason);
        report({ file: candidate.display, outcome: 'skipped', reason });
        continue;
      }
      prepared.push({ candidate, bytes, parsed: await parseFile(importer, bytes, candidate) });
    } catch (e) {
      if (candidate.explicit || !(e instanceof PotentialeError)) throw e;
      report({
        file: candidate.display,
        outcome: 'refused',
        reason: e.message,
        diagnostics: e.diagnostics,
      });
    }
  }
  const bases = await resolvePriceBases(
    db,
    prepared.map((p) => p.parsed),
    options.priceBasis,
  );
  for (const p of prepared.sort(order)) {
    const basis = bases.get(p.parsed);
    if (basis && 'refusedDa' in basis) {
      if (p.candidate.explicit) throw new PotentialeError('invalid-file', basis.refusedDa);
      report({
        file: p.candidate.display,
        outcome: 'refused',
        reason: basis.refusedDa,
        diagnostics: [],
      });
      continue;
    }
    const summary = await applyImport(
      db,
      p.parsed,
      {
        fileName: p.candidate.display,
        sha256: createHash('sha256').update(p.bytes).digest('hex'),
        byteSize: p.bytes.byteLength,
        importedAt: options.now(),
        ...(basis ? { priceBasis: basis } : {}),
      },
      (done, total) => options.progress?.storing(p.candidate.display, done, total),
    );
    report({
      file: p.candidate.display,
      outcome: 'imported',
      summary,
      contents: {
        municipalities: p.parsed.classification?.municipalities.length ?? 0,
        boundaries: p.parsed.boundaries?.length ?? 0,
      },
    });
  }
  return outcomes;
}

function refusal(file: string, message: string): InvalidFileError {
  return new InvalidFileError([{ severity: 'error', file, message }]);
}

/** The file's bytes, or a refusal naming it when it is larger than any file Potentiale reads. */
function readWithinLimit(candidate: Candidate): Uint8Array {
  const size = statSync(candidate.path).size;
  if (size > IMPORT_LIMITS.fileBytes) {
    throw refusal(
      candidate.display,
      `filen er ${formatCount(Math.round(size / 1_000_000))} MB; højst ${formatCount(IMPORT_LIMITS.fileBytes / 1_000_000)} MB kan importeres`,
    );
  }
  return new Uint8Array(readFileSync(candidate.path));
}

/**
 * Parses a file. The importers hold files to the import limits; a RangeError that still
 * escapes (a stack or string too large for the engine) is the file's fault too, and is
 * refused naming it rather than ending as an unexpected error.
 */
async function parseFile(
  importer: Importer,
  bytes: Uint8Array,
  candidate: Candidate,
): Promise<ParsedSource> {
  try {
    return await importer.parse(bytes, candidate.display);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    throw refusal(
      candidate.display,
      `filen kan ikke læses: den er for stor eller for dybt indlejret (${e.message})`,
    );
  }
}

const PRICE_BASIS_HOW_DA = {
  stated: 'angivet i kilden',
  flag: 'angivet med --price-basis',
  detected: 'aflæst af overlap med andre værdier',
} as const;

/** One line per outcome, Danish, for the terminal. */
export function describeOutcome(o: FileOutcome): string {
  switch (o.outcome) {
    case 'imported': {
      const s = o.summary;
      const held = [
        s.keyFigures ? `${s.keyFigures} nøgletal med ${s.rowsRead} værdier` : '',
        o.contents.municipalities ? `klassifikation af ${o.contents.municipalities} kommuner` : '',
        o.contents.boundaries ? `${o.contents.boundaries} grænser` : '',
      ].filter(Boolean);
      const what =
        s.status === 'unchanged'
          ? 'uændret (alt fandtes allerede)'
          : s.rowsRead
            ? `${s.inserted} nye, ${s.updated} ændrede, ${s.unchanged} uændrede værdier`
            : 'gemt';
      const warn = s.diagnostics.filter((d) => d.severity === 'warning').length;
      const prices = s.priceBasis
        ? `; beløb i ${s.priceBasis.basis === 'current' ? 'løbende priser' : `faste ${s.priceBasis.basis.slice(6)}-priser`} (${PRICE_BASIS_HOW_DA[s.priceBasis.how]})`
        : '';
      return `importeret  ${o.file} [${s.format}]: ${held.join(', ') || 'intet indhold'}; ${what}${prices}${warn ? `; ${warn} advarsler` : ''}`;
    }
    case 'skipped':
      return `sprunget over  ${o.file}: ${o.reason}`;
    case 'refused': {
      const more = o.diagnostics.filter((d) => d.severity === 'error').length - 1;
      // The reason already starts with the file name and line.
      return `afvist  ${o.reason}${more > 0 ? ` (og ${more} fejl mere)` : ''}`;
    }
  }
}
