// The fetch workflow: StatBank tables (and the pris- og lønindeks) fetched, combined into one
// import and stored in one transaction; and the first run of `serve`, which fills an empty
// database. Shared by the CLI's `fetch` and `serve`; the CLI keeps only flags, progress and output.
import {
  ATTRIBUTIONS,
  CATALOGUE,
  PotentialeError,
  type KeyFigure,
  type StatbankTableId,
} from '../core/index.ts';
import { applyImport, observationCounts, type Database, type ImportSummary } from '../db/index.ts';
import {
  DEFAULT_TABLES,
  PRICE_INDEX_TABLE,
  createStatbankClient,
  fetchPriceIndex,
  fetchStatbank,
  sha256Hex,
  type FetchProgress,
  type FetchedTable,
  type PriceIndexFetch,
  type StatbankClientOptions,
  type StatbankFetch,
} from '../sources/index.ts';

/** A table `potentiale fetch` takes: a table of the formulas, or NGLK for the pris- og lønindeks. */
export type FetchTable = StatbankTableId | typeof PRICE_INDEX_TABLE;

/** What a fetch needs besides the database. */
export interface FetchRunOptions {
  readonly client?: StatbankClientOptions;
  /** Default REGK31 and FOLK1A; NGLK fetches the pris- og lønindeks (all its years, whatever --from/--to). */
  readonly tables?: readonly FetchTable[];
  /**
   * Also try NGLK, but store the rest without it when it fails (the reason is in the report's
   * `priceIndexSkipped`). The first run uses this.
   */
  readonly optionalPriceIndex?: boolean;
  readonly fromYear?: number;
  readonly toYear?: number;
  readonly catalogue?: readonly KeyFigure[];
  readonly now?: () => Date;
  readonly onProgress?: (event: FetchProgress) => void;
}

/** The pris- og lønindeks a fetch stored. */
export interface FetchedPriceIndex {
  readonly table: typeof PRICE_INDEX_TABLE;
  readonly updated: string;
  readonly fromYear: number;
  readonly toYear: number;
  readonly baseYear: number;
  /** The NGLK key figure it was read from ("DRI", else "SER"). */
  readonly keyFigure: string;
}

/** The outcome of a fetch: the tables, the price index, and what the import changed. */
export interface FetchReport {
  /** The years of the formula tables; of the index when only NGLK was fetched. */
  readonly fromYear: number;
  readonly toYear: number;
  /** The StatBank tables (REGK31, BUDK32, FOLK1A); NGLK is `priceIndex`. */
  readonly tables: readonly FetchedTable[];
  readonly priceIndex?: FetchedPriceIndex;
  /** Why an optional NGLK was not stored (first run), in Danish. */
  readonly priceIndexSkipped?: string;
  readonly fromCache: boolean;
  readonly import: ImportSummary;
}

const isFormulaTable = (t: FetchTable): t is StatbankTableId => t !== PRICE_INDEX_TABLE;

/** An NGLK failure that the first run survives: a refusal or a network problem, not a bug. */
const isSkippable = (e: unknown): e is PotentialeError =>
  e instanceof PotentialeError && e.kind !== 'database' && e.kind !== 'internal';

/** Waits for both fetches (no request left running), then throws the first failure. */
async function bothSettled<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [x, y] = await Promise.allSettled([a, b]);
  if (x.status === 'rejected') throw x.reason;
  if (y.status === 'rejected') throw y.reason;
  return [x.value, y.value];
}

/** The formula tables and the index as one import: one transaction, one record. */
function combine(
  fetched: StatbankFetch | undefined,
  index: PriceIndexFetch | undefined,
): Pick<StatbankFetch, 'parsed' | 'fileName' | 'sha256' | 'byteSize' | 'responses'> {
  if (!index) {
    if (!fetched) throw new PotentialeError('internal', 'ingen tabeller at hente');
    return fetched;
  }
  if (!fetched) return index;
  const updated = [
    ...fetched.tables.map((t) => `${t.table} opdateret ${t.updated}`),
    `${PRICE_INDEX_TABLE} opdateret ${index.updated}`,
  ];
  const exportedOn = [fetched.parsed.exportedOn, index.parsed.exportedOn]
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
  const fileName = `${fetched.fileName} + ${index.fileName.replace(/^statbank:/, '')}`;
  return {
    parsed: {
      ...fetched.parsed,
      file: fileName,
      ...(index.parsed.priceIndex ? { priceIndex: index.parsed.priceIndex } : {}),
      diagnostics: [...fetched.parsed.diagnostics, ...index.parsed.diagnostics],
      exportedBy: `Kilde: ${ATTRIBUTIONS.statbank.citationDa}, ${ATTRIBUTIONS.statbank.productDa} (${updated.join(', ')})`,
      ...(exportedOn !== undefined && exportedOn !== '' ? { exportedOn } : {}),
    },
    fileName,
    // The manifests' hashes in a fixed order: the same answers give the same hash.
    sha256: sha256Hex(JSON.stringify([fetched.sha256, index.sha256])),
    byteSize: fetched.byteSize + index.byteSize,
    responses: [...fetched.responses, ...index.responses],
  };
}

