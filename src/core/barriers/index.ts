/** @module Rule barriers (issue 18, DESIGN.md §3.11): the record, its checks and the national list. */
export * from './barrier.ts';
export * from './checks.ts';
export * from './rank.ts';
