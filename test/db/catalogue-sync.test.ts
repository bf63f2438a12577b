import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE, emptyParsedSource, type KeyFigure } from '../../src/core/index.ts';
import { applyImport, syncCatalogue, type Database } from '../../src/db/index.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';

describe.each(ENGINES)('syncCatalogue(db, catalogue) on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase(engine);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('moves a figure first seen uncatalogued to the id a newer catalogue gives it, values included', async () => {
    await applyImport(
      db,
      {
        ...emptyParsedSource('tidy-csv', 't.csv'),
        keyFigures: [
          {
            id: 'nyt-noegletal',
            sourceName: 'Nyt nøgletal',
            source: 'tidy',
            valueType: 'number',
            noteNumbers: [],
          },
        ],
        observations: [
          {
            keyFigureId: 'nyt-noegletal',
            municipalityCode: '101',
            year: 2020,
            value: 7,
            status: 'value',
            raw: '7',
          },
        ],
      },
      { fileName: 't.csv', sha256: 'c'.repeat(64), byteSize: 1, importedAt: new Date(0) },
    );
    const { volume: _volume, ...template } = CATALOGUE[0] as KeyFigure;
    const entry: KeyFigure = {
      ...template,
      id: 'nyt-katalog-id',
      sourceName: 'Nyt nøgletal',
      source: 'tidy',
      breaks: [],
      overlaps: [],
      counterparts: [],
    };
    await syncCatalogue(db, [entry]);
    const figures = await db.query<{ id: string; catalogued: boolean; source_name: string }>(
      `SELECT id, catalogued, source_name FROM key_figures WHERE source = 'tidy' ORDER BY id`,
    );
    expect(figures).toEqual([
      { id: 'nyt-katalog-id', catalogued: true, source_name: 'Nyt nøgletal' },
    ]);
    const values = await db.query<{ key_figure_id: string; value: string }>(
      `SELECT key_figure_id, value::text AS value FROM observations WHERE municipality_code = '101' AND year = 2020`,
    );
    expect(values).toEqual([{ key_figure_id: 'nyt-katalog-id', value: '7' }]);
  });
});
