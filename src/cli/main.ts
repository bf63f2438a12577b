import { Command, CommanderError, Help } from 'commander';
import { PotentialeError, formatDiagnostic } from '../core/index.ts';
import {
  diskFullLocation,
  diskFullMessage,
  hideSecrets,
  resolveDatabaseTarget,
  type DatabaseTarget,
} from '../db/index.ts';
import type { CliEffects } from './context.ts';
import { EXIT, exitCodeFor } from './exit-codes.ts';
import { registerDb } from './commands/db.ts';
import { registerImport } from './commands/import.ts';
import { registerKeyFigures } from './commands/keyfigures.ts';
import { registerMunicipalities } from './commands/municipalities.ts';
import { registerSeries } from './commands/series.ts';
import { registerValues } from './commands/values.ts';
import { registerPeers } from './commands/peers.ts';
import { registerPotential } from './commands/potential.ts';
import { registerPackage } from './commands/package.ts';
import { registerDevelopment } from './commands/development.ts';
import { registerTalkTo } from './commands/talk-to.ts';
import { registerServe } from './commands/serve.ts';
import { registerDea } from './commands/dea.ts';
import { registerGroups } from './commands/groups.ts';
import { registerFetch } from './commands/fetch.ts';

const TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'Brug:',
  'Options:': 'Tilvalg:',
  'Commands:': 'Kommandoer:',
  'Arguments:': 'Argumenter:',
  'Global Options:': 'Fælles tilvalg:',
};

/** Builds the `potentiale` program with Danish help. */
export function buildProgram(effects: CliEffects): Command {
  const program = new Command('potentiale');
  program
    .description(
      'Potentiale: benchmark af danske kommuner på nøgletal — potentialer, sammenligningskommuner og udvikling.\nData: Danmarks Statistik; Indenrigs- og Sundhedsministeriet, De Kommunale Nøgletal; SDFI, DAGI.',
    )
    .option(
      '--db <mappe|url>',
      'databasen: en PGlite-mappe eller en postgres://-URL (ellers DATABASE_URL, POTENTIALE_HOME eller ./.potentiale)',
    )
    .option('--json', 'skriv resultatet som JSON (til scripts)')
    .helpOption('-h, --help', 'vis hjælp')
    .helpCommand('help [kommando]', 'vis hjælp til en kommando')
    .version('0.1.0', '-V, --version', 'vis versionen')
    .showHelpAfterError('(brug --help for at se mulighederne)')
    .configureHelp({
      styleTitle: (title: string) => TITLES[title] ?? title,
      subcommandTerm: (cmd: Command) =>
        new Help().subcommandTerm(cmd).replace('[options]', '[tilvalg]'),
      commandUsage: (cmd: Command) =>
        new Help()
          .commandUsage(cmd)
          .replace('[options]', '[tilvalg]')
          .replace('[command]', '[kommando]'),
      showGlobalOptions: true,
    })
    .configureOutput({
      writeOut: (s) => effects.stdout(s),
      writeErr: (s) => effects.stderr(s),
      outputError: (s, write) => write(translateCommanderError(s)),
    })
    .exitOverride();
  registerImport(program, effects);
  registerMunicipalities(program, effects);
  registerKeyFigures(program, effects);
  registerValues(program, effects);
  registerSeries(program, effects);
  registerPeers(program, effects);
  registerPotential(program, effects);
  registerPackage(program, effects);
  registerDevelopment(program, effects);
  registerTalkTo(program, effects);
  registerGroups(program, effects);
  registerDea(program, effects);
  registerServe(program, effects, effects.signals);
  registerFetch(program, effects);
  registerDb(program, effects);
  for (const cmd of program.commands) {
    cmd.helpOption('-h, --help', 'vis hjælp').exitOverride();
    cmd.configureOutput({
      writeOut: (s) => effects.stdout(s),
      writeErr: (s) => effects.stderr(s),
      outputError: (s, write) => write(translateCommanderError(s)),
    });
    for (const sub of cmd.commands) sub.helpOption('-h, --help', 'vis hjælp').exitOverride();
  }
  return program;
}

const COMMANDER_MESSAGES: readonly (readonly [RegExp, string])[] = [
  [/required option '([^']+)' not specified/, 'det påkrævede tilvalg $1 mangler'],
  [/option '([^']+)' argument missing/, 'tilvalget $1 mangler sin værdi'],
  [/unknown option '([^']+)'/, 'ukendt tilvalg $1'],
  [/unknown command '([^']+)'/, 'ukendt kommando $1'],
  [/missing required argument '([^']+)'/, 'argumentet $1 mangler'],
  [/too many arguments/, 'for mange argumenter'],
  [
    /option '([^']+)' argument '([^']+)' is invalid\. Allowed choices are (.*)\./,
    'værdien $2 til $1 er ugyldig; mulige værdier: $3',
  ],
];

function translateCommanderError(message: string): string {
  for (const [pattern, da] of COMMANDER_MESSAGES) {
    const m = pattern.exec(message);
    if (m) return `fejl: ${message.replace(/^error: /, '').replace(pattern, da)}`;
  }
  return message.replace(/^error: /, 'fejl: ');
}

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code. Nothing it
 * writes to stderr shows a database password (from DATABASE_URL or an argument), whatever
 * message carries it.
 */
export async function runCli(argv: readonly string[], outerEffects: CliEffects): Promise<number> {
  const urls = [outerEffects.env['DATABASE_URL'], ...argv.filter(mayHoldSecret).map(optionValue)];
  const effects: CliEffects = {
    ...outerEffects,
    // Secrets shorter than 4 characters are left: they would blank ordinary words.
    stderr: (s) => outerEffects.stderr(hideSecrets(s, urls, 4)),
  };
  const program = buildProgram(effects);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
      )
        return EXIT.ok;
      return EXIT.usage;
    }
    const full = diskFullLocation(e, targetOf(program, effects));
    if (
      full !== undefined &&
      !(e instanceof PotentialeError && e.message.startsWith('disken er fuld'))
    ) {
      effects.stderr(`fejl: ${diskFullMessage(full)}\n`);
      return EXIT.database;
    }
    if (e instanceof PotentialeError) {
      effects.stderr(`fejl: ${e.message}\n`);
      for (const d of e.diagnostics.slice(1, 10)) effects.stderr(`  ${formatDiagnostic(d)}\n`);
      if (e.diagnostics.length > 10) effects.stderr(`  … og ${e.diagnostics.length - 10} mere\n`);
      return exitCodeFor(e.kind);
    }
    const message = e instanceof Error ? e.message : String(e);
    effects.stderr(`fejl: uventet fejl: ${message}\n`);
    const debug = (effects.env['POTENTIALE_DEBUG'] ?? '') !== '';
    if (debug && e instanceof Error && (e.stack ?? '') !== '') effects.stderr(`${e.stack}\n`);
    return EXIT.failure;
  }
}

/** An argument that may be a connection string: a URL, or one with a password keyword. */
const mayHoldSecret = (arg: string): boolean => /:\/\/|password/i.test(arg);

/** `--db=postgres://…` → `postgres://…`. */
const optionValue = (arg: string): string => arg.replace(/^--?[\w-]+=/, '');

/** The database the command was pointed at, for naming it in an error. */
function targetOf(program: Command, effects: CliEffects): DatabaseTarget | undefined {
  try {
    return resolveDatabaseTarget({
      dbFlag: program.opts<{ db?: string }>().db,
      env: effects.env,
      cwd: effects.cwd,
    });
  } catch {
    return undefined;
  }
}
