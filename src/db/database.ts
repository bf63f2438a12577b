/** Something SQL can be sent to: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one parameterised statement ($1, $2, …) and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs one or more statements without parameters (migrations, DDL). */
  exec(sql: string): Promise<void>;
}

/** The database: PGlite in a folder by default, a PostgreSQL server when a URL is given. */
export interface Database extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Where it is: the folder (PGlite) or the URL without its password (PostgreSQL). */
  readonly location: string;
  /** Runs `fn` in one transaction: all of it is committed, or none of it. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
