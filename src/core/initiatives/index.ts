/** @module Efficiency initiatives (issue 17, DESIGN.md §3.8): the record, its checks, history and the sector overview. */
export * from './initiative.ts';
export * from './checks.ts';
export * from './history.ts';
export * from './overview.ts';
