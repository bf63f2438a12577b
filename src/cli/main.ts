import { readFileSync } from 'node:fs';
import { Command, CommanderError, Help } from 'commander';
import type { DatabaseTarget } from '../db/index.ts';
import type { CliEffects } from './context.ts';
import { EXIT, exitCodeFor } from './exit-codes.ts';

type Register = (program: Command, effects: CliEffects) => void;

/**
 * The commands in the order of the help, by name and alias. A command's module (and what it
 * imports: the core, the database, the engine, the server …) is loaded only when that command
 * runs or its help is asked for; each action loads what it needs when it runs.
 */
const COMMANDS: readonly { readonly names: readonly string[]; load(): Promise<Register> }[] = [
  { names: ['import'], load: async () => (await import('./commands/import.ts')).registerImport },
  {
    names: ['municipalities', 'kommuner'],
    load: async () => (await import('./commands/municipalities.ts')).registerMunicipalities,
  },
  {
    names: ['keyfigures', 'noegletal'],
    load: async () => (await import('./commands/keyfigures.ts')).registerKeyFigures,
  },
  {
    names: ['values', 'vaerdier'],
    load: async () => (await import('./commands/values.ts')).registerValues,
  },
  {
    names: ['series', 'serie'],
    load: async () => (await import('./commands/series.ts')).registerSeries,
  },
  {
    names: ['peers', 'sammenligningskommuner'],
    load: async () => (await import('./commands/peers.ts')).registerPeers,
  },
  {
    names: ['potential', 'potentiale'],
    load: async () => (await import('./commands/potential.ts')).registerPotential,
  },
  {
    names: ['package', 'pakke'],
    load: async () => (await import('./commands/package.ts')).registerPackage,
  },
  {
    names: ['compare', 'sammenlign'],
    load: async () => (await import('./commands/compare.ts')).registerCompare,
  },
  {
    names: ['development', 'udvikling'],
    load: async () => (await import('./commands/development.ts')).registerDevelopment,
  },
  {
    names: ['talk-to', 'hvem'],
    load: async () => (await import('./commands/talk-to.ts')).registerTalkTo,
  },
  {
    names: ['groups', 'grupper'],
    load: async () => (await import('./commands/groups.ts')).registerGroups,
  },
  {
    names: ['users', 'brugere'],
    load: async () => (await import('./commands/users.ts')).registerUsers,
  },
  {
    names: ['tokens', 'noegler'],
    load: async () => (await import('./commands/tokens.ts')).registerTokens,
  },
  {
    names: ['audit', 'revision'],
    load: async () => (await import('./commands/audit.ts')).registerAudit,
  },
  {
    names: ['portal', 'viden'],
    load: async () => (await import('./commands/portal.ts')).registerPortal,
  },
  {
    names: ['initiatives', 'initiativer'],
    load: async () => (await import('./commands/initiatives.ts')).registerInitiatives,
  },
  {
    names: ['barriers', 'regelbarrierer'],
    load: async () => (await import('./commands/barriers.ts')).registerBarriers,
  },
  {
    names: ['steering', 'styring'],
    load: async () => (await import('./commands/steering.ts')).registerSteering,
  },
  {
    names: ['report', 'rapport'],
    load: async () => (await import('./commands/report.ts')).registerReport,
  },
  { names: ['dea'], load: async () => (await import('./commands/dea.ts')).registerDea },
  {
    names: ['serve'],
    load: async () => {
      const { registerServe } = await import('./commands/serve.ts');
      return (program, effects) => registerServe(program, effects, effects.signals);
    },
  },
  { names: ['fetch'], load: async () => (await import('./commands/fetch.ts')).registerFetch },
  { names: ['db'], load: async () => (await import('./commands/db.ts')).registerDb },
];

/** One line of the top-level help: a command's name, aliases, term and description. */
export interface CommandSummary {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly term: string;
  readonly description: string;
}

/** What the build writes to commands.json: the program's description and its commands' lines. */
export interface BuiltHelp {
  readonly description: string;
  readonly commands: readonly CommandSummary[];
}

const PROGRAM_DA =
  'Potentiale: benchmark af danske kommuner på nøgletal — potentialer, sammenligningskommuner og udvikling.';