/**
 * Fetches the default (or named) StatBank tables and stores them with applyImport in ONE
 * transaction for the whole fetch: every answer is downloaded and parsed before anything is
 * written, so a failure anywhere (network, API error, cut-off answer, database) leaves the
 * database exactly as it was. NGLK among the tables fetches the pris- og lønindeks
 * (fetchPriceIndex) and stores it in the same import.
 * @example await fetchAndApply(db, { fromYear: 2020 }) // { tables: [...], import: { inserted: … } }
 */
export async function fetchAndApply(
  db: Database,
  options: FetchRunOptions = {},
): Promise<FetchReport> {
  const tables = options.tables ?? DEFAULT_TABLES;
  const formulaTables = tables.filter(isFormulaTable);
  const required = tables.includes(PRICE_INDEX_TABLE);
  const client = createStatbankClient(options.client);
  let priceIndexSkipped: string | undefined;
  const [fetched, index] = await bothSettled(
    formulaTables.length > 0
      ? fetchStatbank(client, {
          catalogue: options.catalogue ?? CATALOGUE,
          tables: formulaTables,
          ...(options.fromYear !== undefined ? { fromYear: options.fromYear } : {}),
          ...(options.toYear !== undefined ? { toYear: options.toYear } : {}),
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        })
      : Promise.resolve(undefined),
    required || options.optionalPriceIndex
      ? fetchPriceIndex(client).catch((e: unknown) => {
          if (required || !isSkippable(e)) throw e;
          priceIndexSkipped = e.message;
          return undefined;
        })
      : Promise.resolve(undefined),
  );
  const combined = combine(fetched, index);
  const summary = await applyImport(db, combined.parsed, {
    fileName: combined.fileName,
    sha256: combined.sha256,
    byteSize: combined.byteSize,
    importedAt: (options.now ?? (() => new Date()))(),
  });
  return {
    fromYear: fetched?.fromYear ?? index?.fromYear ?? 0,
    toYear: fetched?.toYear ?? index?.toYear ?? 0,
    tables: fetched?.tables ?? [],
    ...(index
      ? {
          priceIndex: {
            table: PRICE_INDEX_TABLE,
            updated: index.updated,
            fromYear: index.fromYear,
            toYear: index.toYear,
            baseYear: index.baseYear,
            keyFigure: index.keyFigure,
          },
        }
      : {}),
    ...(priceIndexSkipped !== undefined ? { priceIndexSkipped } : {}),
    fromCache: combined.responses.every((r) => r.fromCache),
    import: summary,
  };
}

/** What the first run did: fetched, found data already, or could not fetch (and why, in Danish). */
export type FirstRunOutcome =
  | { readonly status: 'fetched'; readonly report: FetchReport }
  | { readonly status: 'has-data' }
  | { readonly status: 'not-fetched'; readonly message: string };

/**
 * The first run's building block for `potentiale serve`: on a database with no observations,
 * fetch the default StatBank tables and, if NGLK gives it, the pris- og lønindeks (its failure
 * is reported in `priceIndexSkipped`, not thrown); otherwise do nothing. Never throws for a missing network
 * or a refused fetch: it returns the Danish reason, and the database is unchanged, so the
 * server can show the empty state that explains how to import files or fetch later.
 * @example const r = await firstRun(db, { client: { cacheDir } }); if (r.status === 'not-fetched') log(r.message)
 */
export async function firstRun(
  db: Database,
  options: FetchRunOptions = {},
): Promise<FirstRunOutcome> {
  const counts = await observationCounts(db);
  if (Object.values(counts).some((n) => n > 0)) return { status: 'has-data' };
  try {
    // With the default tables, the index is tried too; REGK31 and FOLK1A are stored without it
    // when NGLK fails (its codes are confirmed only at run time).
    const optionalPriceIndex = options.optionalPriceIndex ?? options.tables === undefined;
    return {
      status: 'fetched',
      report: await fetchAndApply(db, { ...options, optionalPriceIndex }),
    };
  } catch (e) {
    if (e instanceof PotentialeError && e.kind !== 'database' && e.kind !== 'internal') {
      return {
        status: 'not-fetched',
        message: `Kunne ikke hente tal fra Danmarks Statistik: ${e.message} Databasen er tom; importér filer med "potentiale import <mappe>" eller hent senere med "potentiale fetch".`,
      };
    }
    throw e;
  }
}
