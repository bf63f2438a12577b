import {
  NotFoundError,
  PotentialeError,
  type ReportDraft,
  type ReportLang,
  type ReportSectionId,
} from '../core/index.ts';
import type { Queryable } from './database.ts';

// The report's narrative drafts (migration 0011): one row per save, numbered per municipality.
// Call saveReportDraft inside an audited transaction.

interface DraftRow {
  municipality_code: string;
  version: number;
  year: number;
  peers: string;
  prices: string | null;
  lang: string;
  narratives: unknown;
  created_by: number | null;
  author_email: string | null;
  created_at: Date | string;
}

const SELECT = `SELECT d.municipality_code, d.version, d.year, d.peers, d.prices, d.lang,
    d.narratives, d.created_by, u.email AS author_email, d.created_at
  FROM report_drafts d LEFT JOIN users u ON u.id = d.created_by`;

function toDraft(r: DraftRow): ReportDraft {
  const narratives: unknown =
    typeof r.narratives === 'string' ? JSON.parse(r.narratives) : r.narratives;
  return {
    municipality: r.municipality_code,
    version: Number(r.version),
    year: Number(r.year),
    peers: r.peers,
    prices: r.prices,
    lang: r.lang as ReportLang,
    narratives: narratives as Partial<Record<ReportSectionId, string>>,
    createdBy: r.created_by,
    authorLabel: r.author_email,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

/**
 * The empty draft of a municipality that has saved none: version 0, the report's defaults.
 * @example emptyReportDraft('766').version // 0
 */
export function emptyReportDraft(municipality: string): ReportDraft {
  return {
    municipality,
    version: 0,
    year: null,
    peers: 'nearest',
    prices: null,
    lang: 'da',
    narratives: {},
    createdBy: null,
    authorLabel: null,
    createdAt: null,
  };
}

/**
 * The newest saved draft of a municipality, or undefined when it has saved none. The report
 * renders its narratives with `narrative=draft`.
 */
export async function latestReportDraft(
  db: Queryable,
  municipality: string,
): Promise<ReportDraft | undefined> {
  const [row] = await db.query<DraftRow>(
    `${SELECT} WHERE d.municipality_code = $1 ORDER BY d.version DESC LIMIT 1`,
    [municipality],
  );
  return row ? toDraft(row) : undefined;
}

/** One saved version of a municipality's draft (404 when there is none). */
export async function reportDraftVersion(
  db: Queryable,
  municipality: string,
  version: number,
): Promise<ReportDraft> {
  const [row] = await db.query<DraftRow>(
    `${SELECT} WHERE d.municipality_code = $1 AND d.version = $2`,
    [municipality, version],
  );
  if (!row)
    throw new NotFoundError(`Kommune ${municipality} har ingen rapportkladde i version ${version}`);
  return toDraft(row);
}

/** The saved versions of a municipality's draft, newest first, without their texts. */
export async function listReportDrafts(
  db: Queryable,
  municipality: string,
): Promise<{ version: number; createdAt: string; authorLabel: string | null }[]> {
  const rows = await db.query<{
    version: number;
    created_at: Date | string;
    author_email: string | null;
  }>(
    `SELECT d.version, d.created_at, u.email AS author_email
     FROM report_drafts d LEFT JOIN users u ON u.id = d.created_by
     WHERE d.municipality_code = $1 ORDER BY d.version DESC`,
    [municipality],
  );
  return rows.map((r) => ({
    version: Number(r.version),
    createdAt: new Date(r.created_at).toISOString(),
    authorLabel: r.author_email,
  }));
}

/** What a save holds: the choices and the narratives, already checked. */
export interface NewReportDraft {
  readonly municipality: string;
  readonly year: number;
  readonly peers: string;
  /** null: the report's default price level. */
  readonly prices: string | null;
  readonly lang: ReportLang;
  readonly narratives: Readonly<Partial<Record<ReportSectionId, string>>>;
  readonly createdBy: number | null;
}

/**
 * Saves a draft as the next version after `baseVersion` (0 when none is saved yet). Refuses
 * (conflict, 409) when another save came first: the municipality's row is locked, so two
 * saves on the same base cannot both win. Call it inside a transaction (audited).
 */
export async function saveReportDraft(
  db: Queryable,
  draft: NewReportDraft,
  baseVersion: number,
  now: Date,
): Promise<ReportDraft> {
  const [m] = await db.query<{ code: string }>(
    'SELECT code FROM municipalities WHERE code = $1 FOR UPDATE',
    [draft.municipality],
  );
  if (!m) throw new NotFoundError(`Der er ingen kommune med koden ${draft.municipality}`);
  const [top] = await db.query<{ version: number | null }>(
    'SELECT max(version) AS version FROM report_drafts WHERE municipality_code = $1',
    [draft.municipality],
  );
  const latest = Number(top?.version ?? 0);
  if (baseVersion !== latest)
    throw new PotentialeError(
      'conflict',
      `Kladden er gemt af en anden siden version ${baseVersion} (nu version ${latest}). Hent den nyeste, og skriv dine ændringer ind igen.`,
    );
  const version = latest + 1;
  await db.query(
    `INSERT INTO report_drafts (municipality_code, version, year, peers, prices, lang,
       narratives, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9)`,
    [
      draft.municipality,
      version,
      draft.year,
      draft.peers,
      draft.prices,
      draft.lang,
      JSON.stringify(draft.narratives),
      draft.createdBy,
      now.toISOString(),
    ],
  );
  return reportDraftVersion(db, draft.municipality, version);
}
