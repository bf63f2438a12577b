/** @module Asserted array access for the numeric kernels: an index out of range fails loudly. */
export { at, atF64, atI32, atU8 } from './at.ts';
