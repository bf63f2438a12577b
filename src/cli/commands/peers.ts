import type { Command } from 'commander';
import { DEFAULT_PEER_VARIABLES, THEMES, findMunicipality } from '../../core/index.ts';
import { findPeers, parsePeersRequest, presentPeers } from '../../engine/index.ts';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';
import { formatNumber, formatTable } from '../format.ts';
import { municipalityByCode } from '../resolve-args.ts';

interface PeersOptions {
  municipality: string;
  year: string;
  k?: string;
  theme?: string;
  variables?: string;
  weights?: string;
  peers?: string;
}

export function registerPeers(program: Command, effects: CliEffects): void {
  program
    .command('peers')
    .alias('sammenligningskommuner')
    .description(
      'Find de nærmeste kommuner på rammevilkår (z-scorer), med hver variabels andel af afstanden',
    )
    .requiredOption('--municipality <kode>', 'kommunekode (fx 766) eller navn')
    .requiredOption('--year <år>', 'året for rammevilkårene, fx 2019')
    .option('--k <antal>', 'antal sammenligningskommuner, 1-97 (standard: 10)')
    .option('--theme <tema>', `brug temaets variabler og vægte: ${THEMES.join(', ')}`)
    .option(
      '--variables <navne>',
      `variabler, kommasepareret (standard: ${DEFAULT_PEER_VARIABLES.map((v) => v.name).join(',')})`,
    )
    .option('--weights <navn=vægt,…>', 'vægte, fx share-67-plus=2')
    .option(
      '--peers <gruppe>',
      'gruppen skrevet som i de andre kommandoer, fx nearest:12;vars=log-population,share-67-plus:2;add=101;remove=751 (i stedet for --k, --variables og --weights)',
    )
    .action(async (opts: PeersOptions, cmd: Command) => {
      const options = globalOptions(cmd);
      const { code, year, spec } = parsePeersRequest({ ...opts }, 'cli');
      const municipality = municipalityByCode(code);
      const answer = await withDatabase(options, effects, (db) =>
        findPeers(db, { code: municipality.code, year, spec }),
      );
      const matches = answer.group.nearest?.matches ?? [];
      if (options.json) return printJson(effects, presentPeers(municipality.code, year, answer));
      effects.stdout(
        `${answer.group.nameDa} for ${municipality.name} (${municipality.code})${answer.structureYear !== year ? `; rammevilkår fra ${answer.structureYear}` : ''}\n\n`,
      );
      const names = matches[0]?.terms.map((t) => t.variable) ?? [];
      effects.stdout(
        formatTable(
          ['Kode', 'Kommune', 'Afstand', ...names.map((n) => `${n} %`)],
          matches.map((m) => [
            m.code,
            findMunicipality(m.code)?.name ?? m.code,
            formatNumber(m.distance, 3),
            ...m.terms.map((t) => formatNumber(t.share * 100, 0)),
          ]),
          [false, false, true, ...names.map(() => true)],
        ),
      );
      effects.stdout(
        '\nAfstand = √Σ vægt × (z-forskel)²; kolonnerne viser hver variabels andel af afstanden i kvadrat.\n',
      );
    });
}
