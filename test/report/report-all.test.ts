// `potentiale report --all` (issue 20): one PDF for each of the 98 municipalities from the
// fixture database, in one browser, every one opening in pdfinfo with its own title and the
// document's language; a second run with --format docx writes 98 Word files. PGlite only: the
// engines' equality is the golden test's, and 98 PDFs take a while on two cores.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MUNICIPALITIES, isChristiansoe } from '../../src/core/index.ts';
import { cli } from '../cli/run-cli.ts';
import { pdfFacts } from '../support/pdf.ts';
import {
  REPORT_FIXTURE_YEAR,
  reportFixtureDatabase,
  type ReportFixture,
} from '../support/report-fixture-db.ts';

const ALL = MUNICIPALITIES.filter((m) => !isChristiansoe(m.code));

describe('potentiale report --all on the fixture database', () => {
  let fixture: ReportFixture | undefined;
  beforeAll(async () => {
    fixture = await reportFixtureDatabase('pglite');
  }, 120_000);
  afterAll(async () => {
    await fixture?.drop();
  });

  it('writes 98 PDFs, each opening with its municipality’s title and Danish as its language', async () => {
    const out = mkdtempSync(join(tmpdir(), 'report-all-'));
    const r = await cli([
      'report',
      '--all',
      '--year',
      String(REPORT_FIXTURE_YEAR),
      '--out',
      out,
      '--concurrency',
      '2',
      '--db',
      fixture?.location ?? '',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`98 rapporter skrevet i ${out}, 0 fejlede.`);
    // Without a terminal the progress is a line per report on stderr.
    expect(r.stderr.split('\n').filter((l) => /^\[\d+\/98\]/.test(l))).toHaveLength(98);
    const files = readdirSync(out).filter((f) => f.endsWith('.pdf'));
    expect(files).toHaveLength(98);
    expect(readdirSync(out).filter((f) => f.endsWith('.partial'))).toEqual([]);
    for (const m of ALL) {
      const file = files.find((f) => f.startsWith(`kend-din-kommune-${m.code}-`));
      expect(file, m.name).toBeDefined();
      const facts = pdfFacts(join(out, file ?? ''));
      expect(facts.title, m.name).toBe(`Kend din kommune: ${m.name} ${REPORT_FIXTURE_YEAR}`);
      expect(facts.lang, m.name).toBe('da');
      expect(facts.pages, m.name).toBeGreaterThan(5);
    }
  }, 600_000);

  it('refuses flags it cannot use, naming them, before opening anything', async () => {
    const both = await cli([
      'report',
      '--all',
      '--municipality',
      '766',
      '--db',
      fixture?.location ?? '',
    ]);
    expect(both.code).not.toBe(0);
    expect(both.stderr).toContain('--municipality');
    const format = await cli(['report', '--municipality', '766', '--format', 'odt']);
    expect(format.stderr).toContain('--format skal være pdf, html eller docx, ikke "odt"');
    const year = await cli([
      'report',
      '--municipality',
      '766',
      '--year',
      '2030',
      '--db',
      fixture?.location ?? '',
    ]);
    expect(year.code).not.toBe(0);
    expect(year.stderr).toContain('2030');
    expect(year.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, 120_000);
});
