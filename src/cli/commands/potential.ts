import type { Command } from 'commander';
import { findMunicipality } from '../../core/index.ts';
import {
  computeDeaBenchmark,
  computePotentialFor,
  parsePotentialRequest,
  presentDeaBenchmark,
  presentPotential,
  requireKeyFigure,
} from '../../engine/index.ts';
import { globalOptions, printJson, withDatabase, type CliEffects } from '../context.ts';
import { formatNumber, formatTable, formatVolume } from '../format.ts';
import { municipalityByCode } from '../resolve-args.ts';
import { describeYearAndPrices } from './describe-prices.ts';
import { withEngineOptions, withPricesOption } from './engine-options.ts';

export function registerPotential(program: Command, effects: CliEffects): void {
  withPricesOption(
    withEngineOptions(
      program
        .command('potential')
        .alias('potentiale')
        .description(
          'Potentialet i kroner for ét nøgletal: (egen enhedsudgift − benchmark) × volumen, med korridoren over alle benchmarkniveauer',
        )
        .requiredOption('--municipality <kode>', 'kommunekode (fx 766) eller navn')
        .requiredOption('--key-figure <id eller navn>', 'nøgletallets id eller præcise navn')
        .requiredOption('--year <år>', 'året, fx 2019'),
    ),
    'årets egne løbende priser',
  ).action(
    async (
      opts: {
        municipality: string;
        keyFigure: string;
        year: string;
        benchmark?: string;
        peers?: string;
        prices?: string;
      },
      cmd: Command,
    ) => {
      const options = globalOptions(cmd);
      const q = parsePotentialRequest(opts, 'cli');
      const municipality = municipalityByCode(q.code);
      const { year, prices } = q;
      if (q.benchmark.kind === 'dea') {
        const rts = q.benchmark.rts;
        const b = await withDatabase(options, effects, async (db) =>
          computeDeaBenchmark(db, {
            code: municipality.code,
            keyFigure: await requireKeyFigure(db, q.keyFigure, '--key-figure'),
            year,
            rts,
            ...(prices ? { prices: prices.level } : {}),
          }),
        );
        if (options.json) return printJson(effects, presentDeaBenchmark(b));
        const unit = b.keyFigure.unit;
        effects.stdout(
          `${b.keyFigure.nameDa}, ${municipality.name} (${municipality.code}), ${year}: DEA (${b.rts}) over ${b.units} kommuner\n\n`,
        );
        effects.stdout(
          `Egen værdi:   ${formatNumber(b.value)} ${unit}\nEffektivitet: ${formatNumber(b.efficiency, 3)}\nBenchmark:    ${formatNumber(b.benchmark)} ${unit} (effektivt mål)\nPotentiale:   ${formatNumber(b.potential, 0)} kr.\n\nDEA-peers (λ):\n`,
        );
        for (const p of b.peers)
          effects.stdout(
            `  ${p.name} (${p.code}): λ = ${formatNumber(p.lambda, 3)}, ${formatNumber(p.value)} ${unit}\n`,
          );
        return;
      }
      const level = q.benchmark.level;
      const a = await withDatabase(options, effects, async (db) => {
        const keyFigure = await requireKeyFigure(db, q.keyFigure, '--key-figure');
        return computePotentialFor(db, {
          code: municipality.code,
          keyFigure,
          year,
          level,
          peers: q.peers,
          ...(prices ? { prices } : {}),
        });
      });
      if (options.json) return printJson(effects, presentPotential(a));
      const unit = presentPotential(a).unitLabelDa;
      effects.stdout(
        `${a.keyFigure.nameDa}, ${municipality.name} (${municipality.code}), ${describeYearAndPrices({ year, yearKind: a.figurePrices?.yearKind ?? null, prices: a.figurePrices?.prices ?? null, unconverted: a.figurePrices?.prices !== null && JSON.stringify(a.prices) !== JSON.stringify(prices?.level ?? a.prices) })}\n`,
      );
      effects.stdout(
        `Sammenligningsgruppe: ${a.peerGroup.group.nameDa}: ${a.group.map((c) => findMunicipality(c)?.name ?? c).join(', ')}\n\n`,
      );
      effects.stdout(`Egen værdi:   ${formatNumber(a.value)} ${unit}\n`);
      effects.stdout(
        `Benchmark:    ${formatNumber(a.benchmark)} ${unit} (${a.detail.basis.levelNameDa})\n`,
      );
      effects.stdout(
        `Volumen:      ${formatVolume(a.volume)} (${a.keyFigure.volume?.description ?? 'ingen volumen'})\n`,
      );
      effects.stdout(
        `Potentiale:   ${a.potential === null ? `kan ikke beregnes (${a.detail.unavailable?.messageDa ?? a.detail.basis.unavailable?.messageDa ?? ''})` : `${formatNumber(a.potential, 0)} kr.`}${a.potential !== null && a.potential < 0 ? ' (mindreforbrug)' : ''}\n\n`,
      );
      effects.stdout('Korridor over benchmarkniveauer:\n');
      effects.stdout(
        formatTable(
          ['Niveau', 'Benchmark', 'Potentiale (kr.)'],
          a.corridor.potentials.map((p) => [
            p.basis.levelNameDa,
            formatNumber(p.benchmark),
            formatNumber(p.signed, 0),
          ]),
          [false, true, true],
        ),
      );
      if (a.warnings.length) {
        effects.stdout('\nAdvarsler:\n');
        for (const w of a.warnings) effects.stdout(`  - ${w.messageDa}\n`);
      }
      effects.stdout(
        '\nEt potentiale er et landkort, ikke et facit: tjek kvaliteten og spørg hvorfor.\n',
      );
    },
  );
}
