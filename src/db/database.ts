/** Something SQL can be sent to: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one parameterised statement ($1, $2, …) and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs one or more statements without parameters (migrations, DDL). */
  exec(sql: string): Promise<void>;
  /**
   * Loads rows into a table with COPY, the fastest way in on both database kinds (from STDIN on a
   * server, from a blob on PGlite). Text format: columns separated by a tab, `\N` for NULL,
   * backslash, tab, newline and carriage return escaped with a backslash.
   * @param chunks whole lines in UTF-8, each ending in a newline; read lazily, so a server can
   * load one chunk while the next is written
   * @returns the number of rows loaded
   * @example await tx.copyFrom('staging', ['code', 'value'], [new TextEncoder().encode('101\t1.5\n147\t\\N\n')])
   */
  copyFrom(
    table: string,
    columns: readonly string[],
    chunks: Iterable<Uint8Array>,
  ): Promise<number>;
}

/**
 * Which kind of database it is: PGlite (PostgreSQL compiled to WASM, in a folder or in memory)
 * or a PostgreSQL server. Called `kind`, not `engine`, because `src/engine` is the room that
 * runs the benchmark methods (docs/decisions/0008-naming-engine-and-database-kind.md).
 */
export type DatabaseKind = 'pglite' | 'postgres';

/** The database: PGlite in a folder by default, a PostgreSQL server when a URL is given. */
export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /** Where it is: the folder (PGlite) or the URL without its password (PostgreSQL). */
  readonly location: string;
  /** Runs `fn` in one transaction: all of it is committed, or none of it. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
