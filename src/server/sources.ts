import { ATTRIBUTIONS, type KeyFigure } from '../core/index.ts';

/** The attribution line(s) for a key figure's source, as the UI and exports show them. */
export function sourcesOf(k: Pick<KeyFigure, 'source'>): string[] {
  switch (k.source) {
    case 'noegletal':
      return [ATTRIBUTIONS.noegletal.citationDa];
    case 'regk31':
    case 'statbank':
      return [`${ATTRIBUTIONS.statbank.citationDa} (${ATTRIBUTIONS.statbank.productDa})`];
    default:
      return ['Egne data (tidy CSV)'];
  }
}
