import type { Command } from 'commander';
import {
  DEFAULT_LIMIT,
  computeDeaBenchmark,
  computeTalkToFor,
  parseTalkToRequest,
  presentDeaBenchmark,
  presentTalkTo,
  requireKeyFigure,
} from '../../engine/index.ts';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';
import { formatNumber } from '../format.ts';
import { municipalityByCode } from '../resolve-args.ts';
import { withEngineOptions } from './engine-options.ts';

export function registerTalkTo(program: Command, effects: CliEffects): void {
  withEngineOptions(
    program
      .command('talk-to')
      .alias('hvem')
      .description(
        'Hvem skal vi tale med: sammenlignelige kommuner, der gør det bedre og ikke er dårligere på de tilknyttede kvalitetsnøgletal',
      )
      .requiredOption('--municipality <kode>', 'kommunekode (fx 766) eller navn')
      .requiredOption('--key-figure <id eller navn>', 'nøgletallets id eller præcise navn')
      .requiredOption('--year <år>', 'året, fx 2019')
      .option('--widen <k>', 'udvid også til de k nærmeste på rammevilkår, 1-97')
      .option('--limit <antal>', `højst så mange, 1-97 (standard: ${DEFAULT_LIMIT})`)
      .option(
        '--dea [rts]',
        'brug DEA: kommunerne på fronten, der er jeres referencepunkt, med deres vægte λ (vrs, crs, drs, irs)',
      ),
    false,
  ).action(
    async (
      opts: {
        municipality: string;
        keyFigure: string;
        year: string;
        peers?: string;
        widen?: string;
        limit?: string;
        dea?: string | true;
      },
      cmd: Command,
    ) => {
      const options = globalOptions(cmd);
      const q = parseTalkToRequest(opts, 'cli');
      const municipality = municipalityByCode(q.code);
      const { year, peers, widenTo, limit } = q;
      if (q.dea !== undefined) {
        const rts = q.dea;
        const b = await withDatabase(options, effects, async (db) =>
          computeDeaBenchmark(db, {
            code: municipality.code,
            keyFigure: await requireKeyFigure(db, q.keyFigure, '--key-figure'),
            year,
            rts,
          }),
        );
        if (options.json) return printJson(effects, presentDeaBenchmark(b));
        effects.stdout(
          `Hvem skal ${municipality.name} tale med om ${b.keyFigure.nameDa} (${year})? DEA (${rts}) over ${b.units} kommuner\n`,
        );
        effects.stdout(
          `Effektivitet ${formatNumber(b.efficiency, 3)}; potentiale ${formatNumber(b.potential, 0)} kr.\n\n`,
        );
        if (b.efficiency >= 1)
          effects.stdout(
            'I ligger selv på fronten: ingen kommune gør det bedre med jeres volumen.\n',
          );
        for (const p of b.peers) {
          if (p.code === municipality.code) continue;
          effects.stdout(
            `- ${p.name} (${p.code}): vægt λ = ${formatNumber(p.lambda, 3)}; ${formatNumber(p.value)} ${b.keyFigure.unit}. En del af jeres effektive referencepunkt.\n`,
          );
        }
        return;
      }
      const a = await withDatabase(options, effects, async (db) => {
        const keyFigure = await requireKeyFigure(db, q.keyFigure, '--key-figure');
        return computeTalkToFor(db, {
          code: municipality.code,
          keyFigure,
          year,
          peers,
          limit,
          ...(widenTo !== undefined ? { widenTo } : {}),
        });
      });
      const r = a.result;
      if (options.json) return printJson(effects, presentTalkTo(a));
      effects.stdout(
        `Hvem skal ${municipality.name} tale med om ${a.keyFigure.nameDa} (${year})?\n`,
      );
      effects.stdout(`Egen værdi: ${formatNumber(r.ownValue)} ${a.keyFigure.unit}\n\n`);
      if ((r.unavailableDa ?? '') !== '') effects.stdout(`${r.unavailableDa}\n`);
      if (r.entries.length === 0 && (r.unavailableDa ?? '') === '') {
        const notBetter = r.rejected.filter((x) => x.reason === 'not-better').length;
        const worse = r.rejected.filter((x) => x.reason === 'worse-on-counterpart').length;
        effects.stdout(
          `Ingen af de sammenlignelige kommuner gør det bedre uden at være dårligere på et tilknyttet nøgletal` +
            ` (${notBetter} gør det ikke bedre, ${worse} er dårligere på et tilknyttet nøgletal). Prøv --widen 30 eller --peers all.\n`,
        );
      }
      for (const e of r.entries) {
        effects.stdout(
          `${e.rank}. ${e.name} (${e.code}): ${formatNumber(e.value)} ${a.keyFigure.unit}, score ${formatNumber(e.score, 2)}\n   ${e.reasonDa}\n`,
        );
      }
      effects.stdout(`\n${r.scoreRuleDa}\n`);
    },
  );
}
