import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Database } from '../../db/index.ts';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';

type Lang = 'da' | 'en';

/** `--assessment 12` → 12, or a refusal naming the flag. */
async function parseAssessmentId(text: string): Promise<number> {
  const { InvalidInputError } = await import('../../core/index.ts');
  if (!/^[1-9]\d{0,9}$/.test(text) || Number(text) > 2_147_483_647)
    throw new InvalidInputError(
      `--assessment skal være en vurderings id (et helt tal fra 1), ikke "${text}"`,
      '--assessment',
    );
  return Number(text);
}

async function parseLang(text: string): Promise<Lang> {
  const { InvalidInputError } = await import('../../core/index.ts');
  if (text !== 'da' && text !== 'en')
    throw new InvalidInputError(`--lang skal være da eller en, ikke "${text}"`, '--lang');
  return text;
}

/**
 * An assessment's whole result, as `GET /api/v1/steering/assessments/{id}` gives it to a reader
 * from outside the municipality (respondents numbered, never named), with every earlier
 * assessment in the history: whoever runs the CLI on the database owns all of it.
 */
async function assessmentDocument(db: Database, id: number) {
  const [{ ANONYMOUS }, { listMunicipalities, mustFindAssessment }, engine, server] =
    await Promise.all([
      import('../../core/index.ts'),
      import('../../db/index.ts'),
      import('../../engine/index.ts'),
      import('../../server/steering/index.ts'),
    ]);
  const assessment = await mustFindAssessment(db, id);
  const result = await engine.steeringResult(db, engine.loadQuestionnaires(), assessment);
  const names = new Map((await listMunicipalities(db)).map((m) => [m.code, m.name]));
  return server.presentAssessment(result, ANONYMOUS, names, { readsAll: true });
}

/** `potentiale steering export|report`: an assessment's workbook, and its report section. */
export function registerSteering(program: Command, effects: CliEffects): void {
  const steering = program
    .command('steering')
    .alias('styring')
    .description('Styringsmodellens selvevaluering: en vurdering som regneark eller rapport (PDF)');
  steering
    .command('export')
    .alias('eksport')
    .description(
      'Eksportér en vurderings resultat som XLSX: centre, fund, udsagn, dataindikatorer, hvem I kan ringe til og historik ' +
        '(samme regneark som GET /api/v1/steering/assessments/{id}/export.xlsx)',
    )
    .requiredOption('--assessment <id>', 'vurderingens id, fx 12')
    .option('--out <fil>', 'filen der skrives (.xlsx)', 'styring.xlsx')
    .option('--lang <sprog>', 'da eller en', 'da')
    .action(async (opts: { assessment: string; out: string; lang: string }, cmd: Command) => {
      const { InvalidInputError } = await import('../../core/index.ts');
      const id = await parseAssessmentId(opts.assessment);
      const lang = await parseLang(opts.lang);
      if (extname(opts.out).toLowerCase() !== '.xlsx')
        throw new InvalidInputError(`--out skal være en .xlsx-fil, ikke "${opts.out}"`, '--out');
      const options = globalOptions(cmd);
      const { assessmentWorkbook } = await import('../../server/steering/index.ts');
      const doc = await withDatabase(options, effects, (db) => assessmentDocument(db, id));
      const body = await assessmentWorkbook(doc, lang);
      writeFileSync(opts.out, body);
      if (options.json)
        return printJson(effects, { out: opts.out, format: 'xlsx', assessment: id });
      effects.stdout(
        `Eksporteret vurdering ${id} (${doc.title}, ${doc.municipality.name}) til ${opts.out}\n`,
      );
    });
  steering
    .command('report')
    .alias('rapport')
    .description(
      'Skriv en vurderings afsnit til standardrapporten som PDF (A4, trykt i Chromium) eller HTML; ' +
        'filens endelse vælger formatet. Respondenterne nummereres, uden navne.',
    )
    .requiredOption('--assessment <id>', 'vurderingens id, fx 12')
    .option('--out <fil>', 'filen der skrives (.pdf eller .html)', 'styring.pdf')
    .option('--lang <sprog>', 'da eller en', 'da')
    .action(async (opts: { assessment: string; out: string; lang: string }, cmd: Command) => {
      const { InvalidInputError } = await import('../../core/index.ts');
      const id = await parseAssessmentId(opts.assessment);
      const lang = await parseLang(opts.lang);
      const format = extname(opts.out).toLowerCase().slice(1);
      if (format !== 'pdf' && format !== 'html')
        throw new InvalidInputError(
          `--out skal være en .pdf- eller .html-fil, ikke "${opts.out}"`,
          '--out',
        );
      const options = globalOptions(cmd);
      const report = await import('../../report/index.ts');
      const doc = await withDatabase(options, effects, (db) => assessmentDocument(db, id));
      const title =
        lang === 'da'
          ? `Styringsmodellen: ${doc.title}, ${doc.municipality.name}`
          : `The steering model: ${doc.title}, ${doc.municipality.name}`;
      const page = report.reportHtml({
        title,
        lang,
        body: report.steeringSectionHtml(doc, lang),
        css: report.STEERING_CSS,
      });
      const body =
        format === 'html'
          ? page
          : await report.printPdf(page, {
              title,
              lang,
              executablePath: report.chromiumPath(effects.env),
            });
      writeFileSync(opts.out, body);
      if (options.json) return printJson(effects, { out: opts.out, format, assessment: id });
      effects.stdout(
        `Skrevet styringsafsnittet for vurdering ${id} (${doc.title}, ${doc.municipality.name}) til ${opts.out}\n`,
      );
    });
}
