import type { Command } from 'commander';
import type * as Core from '../../core/index.ts';
import { globalOptions, openFromOptions, type CliEffects } from '../context.ts';
import { webDist } from '../web-dist.ts';

export function registerServe(
  program: Command,
  effects: CliEffects,
  signals: ServeSignals = processSignals,
): void {
  program
    .command('serve')
    .description(
      'Start web-appen og API’et på én port; stop med Ctrl+C (færdiggør igangværende forespørgsler)',
    )
    .option('--port <port>', 'porten (er den optaget, stopper serve med afslutningskode 2)', '3000')
    .option('--host <vært>', 'adressen der lyttes på', '127.0.0.1')
    .option('--no-fetch', 'hent ikke tal fra Danmarks Statistik ved første start')
    .option('--no-web', 'kør kun API’et, ikke web-appen')
    .option(
      '--allowed-hosts <navne>',
      'flere navne serveren svarer på (kommasepareret, fx potentiale.kommune.dk; * = alle), ud over localhost og adressen der lyttes på',
    )
    .option(
      '--allowed-origins <oprindelser>',
      'andre hjemmesider der må sende skrivende forespørgsler (kommasepareret, fx https://intra.kommune.dk)',
    )
    .option(
      '--trust-proxy',
      'stol på X-Forwarded-Proto og X-Forwarded-For fra en TLS-proxy foran serveren (sikre cookies, HSTS, loginbegrænsning pr. klient); kun bag en proxy, der selv sætter dem',
    )
    .option(
      '--login-attempts-per-minute <antal>',
      'loginforsøg pr. minut fra én adresse (hæv den, hvis mange brugere deler én adresse bag en NAT)',
      '10',
    )
    .option(
      '--dea-budget-seconds <sekunder>',
      'hvor længe én DEA-beregning må køre, før den stoppes med 503',
      '10',
    )
    .action(
      async (
        opts: {
          port: string;
          host: string;
          fetch: boolean;
          web: boolean;
          allowedHosts?: string;
          allowedOrigins?: string;
          trustProxy?: boolean;
          loginAttemptsPerMinute: string;
          deaBudgetSeconds: string;
        },
        cmd: Command,
      ) => {
        const core = await import('../../core/index.ts');
        const { InvalidInputError } = core;
        const options = globalOptions(cmd);
        const port = Number(opts.port);
        if (!/^\d{1,5}$/.test(opts.port) || port > 65535)
          throw new InvalidInputError(
            `--port skal være et portnummer, ikke "${opts.port}"`,
            '--port',
          );
        const budget = Number(opts.deaBudgetSeconds);
        if (!(budget > 0 && budget <= 3600))
          throw new InvalidInputError(
            `--dea-budget-seconds skal være et antal sekunder mellem 0 og 3600, ikke "${opts.deaBudgetSeconds}"`,
            '--dea-budget-seconds',
          );
        const loginRate = Number(opts.loginAttemptsPerMinute);
        if (!/^\d{1,6}$/.test(opts.loginAttemptsPerMinute) || loginRate < 1)
          throw new InvalidInputError(
            `--login-attempts-per-minute skal være et helt tal fra 1, ikke "${opts.loginAttemptsPerMinute}"`,
            '--login-attempts-per-minute',
          );
        const secretKey = effects.env.POTENTIALE_SECRET_KEY;
        const webRoot = opts.web ? builtWebRoot(effects, core) : null;
        const [
          { startServer },
          { firstRun },
          { clientOptionsFromEnv },
          { createLoginThrottle, secretBox },
        ] = await Promise.all([
          import('../../server/index.ts'),
          import('../../engine/index.ts'),
          import('./fetch.ts'),
          import('../../server/auth/index.ts'),
        ]);
        // The key's rule lives in secretBox; a key it refuses is bad input, before the database.
        try {
          secretBox(secretKey);
        } catch (e) {
          throw new InvalidInputError(
            e instanceof Error ? e.message : String(e),
            'POTENTIALE_SECRET_KEY',
          );
        }
        const db = await openFromOptions(options, effects);
        if (opts.fetch) {
          // First run: an empty database is filled from Statistics Denmark when the network is
          // there; without it, the server starts on the empty state, which explains what to do.
          const first = await firstRun(db, {
            client: clientOptionsFromEnv(effects, undefined, false),
            now: effects.now,
            onProgress: (e) =>
              effects.stderr(`henter ${e.table}: ${e.done}/${e.total} (${e.rows} rækker)\n`),
          });
          if (first.status === 'fetched')
            effects.stderr(
              `Hentede ${first.report.tables.map((t) => t.table).join(', ')} (${first.report.fromYear}-${first.report.toYear}) fra Danmarks Statistik${first.report.priceIndex ? `, og pris- og lønindekset ${first.report.priceIndex.fromYear}-${first.report.priceIndex.toYear} (basisår ${first.report.priceIndex.baseYear})` : ''}.\n${(first.report.priceIndexSkipped ?? '') !== '' ? `Pris- og lønindekset blev ikke hentet: ${first.report.priceIndexSkipped}\n` : ''}`,
            );
          if (first.status === 'not-fetched') effects.stderr(`${first.message}\n`);
        }
        const server = await startServer({
          db,
          ...(webRoot !== null ? { webRoot } : {}),
          now: effects.now,
          port,
          host: opts.host,
          allowedHosts: commaList(opts.allowedHosts),
          allowedOrigins: commaList(opts.allowedOrigins),
          heavy: { budgetMs: budget * 1000 },
          trustProxy: opts.trustProxy === true,
          loginThrottle: createLoginThrottle(loginRate),
          // Seals TOTP secrets; read from the environment, never from a flag (shell history).
          ...(secretKey !== undefined ? { secretKey } : {}),
          // What all municipalities share is prepared once listening and after each import;
          // requests are answered meanwhile (they compute what they need themselves).
          warmUp: ({ report, error }) =>
            effects.stderr(
              report
                ? `Forberedt: pakkernes fælles data for ${report.years} år og ${report.municipalities} kommuner (dataversion ${report.version}) på ${(report.ms / 1000).toFixed(1)} s.\n`
                : `Forberedelsen mislykkedes (serveren svarer alligevel): ${error instanceof Error ? error.message : String(error)}\n`,
            ),
          log: (entry) => effects.stdout(`${JSON.stringify(entry)}\n`),
          logError: (e) =>
            effects.stderr(
              `${JSON.stringify({ time: effects.now().toISOString(), error: e instanceof Error ? e.message : String(e) })}\n`,
            ),
        }).catch(async (e: unknown) => {
          await db.close();
          throw listenError(e, opts.host, port, core);
        });
        effects.stderr(
          `Potentiale kører på ${server.url}${webRoot !== null ? ' (web-appen)' : ''} (API: ${server.url}/api/v1, dokumentation: ${server.url}/api/docs). Database: ${db.kind} ${db.location}\n`,
        );
        await signals.wait();
        effects.stderr('Stopper: færdiggør igangværende forespørgsler …\n');
        await server.close();
        await db.close();
      },
    );
}

