import { Option, type Command } from 'commander';
import {
  DEFAULT_PEER_VARIABLES,
  THEMES,
  findMunicipality,
  type PeerGroupSpec,
  type PeerVariable,
} from '../../core/index.ts';
import { findPeers, parseK, parseTheme, parseWeights, presentPeers } from '../../engine/index.ts';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';
import { formatNumber, formatTable } from '../format.ts';
import { parseYear, resolveMunicipality } from '../resolve-args.ts';
import { InvalidInputError } from '../../core/index.ts';

interface PeersOptions {
  municipality: string;
  year: string;
  k: string;
  theme?: string;
  variables?: string;
  weights?: string;
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
    .option('--k <antal>', 'antal sammenligningskommuner', '10')
    .addOption(new Option('--theme <tema>', 'brug temaets variabler og vægte').choices([...THEMES]))
    .option(
      '--variables <navne>',
      `variabler, kommasepareret (standard: ${DEFAULT_PEER_VARIABLES.map((v) => v.name).join(',')})`,
    )
    .option('--weights <navn=vægt,…>', 'vægte, fx share-67-plus=2')
    .action(async (opts: PeersOptions, cmd: Command) => {
      const options = globalOptions(cmd);
      const municipality = resolveMunicipality(opts.municipality);
      const spec: PeerGroupSpec = {
        kind: 'nearest',
        k: parseK(opts.k, '--k'),
        ...(opts.theme ? { theme: parseTheme(opts.theme, '--theme') } : {}),
        ...(opts.variables ? { variables: parseVariables(opts.variables) } : {}),
        ...(opts.weights ? { weights: parseWeights(opts.weights, '--weights') } : {}),
      };
      const year = parseYear(opts.year);
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

function parseVariables(raw: string): readonly PeerVariable[] {
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return names.map((name) => {
    const v = DEFAULT_PEER_VARIABLES.find((d) => d.name === name);
    if (!v)
      throw new InvalidInputError(
        `Ukendt variabel "${name}"; kendte: ${DEFAULT_PEER_VARIABLES.map((d) => d.name).join(', ')}`,
        '--variables',
      );
    return v;
  });
}
