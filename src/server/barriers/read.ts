import type { Context } from 'hono';
import type { Barrier, ItemTheme } from '../../core/index.ts';
import {
  barrierEvents,
  findBarrier,
  findKeyFigure,
  listMunicipalities,
  mergedInto,
  type Queryable,
} from '../../db/index.ts';
import { barrierLevel, rankedList, type ListQuery } from '../../engine/index.ts';
import type { RequestAuth } from '../auth/index.ts';
import { toCsv } from '../formats/csv.ts';
import { chooseFormat, csvLocale, sendFile } from '../formats/negotiate.ts';
import { toXlsx } from '../formats/xlsx.ts';
import { barrierMemo, barrierTable } from './exports.ts';
import { presentBarrier, presentBarrierSummary } from './present.ts';

type Names = ReadonlyMap<string, string>;

const names = async (db: Queryable) =>
  new Map((await listMunicipalities(db)).map((m) => [m.code, m.name]));

/** One barrier as the API answers it: with the barrier it was merged into and those merged into it. */
export async function barrierDocument(db: Queryable, auth: RequestAuth, b: Barrier, n: Names) {
  const level = await barrierLevel(db, [b]);
  const into = b.mergedInto === null ? undefined : await findBarrier(db, b.mergedInto);
  // Only the barriers merged into this one: never a read of the whole list.
  const merged = await mergedInto(db, b.id);
  const kf = b.keyFigure === null ? undefined : await findKeyFigure(db, b.keyFigure);
  return presentBarrier(b, auth, n, level, {
    keyFigureName: kf?.nameDa ?? null,
    mergedInto: into ? { id: into.id, title: into.title } : null,
    mergedFrom: merged,
  });
}

/** A barrier's trail with municipality names and the other barrier of each merge. */
export async function barrierHistory(db: Queryable, id: number, n: Names) {
  const events = await barrierEvents(db, id);
  const others = new Map<number, string>();
  for (const e of events)
    if (e.other !== null && !others.has(e.other))
      others.set(e.other, (await findBarrier(db, e.other))?.title ?? '');
  return {
    events: events.map((e) => ({
      kind: e.kind,
      at: e.at,
      municipality:
        e.municipality === null
          ? null
          : { code: e.municipality, name: n.get(e.municipality) ?? e.municipality },
      other: e.other === null ? null : { id: e.other, title: others.get(e.other) ?? '' },
      state: e.state,
      changes: e.changes.map((ch) => ({ ...ch })),
    })),
  };
}

/** What an export of the list is: the table (CSV, XLSX) or the memo of the top ones (Markdown). */
export interface BarrierExportRequest extends ListQuery {
  readonly format: 'csv' | 'xlsx' | 'md';
  readonly lang: 'da' | 'en';
  /** The CSV's conventions: `da` gives `;` and decimal commas. */
  readonly csvLocale?: 'da' | 'en';
  /** The memo's number of barriers (open ones: not changed, rejected or withdrawn). */
  readonly top?: number;
}

/** The list or memo as a file's contents, with how many barriers it holds and its level. */
export async function barrierExport(db: Queryable, q: BarrierExportRequest, today: string) {
  const { level, ranked } = await rankedList(db, q);
  const n = await names(db);
  const da = q.lang === 'da';
  if (q.format === 'md') {
    const top = ranked
      .filter((s) => !['changed', 'rejected', 'withdrawn'].includes(s.barrier.state))
      .slice(0, q.top ?? 10);
    return { body: barrierMemo(top, level.target, n, q.lang, today), count: top.length, level };
  }
  const table = barrierTable(ranked, level.target, n, q.lang);
  const body =
    q.format === 'csv'
      ? toCsv(table, q.csvLocale ?? q.lang)
      : await toXlsx(table, {
          title: da ? 'Regelbarrierer: den nationale liste' : 'Rule barriers: the national list',
          sources: [
            da
              ? 'Kommunernes indberetninger i Potentiale; skønnene er kommunernes egne'
              : 'The municipalities’ reports in Potentiale; the estimates are their own',
          ],
          notes: [
            da
              ? 'Ordnet efter antal støttende kommuner og derefter samlet skøn; hver kommunes skøn tælles én gang.'
              : 'Ranked by the number of seconding municipalities, then by the total estimate; each municipality’s estimate counts once.',
            ...(level.note ? [level.note[q.lang]] : []),
          ],
        });
  return { body, count: ranked.length, level };
}

/** `GET /barriers`: the national list as JSON, CSV or XLSX (never kept by the answer cache). */
export async function barrierList(c: Context, db: Queryable, q: ListQuery): Promise<Response> {
  const format = chooseFormat(c, ['json', 'csv', 'xlsx']);
  c.header('Cache-Control', 'private, no-store');
  if (format === 'json') {
    const { level, ranked } = await rankedList(db, q);
    const n = await names(db);
    return c.json({
      items: ranked.map((s, k) => presentBarrierSummary(s, k + 1, n)),
      prices: { basis: level.target.basis, year: level.target.year },
      pricesNote: level.note,
    });
  }
  const lang = q.lang ?? 'da';
  const { body } = await barrierExport(
    db,
    { ...q, format: format === 'csv' ? 'csv' : 'xlsx', lang, csvLocale: csvLocale(c) },
    '',
  );
  return sendFile(c, format, body, lang === 'da' ? 'regelbarrierer' : 'rule-barriers');
}

/** `GET /barriers/memo`: the top barriers as a Markdown memo for a meeting with the government. */
export async function barrierMemoFile(
  c: Context,
  db: Queryable,
  q: { top?: string | undefined; theme?: ItemTheme | undefined; lang?: 'da' | 'en' | undefined },
  today: string,
): Promise<Response> {
  const lang = q.lang ?? 'da';
  const { body } = await barrierExport(
    db,
    { format: 'md', lang, top: Number(q.top ?? 10), ...(q.theme ? { theme: q.theme } : {}) },
    today,
  );
  return c.body(body as string, 200, {
    'Content-Type': 'text/markdown; charset=utf-8',
    'Content-Disposition': `attachment; filename="${lang === 'da' ? 'regelbarrierer-notat' : 'rule-barriers-memo'}-${today}.md"`,
    'Cache-Control': 'private, no-store',
  });
}
