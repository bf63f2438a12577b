import type { Command } from 'commander';
import { DEFAULT_BENCHMARK, DEFAULT_PEERS } from '../../engine/index.ts';

/**
 * Adds the options every engine command shares: benchmark level and peer group. They are parsed
 * by the command's request schema (src/engine/requests), as the API's are.
 */
export function withEngineOptions(cmd: Command, benchmark = true): Command {
  if (benchmark) {
    cmd.option(
      '--benchmark <niveau>',
      'benchmark: mean, ratio-of-sums, median, p<NN> (fx p25), best, municipality:<kode>, need-adjusted, regression, dea[:crs|vrs|drs|irs]',
      DEFAULT_BENCHMARK,
    );
  }
  return cmd.option(
    '--peers <gruppe>',
    'sammenligningsgruppe: nearest:<k> (nærmeste på rammevilkår; med ;vars=navn[:vægt],… ;add=kode,… ;remove=kode,…), all, region, landsdel, list:<kode>,<kode>,…, saved:<navn>',
    DEFAULT_PEERS,
  );
}

/** Adds `--prices current|YYYY`: the price level of the answer's amounts. */
export function withPricesOption(cmd: Command, defaultDa: string): Command {
  return cmd.option(
    '--prices <niveau>',
    `prisniveau for beløb: current (hvert års løbende priser) eller et år for faste priser, fx 2019 (standard: ${defaultDa})`,
  );
}
