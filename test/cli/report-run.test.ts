// runReports (issue 20), the loop behind `potentiale report --all`: a report that fails (here a
// render that throws for one municipality, as a browser that died twice does) is reported by
// name and the run goes on; the others are written whole, none half.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliEffects } from '../../src/cli/context.ts';
import { runReports } from '../../src/cli/report-run.ts';
import type { ReportModel } from '../../src/core/index.ts';

const model = (code: string, name: string): ReportModel => ({
  lang: 'da',
  title: `Kend din kommune: ${name} 2019`,
  municipality: { code, name },
  year: 2019,
  yearLabel: 'regnskab 2019',
  pricesLabel: 'kr., 2019-priser',
  dataVersion: '1.1',
  sections: [],
  formulas: [],
});

describe('runReports', () => {
  it('keeps going past a failed report, names it, and writes the others whole', async () => {
    const out = mkdtempSync(join(tmpdir(), 'report-run-'));
    const lines: string[] = [];
    const effects: CliEffects = {
      stdout: () => undefined,
      stderr: (s) => lines.push(s),
      env: {},
      cwd: out,
      now: () => new Date(),
      isTty: false,
    };
    const codes = [
      { code: '101', name: 'København' },
      { code: '825', name: 'Læsø' },
      { code: '766', name: 'Hedensted' },
      { code: '999', name: 'Ingen' },
    ];
    let launched = 0;
    const outcomes = await runReports(effects, {
      codes,
      format: 'pdf',
      out,
      json: false,
      concurrency: 2,
      build: async (code) => {
        if (code === '999') throw new Error('Kommunekoden 999 findes ikke');
        return model(code, codes.find((c) => c.code === code)?.name ?? code);
      },
      render: async (m, format, printer) => {
        await printer();
        if (m.municipality.code === '825') throw new Error('Chromium lukkede to gange');
        return {
          bytes: new TextEncoder().encode(`%PDF ${m.title}`),
          fileName: `${m.municipality.code}.${format}`,
        };
      },
      printer: async () => {
        launched += 1;
        return {} as never;
      },
    });
    expect(outcomes.map((o) => [o.code, 'error' in o ? o.error : 'ok'])).toEqual([
      ['101', 'ok'],
      ['825', 'Chromium lukkede to gange'],
      ['766', 'ok'],
      ['999', 'Kommunekoden 999 findes ikke'],
    ]);
    expect(launched).toBe(3);
    expect(readdirSync(out).sort()).toEqual(['101.pdf', '766.pdf']);
    expect(readFileSync(join(out, '766.pdf'), 'utf8')).toBe(
      '%PDF Kend din kommune: Hedensted 2019',
    );
    expect(existsSync(join(out, '825.pdf'))).toBe(false);
    expect(lines.join('')).toContain('Læsø (825): FEJL: Chromium lukkede to gange');
    expect(lines.filter((l) => /^\[\d\/4\]/.test(l))).toHaveLength(4);
  });
});
