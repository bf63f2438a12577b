import type { Command } from 'commander';
import type { BenchmarkLevel, PeerGroupSpec } from '../../core/index.ts';
import {
  parseBenchmarkLevel,
  parsePeerSpec,
  DEFAULT_BENCHMARK,
  DEFAULT_PEERS,
  parsePriceRequest,
  type PriceRequest,
} from '../../engine/index.ts';

/** Adds the options every engine command shares: benchmark level and peer group. */
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
    'sammenligningsgruppe: nearest:<k> (nærmeste på rammevilkår), all, region, landsdel, list:<kode>,<kode>,…, saved:<navn>',
    DEFAULT_PEERS,
  );
}

export function engineOptions(opts: { benchmark?: string; peers?: string }): {
  level: BenchmarkLevel;
  peers: PeerGroupSpec;
} {
  return {
    level: parseBenchmarkLevel(opts.benchmark ?? DEFAULT_BENCHMARK, '--benchmark'),
    peers: parsePeerSpec(opts.peers ?? DEFAULT_PEERS, '--peers'),
  };
}

/** Adds `--prices current|YYYY`: the price level of the answer's amounts. */
export function withPricesOption(cmd: Command, defaultDa: string): Command {
  return cmd.option(
    '--prices <niveau>',
    `prisniveau for beløb: current (hvert års løbende priser) eller et år for faste priser, fx 2019 (standard: ${defaultDa})`,
  );
}

/** Parses `--prices`; undefined when not given. */
export function pricesOption(opts: { prices?: string }): PriceRequest | undefined {
  return parsePriceRequest(opts.prices, '--prices');
}
