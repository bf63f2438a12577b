import type { DeaData } from './dea-data.ts';
import { atF64, atI32 } from '../arrays/index.ts';

/**
 * An order of the units in which neighbours tend to share reference units (peers), so that each
 * unit's programme can start from the peers of the units just solved.
 *
 * What decides a unit's peers is where its radial projection lands on the frontier: the mix of
 * the radial variables (inputs in input orientation, outputs in output orientation; their level
 * does not matter, every unit on the same ray projects to the same point) and the level of the
 * others. So each unit gets the features log(v) − mean log(v) over its radial variables and log(v)
 * for the rest, and the units are sorted along a Morton (Z-order) curve through those features.
 * @example localityOrder(data) // Int32Array, a permutation of 0 … n − 1
 */
export function localityOrder(data: DeaData): Int32Array {
  const { n, m, width, values, fixedInput } = data;
  const input = data.orientation === 'input';
  const radial = new Uint8Array(width);
  for (let c = 0; c < width; c++)
    radial[c] = c < m ? (input && fixedInput[c] !== 1 ? 1 : 0) : input ? 0 : 1;
  const features = new Float64Array(n * width);
  const lo = new Float64Array(width).fill(Infinity);
  const hi = new Float64Array(width).fill(-Infinity);
  for (let k = 0; k < n; k++) {
    let mean = 0;
    let count = 0;
    for (let c = 0; c < width; c++) {
      const v = Math.log(Math.max(atF64(values, k * width + c), 1e-12));
      features[k * width + c] = v;
      if (radial[c] === 1) {
        mean += v;
        count++;
      }
    }
    if (count > 0) mean /= count;
    for (let c = 0; c < width; c++) {
      const f = atF64(features, k * width + c) - (radial[c] === 1 ? mean : 0);
      features[k * width + c] = f;
      if (f < atF64(lo, c)) lo[c] = f;
      if (f > atF64(hi, c)) hi[c] = f;
    }
  }
  // Interleave the top bits of every feature; 48 bits in all keeps the key an exact integer.
  const bits = Math.max(1, Math.min(16, Math.floor(48 / width)));
  const levels = 2 ** bits;
  const keys = new Float64Array(n);
  const q = new Int32Array(width);
  for (let k = 0; k < n; k++) {
    for (let c = 0; c < width; c++) {
      const span = atF64(hi, c) - atF64(lo, c);
      const f = span > 0 ? (atF64(features, k * width + c) - atF64(lo, c)) / span : 0;
      q[c] = Math.min(levels - 1, Math.floor(f * levels));
    }
    let key = 0;
    for (let b = bits - 1; b >= 0; b--) {
      for (let c = 0; c < width; c++) key = key * 2 + ((atI32(q, c) >> b) & 1);
    }
    keys[k] = key;
  }
  const order = Int32Array.from({ length: n }, (_, k) => k);
  return order.sort((a, b) => atF64(keys, a) - atF64(keys, b) || a - b);
}
