/** @module Volumes: the "per" of a unit cost, so that cost = unit cost × volume. */
export { computeVolume } from './volume.ts';
