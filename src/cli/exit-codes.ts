import type { ErrorKind } from '../core/index.ts';

/** The CLI's exit codes; only the CLI maps error kinds to them. */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  invalidFile: 3,
  notFound: 4,
  database: 5,
  network: 6,
} as const;

export function exitCodeFor(kind: ErrorKind): number {
  switch (kind) {
    case 'invalid-input':
      return EXIT.usage;
    case 'invalid-file':
      return EXIT.invalidFile;
    case 'not-found':
      return EXIT.notFound;
    case 'database':
      return EXIT.database;
    case 'network':
      return EXIT.network;
    default:
      return EXIT.failure;
  }
}
