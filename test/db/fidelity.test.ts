import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyImport, type Database } from '../../src/db/index.ts';
import { parseNoegletalCsv } from '../../src/sources/index.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';
import { rawDataPath } from '../support/shared-data.ts';
import { FULL_EXPORT_BASIS } from '../support/price-basis.ts';

/** The exact decimal a cell of the export stands for, written as PostgreSQL prints numeric. */
function expectedText(raw: string): string | null {
  if (raw === 'M' || raw === 'U') return null;
  if (raw === '-' || raw === 'NEJ') return '0';
  if (raw === 'JA') return '1';
  const [int = '', frac] = raw.replace(/\./g, '').split(',');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = int.replace('-', '').replace(/^0+(?=\d)/, '');
  const text = frac === undefined ? `${sign}${digits}` : `${sign}${digits}.${frac}`;
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** A decimal without insignificant trailing zeros: "10.0" → "10", "3.90" → "3.9". */
const canonical = (d: string): string =>
  d.includes('.') ? d.replace(/0+$/, '').replace(/\.$/, '') : d;

describe.each(ENGINES)('full_noegletal.csv stored on %s', (engine) => {
  const file = rawDataPath('noegletal-wdmdev', 'full_noegletal.csv');
  const parsed = parseNoegletalCsv(new Uint8Array(readFileSync(file)), 'full_noegletal.csv');
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase(engine);
    await applyImport(db, parsed, {
      fileName: 'full_noegletal.csv',
      sha256: '0'.repeat(64),
      byteSize: 1,
      importedAt: new Date(0),
      priceBasis: FULL_EXPORT_BASIS,
    });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('keeps every one of the 476 280 cells with its exact value, status and raw text', async () => {
    const rows = await db.query<{
      k: string;
      m: string;
      y: number;
      v: string | null;
      s: string;
      r: string;
    }>(
      `SELECT key_figure_id AS k, municipality_code AS m, year AS y, value::text AS v, status AS s, raw AS r FROM observations`,
    );
    expect(rows).toHaveLength(476_280);
    const stored = new Map(rows.map((r) => [`${r.k}|${r.m}|${r.y}`, r]));
    let mismatches = 0;
    for (const o of parsed.observations) {
      const r = stored.get(`${o.keyFigureId}|${o.municipalityCode}|${o.year}`);
      const want = expectedText(o.raw);
      const same =
        r !== undefined &&
        r.r === o.raw &&
        r.s === o.status &&
        (want === null ? r.v === null : r.v !== null && canonical(r.v) === canonical(want));
      if (!same) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('counts 351 365 numbers, 5 700 exact zeros, 1 202 yes/no cells, and M/U as statuses', async () => {
    const [c] = await db.query<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE status = 'value' AND raw NOT IN ('-', 'JA', 'NEJ'))::int AS numbers,
              count(*) FILTER (WHERE raw = '-' AND value = 0)::int AS dashes,
              count(*) FILTER (WHERE raw IN ('JA', 'NEJ'))::int AS yesno,
              count(*) FILTER (WHERE status = 'missing' AND value IS NULL)::int AS missing,
              count(*) FILTER (WHERE status = 'undefined' AND value IS NULL)::int AS undef
       FROM observations`,
    );
    expect(c).toEqual({
      numbers: 351_365,
      dashes: 5_700,
      yesno: 1_202,
      missing: 64_816,
      undef: 53_197,
    });
  });

  it('has København at 623 404 on 1 January 2019 and the 98 summing to the export\'s "I alt", 5 805 991', async () => {
    const [r] = await db.query<{ kbh: string; total: string }>(
      `SELECT max(value) FILTER (WHERE municipality_code = '101')::text AS kbh, sum(value)::text AS total
       FROM observations WHERE key_figure_id = 'indbyggertal' AND year = 2019`,
    );
    expect(r).toEqual({ kbh: '623404', total: '5805991' });
  });

  it("links the notes: 10 numbered notes, (27) on the elderly figure, (3) on Hillerød's rows", async () => {
    const notes = await db.query<{ number: number }>(
      `SELECT number FROM source_notes ORDER BY number`,
    );
    expect(notes.map((n) => n.number)).toEqual([3, 6, 15, 16, 17, 18, 21, 25, 26, 27]);
    const [elderly] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM key_figure_notes WHERE key_figure_id = 'udgifter-aeldre-pr-67-aarig' AND note_number = 27`,
    );
    expect(elderly?.n).toBe(1);
    const [hillerod] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM observation_notes WHERE municipality_code = '219' AND note_number = 3`,
    );
    expect(hillerod?.n).toBeGreaterThan(0);
  });
});
