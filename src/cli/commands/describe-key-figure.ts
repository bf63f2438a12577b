import type { StoredKeyFigure } from '../../db/index.ts';
import { presentKeyFigure } from '../../engine/index.ts';

/** The key figure as `--json` output shows it: definition, unit, volume, breaks and notes. */
export function describeKeyFigure(k: StoredKeyFigure) {
  return { ...presentKeyFigure(k), notes: k.notes };
}
