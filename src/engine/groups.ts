import {
  THEMES,
  peerVariablesFor,
  resolvePeerGroup,
  variablesOf,
  type KeyFigure,
  type PeerGroup,
  type PeerGroupSpec,
  type PeerVariable,
  type Theme,
} from '../core/index.ts';
import type { EngineData } from './data.ts';

/** A peer group with the year its structural values came from (nearest groups only). */
export interface ResolvedGroup {
  readonly group: PeerGroup;
  readonly structureYear: number | null;
}

/**
 * The theme whose peer variables a figure's nearest group uses: the spec's own theme, else the
 * figure's first theme that is one of the seven (structure and finance use the defaults).
 */
export function themeFor(spec: PeerGroupSpec, keyFigure?: KeyFigure): Theme | undefined {
  if (spec.kind !== 'nearest' || spec.variables !== undefined) return undefined;
  if (spec.theme) return spec.theme;
  return keyFigure?.themes.find((t) => t !== 'structure' && t !== 'finance' && THEMES.includes(t));
}

/**
 * The structural variables that measure similarity for a spec and figure: a nearest spec's
 * own (with the figure's theme), otherwise the theme's default set.
 */
export function similarityVariables(
  spec: PeerGroupSpec,
  keyFigure?: KeyFigure,
): readonly PeerVariable[] {
  if (spec.kind === 'nearest') {
    const theme = themeFor(spec, keyFigure);
    return variablesOf(theme ? { ...spec, theme } : spec);
  }
  return peerVariablesFor(themeFor({ kind: 'nearest' }, keyFigure));
}

/** Resolves a peer group for a municipality, a year and (for nearest groups) a figure's theme. */
export function resolveGroup(
  data: EngineData,
  code: string,
  year: number,
  spec: PeerGroupSpec,
  keyFigure?: KeyFigure,
): ResolvedGroup {
  if (spec.kind !== 'nearest') {
    const context = { codes: data.codes, landsdele: data.landsdele };
    return { group: resolvePeerGroup(code, spec, context), structureYear: null };
  }
  const theme = themeFor(spec, keyFigure);
  const effective: PeerGroupSpec = theme ? { ...spec, theme } : spec;
  const structure = data.structure(year, variablesOf(effective));
  const group = resolvePeerGroup(code, effective, {
    codes: data.codes,
    year: structure.year,
    structure: structure.columns,
  });
  return { group, structureYear: structure.year };
}
