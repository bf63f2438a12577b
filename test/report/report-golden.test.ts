// The standard report is reproducible (issue 20): the PDF of Hedensted (766) made from the
// project's fixture database (test/fixtures/report) has the same text as the committed golden
// file, on PGlite and PostgreSQL alike. The text is what `pdftotext` (poppler-utils) reads back;
// `pdfinfo` checks the title, and the document's language is in its catalogue.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../cli/run-cli.ts';
import { ENGINES } from '../support/engines.ts';
import { expectGolden } from '../support/golden.ts';
import { pdfFacts, poppler } from '../support/pdf.ts';
import {
  REPORT_FIXTURE_YEAR,
  reportFixtureDatabase,
  type ReportFixture,
} from '../support/report-fixture-db.ts';

describe.each(ENGINES)('the report of 766 on the fixture database, %s', (engine) => {
  let fixture: ReportFixture | undefined;
  beforeAll(async () => {
    fixture = await reportFixtureDatabase(engine);
  }, 120_000);
  afterAll(async () => {
    await fixture?.drop();
  });

  it('prints a PDF whose text is the golden file’s, with its title and language', async () => {
    const out = mkdtempSync(join(tmpdir(), 'report-golden-'));
    const r = await cli([
      'report',
      '--municipality',
      '766',
      '--year',
      String(REPORT_FIXTURE_YEAR),
      '--out',
      out,
      '--concurrency',
      '1',
      '--db',
      fixture?.location ?? '',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const [written] = r.json<{ reports: { file: string }[] }>().reports;
    const file = written?.file ?? '';
    expect(file).toBe(join(out, `kend-din-kommune-766-hedensted-${REPORT_FIXTURE_YEAR}.pdf`));
    const facts = pdfFacts(file);
    expect(facts.title).toBe(`Kend din kommune: Hedensted ${REPORT_FIXTURE_YEAR}`);
    expect(facts.lang).toBe('da');
    expect(facts.pages).toBeGreaterThan(5);
    expectGolden('report/766-da.txt', poppler('pdftotext', ['-enc', 'UTF-8', file, '-']));
  }, 120_000);
});
