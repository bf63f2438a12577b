import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyParsedSource, type Observation, type ParsedSource } from '../../src/core/index.ts';
import { applyImport, findKeyFigure, listKeyFigures, type Database } from '../../src/db/index.ts';
import { ENGINES, freshDatabase } from '../support/engines.ts';

/** A figure listed from 1993, as an export lists every figure, with numbers only in 2018-2019. */
function source(): ParsedSource {
  const observations: Observation[] = [];
  for (let year = 1993; year <= 2019; year++) {
    for (const code of ['101', '766']) {
      const value = year >= 2018 ? year - 2000 : null;
      observations.push({
        keyFigureId: 'ny-figur',
        municipalityCode: code,
        year,
        value,
        status: value === null ? 'missing' : 'value',
        raw: value === null ? 'M' : String(value),
      });
      observations.push({
        keyFigureId: 'kun-maerker',
        municipalityCode: code,
        year,
        value: null,
        status: 'undefined',
        raw: 'U',
      });
    }
  }
  const figure = (id: string, sourceName: string) =>
    ({ id, sourceName, source: 'tidy', valueType: 'number', noteNumbers: [] }) as const;
  return {
    ...emptyParsedSource('tidy-csv', 'years.csv'),
    keyFigures: [figure('ny-figur', 'Ny figur'), figure('kun-maerker', 'Kun mærker')],
    observations,
  };
}

describe.each(ENGINES)('the years of a stored key figure on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await freshDatabase(engine);
    await applyImport(db, source(), {
      fileName: 'years.csv',
      sha256: 'f'.repeat(64),
      byteSize: 1,
      importedAt: new Date('2026-01-02T03:04:05Z'),
    });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('counts only years with a number in firstYear and lastYear, all rows in the count', async () => {
    const k = await findKeyFigure(db, 'ny-figur');
    expect(k).toMatchObject({
      firstYear: 2018,
      lastYear: 2019,
      yearsWithValues: [2018, 2019],
      observationCount: 54,
    });
    const listed = (await listKeyFigures(db)).find((x) => x.id === 'ny-figur');
    expect(listed).toMatchObject({ firstYear: 2018, lastYear: 2019, observationCount: 54 });
  });

  it('gives no years to a figure with only M/U marks', async () => {
    expect(await findKeyFigure(db, 'kun-maerker')).toMatchObject({
      firstYear: null,
      lastYear: null,
      yearsWithValues: [],
      observationCount: 54,
    });
    const listed = (await listKeyFigures(db)).find((x) => x.id === 'kun-maerker');
    expect(listed).toMatchObject({ firstYear: null, lastYear: null });
  });

  it('gives no years to a catalogued figure without observations', async () => {
    const k = await findKeyFigure(db, 'udgifter-aeldre-pr-67-aarig');
    expect(k).toMatchObject({ firstYear: null, lastYear: null, observationCount: 0 });
  });
});
