// `potentiale report --all` (issue 20): one PDF for each of the 98 municipalities from the
// fixture database, in one browser, every one opening in pdfinfo with its own title and the
// document's language; a second run with --format docx writes 98 Word files. PGlite only: the
// engines' equality is the golden test's, and 98 PDFs take a while on two cores.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MUNICIPALITIES, isChristiansoe } from '../../src/core/index.ts';
import { saveReportDraft } from '../../src/db/index.ts';
import { cli } from '../cli/run-cli.ts';
import { pdfFacts, poppler } from '../support/pdf.ts';
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

  it('puts the saved draft’s narrative first in its section with --draft, inert', async () => {
    const db = await fixture?.open();
    const narrative =
      '**Udvalget** ser <script>alert(1)</script> på [ældreområdet](javascript:alert(1)) og [tallene](https://example.dk/tal).';
    try {
      await saveReportDraft(
        must(db),
        {
          municipality: '766',
          year: 2018,
          peers: 'nearest:7',
          prices: null,
          lang: 'da',
          narratives: { themes: narrative },
          createdBy: null,
        },
        0,
        new Date('2026-12-07T09:00:00Z'),
      );
    } finally {
      await db?.close();
    }
    const out = mkdtempSync(join(tmpdir(), 'report-draft-'));
    for (const format of ['html', 'pdf'])
      expect(
        (
          await cli([
            'report',
            '--municipality',
            '766',
            '--draft',
            '--format',
            format,
            '--out',
            out,
            '--db',
            fixture?.location ?? '',
          ])
        ).code,
      ).toBe(0);
    // The draft's year (2018) and group (7 nearest) where no flag names them.
    const html = readFileSync(join(out, 'kend-din-kommune-766-hedensted-2018.html'), 'utf8');
    expect(html).toContain('Kommunens tekst');
    expect(html).toContain('<strong>Udvalget</strong>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('href="https://example.dk/tal"');
    expect(html).toContain('7 nærmeste');
    const text = poppler('pdftotext', [
      '-enc',
      'UTF-8',
      join(out, 'kend-din-kommune-766-hedensted-2018.pdf'),
      '-',
    ]);
    expect(text).toContain('Udvalget ser <script>alert(1)</script> på');
  }, 120_000);
});

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('The fixture database is opened in beforeAll.');
  return value;
}