/**
 * dist/web, which `npm run build` made; serve never builds it (Vite is a dev dependency).
 * Missing, it is an error that says what to run; older than src/web (a checkout edited since),
 * a notice.
 */
function builtWebRoot(effects: CliEffects, { PotentialeError }: typeof Core): string {
  const web = webDist();
  if (!web.built)
    throw new PotentialeError(
      'not-found',
      `web-appen er ikke bygget (${web.root} mangler); kør "npm run build", eller start kun API’et med --no-web`,
    );
  if (web.stale)
    effects.stderr(
      'Bemærk: web-appen i dist/web er ældre end src/web; kør "npm run build" for at se ændringerne.\n',
    );
  return web.root;
}

const commaList = (raw: string | undefined): string[] =>
  (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** A port that cannot be listened on, as a Danish refusal saying what to do (exit code 2). */
function listenError(
  e: unknown,
  host: string,
  port: number,
  { InvalidInputError }: typeof Core,
): unknown {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const other = port < 65535 ? port + 1 : 3001;
  if (code === 'EADDRINUSE')
    return new InvalidInputError(
      `porten ${port} på ${host} er optaget af et andet program (måske en anden "potentiale serve"); stop det, eller vælg en anden port med --port, fx --port ${other}`,
      '--port',
    );
  if (code === 'EACCES')
    return new InvalidInputError(
      `porten ${port} kræver særlige rettigheder; vælg en port over 1023 med --port, fx --port 3000`,
      '--port',
    );
  if (code === 'EADDRNOTAVAIL')
    return new InvalidInputError(
      `adressen ${host} findes ikke på denne maskine; vælg en anden med --host, fx --host 127.0.0.1`,
      '--host',
    );
  return e;
}

/** How `serve` learns that it should stop (SIGINT/SIGTERM in production; tests pass their own). */
export interface ServeSignals {
  wait(): Promise<void>;
}

const processSignals: ServeSignals = {
  wait: () =>
    new Promise((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    }),
};
