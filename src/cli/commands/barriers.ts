import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';

const FORMATS = ['xlsx', 'csv', 'md'] as const;
type ExportFormat = (typeof FORMATS)[number];

/** `potentiale barriers export`: the national list of rule barriers as XLSX, CSV or a memo. */
export function registerBarriers(program: Command, effects: CliEffects): void {
  const barriers = program
    .command('barriers')
    .alias('regelbarrierer')
    .description('Regelbarrierer: den nationale liste som regneark eller notat');
  barriers
    .command('export')
    .alias('eksport')
    .description(
      'Eksportér den rangerede liste (flest støttende kommuner først, derefter samlet skøn) som XLSX eller CSV, ' +
        'eller de vigtigste som et Markdown-notat til et møde med regeringen',
    )
    .option(
      '--out <fil>',
      'filen der skrives; endelsen vælger formatet (.xlsx, .csv, .md)',
      'regelbarrierer.xlsx',
    )
    .option('--format <format>', 'xlsx, csv eller md (notat); ellers filens endelse')
    .option('--top <antal>', 'notatets antal barrierer (1-99)', '10')
    .option('--theme <tema>', 'kun ét tema, fx elderly-health')
    .option('--lang <sprog>', 'da eller en', 'da')
    .action(
      async (
        opts: { out: string; format?: string; top: string; theme?: string; lang: string },
        cmd: Command,
      ) => {
        const [{ InvalidInputError, ITEM_THEMES }, { barrierExport }] = await Promise.all([
          import('../../core/index.ts'),
          import('../../server/barriers/index.ts'),
        ]);
        const format = (opts.format ?? extname(opts.out).slice(1)).toLowerCase();
        if (!(FORMATS as readonly string[]).includes(format))
          throw new InvalidInputError(
            `--format skal være xlsx, csv eller md, ikke "${opts.format ?? extname(opts.out)}"`,
            '--format',
          );
        if (opts.lang !== 'da' && opts.lang !== 'en')
          throw new InvalidInputError(
            `--lang skal være da eller en, ikke "${opts.lang}"`,
            '--lang',
          );
        if (!/^[1-9]\d?$/.test(opts.top))
          throw new InvalidInputError(
            `--top skal være et helt tal fra 1 til 99, ikke "${opts.top}"`,
            '--top',
          );
        const theme = ITEM_THEMES.find((t) => t === opts.theme);
        if (opts.theme !== undefined && theme === undefined)
          throw new InvalidInputError(
            `Ukendt tema "${opts.theme}": brug ${ITEM_THEMES.join(', ')}`,
            '--theme',
          );
        const options = globalOptions(cmd);
        const { body, count, level } = await withDatabase(options, effects, (db) =>
          barrierExport(
            db,
            {
              format: format as ExportFormat,
              lang: opts.lang as 'da' | 'en',
              top: Number(opts.top),
              ...(theme === undefined ? {} : { theme }),
            },
            effects.now().toISOString().slice(0, 10),
          ),
        );
        writeFileSync(opts.out, body);
        if (options.json) return printJson(effects, { out: opts.out, format, barriers: count });
        effects.stdout(
          `Eksporteret ${count} ${count === 1 ? 'barriere' : 'barrierer'} til ${opts.out}` +
            ` (beløb i kr. om året, ${level.target.basis === 'fixed' ? `${level.target.year}-priser` : 'løbende priser'})\n`,
        );
      },
    );
}