/** The program's description with its sources, cited from the core's attribution table. */
async function programDescription(): Promise<string> {
  const { sourcesLine } = await import('../core/index.ts');
  return `${PROGRAM_DA}\n${sourcesLine('da')}`;
}

/**
 * The top-level help's lines, written by `npm run build` beside the compiled CLI
 * (dist/node/cli/commands.json), so that `potentiale --help` loads no command module. From the
 * sources there is none, and every module is loaded instead.
 */
function builtHelp(): BuiltHelp | undefined {
  if (import.meta.url.endsWith('.ts')) return undefined;
  try {
    return JSON.parse(
      readFileSync(new URL('./commands.json', import.meta.url), 'utf8'),
    ) as BuiltHelp;
  } catch {
    return undefined;
  }
}

/** The command `argv` names (after the global options), or undefined; `help <command>` too. */
function commandIn(argv: readonly string[]): string | undefined {
  const positional: string[] = [];
  for (let i = 0; i < argv.length && positional.length < 2; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--db') i++;
    else if (!arg.startsWith('-')) positional.push(arg);
    else if (arg === '--') break;
  }
  return positional[0] === 'help' ? positional[1] : positional[0];
}

const TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'Brug:',
  'Options:': 'Tilvalg:',
  'Commands:': 'Kommandoer:',
  'Arguments:': 'Argumenter:',
  'Global Options:': 'Fælles tilvalg:',
};

/**
 * Builds the `potentiale` program with Danish help, with the command `argv` names loaded (all
 * commands when it names none or an unknown one; none for the top-level help of a build).
 */
export async function buildProgram(
  effects: CliEffects,
  argv: readonly string[] = [],
  options: { readonly ignoreBuiltHelp?: boolean } = {},
): Promise<Command> {
  const program = new Command('potentiale');
  const terms = new Map<Command, string>();
  const named = commandIn(argv);
  const one = COMMANDS.find((c) => named !== undefined && c.names.includes(named));
  const built = named === undefined && !options.ignoreBuiltHelp ? builtHelp() : undefined;
  // The description is shown only by the top-level help; a command that runs does not load the
  // core for it.
  program
    .description(built?.description ?? (one ? PROGRAM_DA : await programDescription()))
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
        terms.get(cmd) ?? new Help().subcommandTerm(cmd).replace('[options]', '[tilvalg]'),
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
  if (one) (await one.load())(program, effects);
  else if (built) {
    // Stand-ins for the top-level help, from the build's commands.json.
    for (const s of built.commands) {
      const cmd = program
        .command(s.name)
        .aliases([...s.aliases])
        .description(s.description);
      terms.set(cmd, s.term);
    }
  } else for (const c of COMMANDS) (await c.load())(program, effects);
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
  // Loaded only when there is a secret to hide, so that `--help` does not load the database.
  const hideSecrets = urls.some(Boolean) ? (await import('../db/index.ts')).hideSecrets : null;
  const effects: CliEffects = {
    ...outerEffects,
    // Secrets shorter than 4 characters are left: they would blank ordinary words.
    stderr: (s) => outerEffects.stderr(hideSecrets ? hideSecrets(s, urls, 4) : s),
  };
  const program = await buildProgram(effects, argv);
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
    const [{ PotentialeError, formatDiagnostic }, { diskFullLocation, diskFullMessage }] =
      await Promise.all([import('../core/index.ts'), import('../db/index.ts')]);
    const full = diskFullLocation(e, await targetOf(program, effects));
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
async function targetOf(
  program: Command,
  effects: CliEffects,
): Promise<DatabaseTarget | undefined> {
  const { resolveDatabaseTarget } = await import('../db/index.ts');
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

/**
 * The top-level help's lines for dist/node/cli/commands.json (`npm run build` writes it), from
 * the program with every command loaded.
 */
export async function commandSummaries(effects: CliEffects): Promise<BuiltHelp> {
  // Every command loaded, never the previous build's commands.json.
  const program = await buildProgram(effects, [], { ignoreBuiltHelp: true });
  const help = program.createHelp();
  const commands = program.commands.map((cmd) => ({
    name: cmd.name(),
    aliases: cmd.aliases(),
    term: help.subcommandTerm(cmd),
    description: cmd.description(),
  }));
  return { description: program.description(), commands };
}
