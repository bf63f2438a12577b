/** @module Asserted array access for the numeric kernels: an index out of range fails loudly. */
export { at } from './at.ts';
