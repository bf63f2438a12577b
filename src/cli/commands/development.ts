import type { Command } from 'commander';
import { findMunicipality, formatPercent } from '../../core/index.ts';
import {
  DEFAULT_LIMIT,
  computeDevelopmentFor,
  parseDevelopmentRequest,
  presentDevelopment,
  requireKeyFigure,
} from '../../engine/index.ts';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';
import { formatNumber, formatTable } from '../format.ts';
import { municipalityByCode } from '../resolve-args.ts';
import { withEngineOptions } from './engine-options.ts';

const pct = (v: number | null) =>
  formatPercent('da', v === null ? null : v * 100, { maxDecimals: 1 });

export function registerDevelopment(program: Command, effects: CliEffects): void {
  withEngineOptions(
    program
      .command('development')
      .alias('udvikling')
      .description(
        'Udviklingen i forhold til sammenligningsgruppen (indeks r = egen / gruppens gennemsnit), og hvem der har haft en anden udvikling',
      )
      .requiredOption('--municipality <kode>', 'kommunekode (fx 766) eller navn')
      .requiredOption('--key-figure <id eller navn>', 'nøgletallets id eller præcise navn')
      .requiredOption('--from <år>', 'første år i perioden')
      .requiredOption('--to <år>', 'sidste år i perioden')
      .option(
        '--among <hvem>',
        'sammenlign udviklingen med gruppen (group) eller alle kommuner (all) (standard: group)',
      )
      .option(
        '--limit <antal>',
        `vis højst så mange kommuner med anden udvikling, 1-97 (standard: ${DEFAULT_LIMIT})`,
      ),
    false,
  ).action(
    async (
      opts: {
        municipality: string;
        keyFigure: string;
        from: string;
        to: string;
        peers?: string;
        among?: string;
        limit?: string;
      },
      cmd: Command,
    ) => {
      const options = globalOptions(cmd);
      const q = parseDevelopmentRequest(opts, 'cli');
      const municipality = municipalityByCode(q.code);
      const { from, to, peers, among, limit } = q;
      const a = await withDatabase(options, effects, async (db) => {
        const keyFigure = await requireKeyFigure(db, q.keyFigure, '--key-figure');
        return computeDevelopmentFor(db, {
          code: municipality.code,
          keyFigure,
          from,
          to,
          peers,
          among,
          limit,
        });
      });
      const c = a.comparison;
      if (options.json) return printJson(effects, presentDevelopment(a));
      effects.stdout(
        `${a.keyFigure.nameDa}, ${municipality.name} (${municipality.code}), ${from}-${to}, mod ${c.group.nameDa}\n\n`,
      );
      effects.stdout(
        formatTable(
          ['År', 'Egen', 'Gruppens gns.', 'Indeks r'],
          c.series.map((p) => [
            String(p.year),
            formatNumber(p.value),
            formatNumber(p.groupMean),
            formatNumber(p.index, 3),
          ]),
          [false, true, true, true],
        ),
      );
      effects.stdout(
        `\nÆndring i r: ${formatNumber(c.own.change, 3)}; årlig vækst (CAGR): ${pct(c.own.cagr)}\n`,
      );
      for (const b of a.breaks) effects.stdout(`Databrud ${b.year}: ${b.description}\n`);
      effects.stdout('\nKommuner med en anden udvikling end os:\n');
      effects.stdout(
        formatTable(
          ['Kode', 'Kommune', 'Ændring i r', 'Forskel', 'CAGR'],
          c.others.map((o) => [
            o.code,
            findMunicipality(o.code)?.name ?? o.code,
            formatNumber(o.change, 3),
            formatNumber(o.difference, 3),
            pct(o.cagr),
          ]),
          [false, false, true, true, true],
        ),
      );
    },
  );
}
