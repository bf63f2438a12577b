/** @module Observations: values of key figures per municipality and year, with their status. */
export type { Observation, ObservationStatus, SourceNote } from './observation.ts';
