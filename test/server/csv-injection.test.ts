import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_PRICES } from '../../src/core/index.ts';
import { applyImport, type Database } from '../../src/db/index.ts';
import { deaCsv, runDea } from '../../src/engine/index.ts';
import { toCsv } from '../../src/server/formats/csv.ts';
import { createApp } from '../../src/server/index.ts';
import { parseTidyCsv } from '../../src/sources/index.ts';
import { FORMULA_CORPUS, formulaCells } from '../support/csv-formulas.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';

/** The corpus as key-figure names of a tidy CSV (a tidy name is trimmed, so tab and CR go). */
function tidyFile(): Uint8Array {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const rows = FORMULA_CORPUS.filter((n) => !/^[\t\r]/.test(n)).flatMap((name) =>
    ['101', '147', '751'].map((code, i) => `${code};2020;${quote(name)};${(i + 1) * -12.5}`),
  );
  return new TextEncoder().encode(
    ['municipality_code;year;key_figure;value', ...rows].join('\n') + '\n',
  );
}

describe('neutralised CSV exports: the formula corpus', () => {
  it('toCsv neutralises every text cell and header, in both locales, and keeps numbers', () => {
    const table = {
      columns: [
        ...FORMULA_CORPUS.map((header, i) => ({ key: `c${i}`, header })),
        { key: 'n', header: 'tal', numeric: true },
        { key: 's', header: 'tekst-tal' },
      ],
      rows: [
        {
          ...Object.fromEntries(FORMULA_CORPUS.map((v, i) => [`c${i}`, v])),
          n: -12.5,
          s: '-3,2',
        },
      ],
    };
    for (const locale of ['da', 'en'] as const) {
      const csv = toCsv(table, locale);
      expect(formulaCells(csv)).toEqual([]);
      expect(csv).toContain(`'=HYPERLINK(`);
      expect(csv).toContain(locale === 'da' ? ';-12,5;-3,2' : ',-12.5,"-3,2"');
    }
  });

  it('deaCsv neutralises ids, peers and column names', () => {
    const ids = [...FORMULA_CORPUS];
    const x = ids.map((_, i) => i + 1);
    const y = ids.map((_, i) => (i % 3) + 1);
    const run = runDea(
      ids,
      { '=x': x, '@y': y },
      {
        inputs: ['=x'],
        outputs: ['@y'],
        nonDiscretionary: [],
        rts: 'vrs',
        orientation: 'input',
        slack: true,
        super: false,
      },
    );
    const csv = deaCsv(run);
    expect(formulaCells(csv)).toEqual([]);
    expect(csv).toContain(`'=cmd|' /C calc'!A0`);
  });
});

describe.each(ENGINES)('the API’s CSV exports on %s', (engine) => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  let ids: string[];
  beforeAll(async () => {
    db = await freshDatabase(engine);
    const parsed = parseTidyCsv(tidyFile(), 'formler.csv');
    ids = [...new Set(parsed.keyFigures.map((k) => k.id))];
    await applyImport(db, parsed, {
      fileName: 'formler.csv',
      sha256: 'f'.repeat(64),
      byteSize: 1,
      importedAt: new Date(0),
      priceBasis: { level: CURRENT_PRICES, how: 'flag' },
    });
    app = createApp({ db, now: () => new Date('2026-11-23T12:00:00Z'), cacheVersionTtlMs: 0 });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('imports a key figure named by each formula', () => {
    expect(ids).toHaveLength(FORMULA_CORPUS.length - 2);
  });

  it.each(['da', 'en'])(
    'values and series in locale %s have no cell a spreadsheet would run',
    async (locale) => {
      for (const id of ids) {
        for (const path of [
          `/api/v1/values?keyFigure=${id}&year=2020&format=csv&locale=${locale}`,
          `/api/v1/series?keyFigure=${id}&municipality=101&format=csv&locale=${locale}`,
        ]) {
          const res = await app.request(path);
          expect(res.status, path).toBe(200);
          const csv = await res.text();
          expect(csv, path).toMatch(/'(=|\+|@|-2\+3)/);
          expect(formulaCells(csv), path).toEqual([]);
          // The values are numbers and stay so.
          expect(csv, path).toContain(locale === 'da' ? '-12,5' : '-12.5');
        }
      }
    },
  );
});
