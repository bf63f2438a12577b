/** @module Volumes: the "per" of a unit cost, so that cost = unit cost × volume. */
export { computeVolume, volumeShareFor } from './volume.ts';
