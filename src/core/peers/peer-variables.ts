import { InvalidInputError } from '../diagnostics/index.ts';
import type { Theme } from '../key-figures/index.ts';

/** How a structural value enters the distance: as it is, or as its natural logarithm. */
export type PeerTransform = 'log' | 'identity';

/** One structural condition (rammevilkår) that peer groups and regressions are built on. */
export interface PeerVariable {
  /** Stable English name used in explanations and weight overrides, e.g. "log-population". */
  readonly name: string;
  /** Danish label for people, e.g. "Indbyggertal (log)". */
  readonly nameDa: string;
  /** The key figure the value is read from (the catalogue's id). */
  readonly keyFigureId: string;
  /** Log for sizes that span orders of magnitude (population, density), so that København
   * does not dominate every distance; identity for shares, indices and kr. per inhabitant. */
  readonly transform: PeerTransform;
  /** w_k ≥ 0 in d = √Σ w_k (z_a − z_b)²; 1 unless a theme says otherwise. */
  readonly weight: number;
}

/**
 * The catalogue ids of the structural key figures the default variables read. Kept in one
 * place because the catalogue owns the ids (src/core/key-figures/catalogue/structure.ts).
 */
export const STRUCTURE_IDS = {
  population: 'indbyggertal',
  density: 'befolkningstaethed',
  share0to17: 'andel-0-17-aarige',
  share67plus: 'andel-67-aarige',
  socioeconomicIndex: 'sociooekonomisk-indeks',
  expenditureNeed: 'udgiftsbehov-landet',
  taxBase: 'beskatningsgrundlag',
  urbanShare: 'andel-bymaessig-bebyggelse',
  nonWesternCitizens: 'statsborgere-ikke-vestlige-lande',
} as const;

/**
 * The default structural conditions for peer groups (DESIGN.md §3.2), all with weight 1:
 * size and settlement (log population, log density, urban share), age mix (0-17, 67+),
 * social burden (socioeconomic index), and the two sides of the equalisation system
 * (udgiftsbehov and beskatningsgrundlag per inhabitant).
 */
export const DEFAULT_PEER_VARIABLES: readonly PeerVariable[] = Object.freeze([
  variable('log-population', 'Indbyggertal (log)', STRUCTURE_IDS.population, 'log'),
  variable('log-density', 'Befolkningstæthed (log)', STRUCTURE_IDS.density, 'log'),
  variable('share-0-17', 'Andel 0-17-årige', STRUCTURE_IDS.share0to17, 'identity'),
  variable('share-67-plus', 'Andel 67+-årige', STRUCTURE_IDS.share67plus, 'identity'),
  variable(
    'socioeconomic-index',
    'Socioøkonomisk indeks',
    STRUCTURE_IDS.socioeconomicIndex,
    'identity',
  ),
  variable(
    'expenditure-need',
    'Udgiftsbehov pr. indbygger',
    STRUCTURE_IDS.expenditureNeed,
    'identity',
  ),
  variable('tax-base', 'Beskatningsgrundlag pr. indbygger', STRUCTURE_IDS.taxBase, 'identity'),
  variable('urban-share', 'Andel i bymæssig bebyggelse', STRUCTURE_IDS.urbanShare, 'identity'),
]);

/**
 * Per-theme variable sets: the conditions that drive a theme's costs weigh more there.
 * Weights are judgements, written here so they can be read and argued with:
 * elderly care doubles the 67+ share; children and young double the 0-17 share; the
 * specialised adult area and employment/social/family double the socioeconomic index;
 * integration adds the number of non-Western citizens per 10,000 inhabitants (weight 2);
 * technical services double density and urban share (roads, transport, waste follow
 * settlement). Themes not listed use DEFAULT_PEER_VARIABLES.
 */
export const THEME_PEER_VARIABLES: Readonly<Partial<Record<Theme, readonly PeerVariable[]>>> =
  Object.freeze({
    'elderly-health': reweight({ 'share-67-plus': 2 }),
    'children-young': reweight({ 'share-0-17': 2 }),
    'specialised-adults': reweight({ 'socioeconomic-index': 2 }),
    'employment-social-family': reweight({ 'socioeconomic-index': 2 }),
    integration: Object.freeze([
      ...DEFAULT_PEER_VARIABLES,
      variable(
        'non-western-citizens',
        'Statsborgere fra ikke-vestlige lande pr. 10.000 indb.',
        STRUCTURE_IDS.nonWesternCitizens,
        'identity',
        2,
      ),
    ]),
    'technical-environment': reweight({ 'log-density': 2, 'urban-share': 2 }),
  });

/**
 * Every structural variable a peer group can be built on, by name: the default set and the
 * variables only a theme uses (non-Western citizens, for integration), each with weight 1.
 * A request that names its own variables chooses among these.
 */
export const KNOWN_PEER_VARIABLES: readonly PeerVariable[] = Object.freeze(
  [...DEFAULT_PEER_VARIABLES, ...Object.values(THEME_PEER_VARIABLES).flat()]
    .filter((v, i, all) => all.findIndex((x) => x.name === v.name) === i)
    .map((v) => variable(v.name, v.nameDa, v.keyFigureId, v.transform)),
);

/**
 * The value a variable enters with: the raw value, or its natural log. NaN when the value is
 * missing or, under a log, not positive.
 * @example transformValue(DEFAULT_PEER_VARIABLES[0], Math.E) // 1 (log population)
 */
export function transformValue(v: PeerVariable, raw: number | null | undefined): number {
  if (raw === null || raw === undefined || !Number.isFinite(raw)) return NaN;
  if (v.transform === 'identity') return raw;
  return raw > 0 ? Math.log(raw) : NaN;
}

/**
 * The variables for a theme (its override, or the default set), with optional weight
 * overrides by variable name. Throws InvalidInputError for a weight naming an unknown
 * variable or a weight that is negative or not finite.
 * @example peerVariablesFor('elderly-health').find((v) => v.name === 'share-67-plus')?.weight // 2
 */
export function peerVariablesFor(
  theme?: Theme,
  weights?: Readonly<Record<string, number>>,
): readonly PeerVariable[] {
  const base =
    (theme === undefined ? undefined : THEME_PEER_VARIABLES[theme]) ?? DEFAULT_PEER_VARIABLES;
  return weights === undefined ? base : applyWeights(base, weights);
}

/**
 * The variables with some weights replaced by name. Throws InvalidInputError for an unknown
 * name or a weight that is negative or not finite.
 * @example applyWeights(DEFAULT_PEER_VARIABLES, { 'share-67-plus': 3 })
 */
export function applyWeights(
  variables: readonly PeerVariable[],
  weights: Readonly<Record<string, number>>,
): readonly PeerVariable[] {
  for (const [name, w] of Object.entries(weights)) {
    if (!variables.some((v) => v.name === name)) {
      throw new InvalidInputError(
        `Ukendt variabel "${name}"; kendte: ${variables.map((v) => v.name).join(', ')}`,
        'weights',
      );
    }
    checkWeight(name, w);
  }
  return variables.map((v) =>
    Object.hasOwn(weights, v.name) ? { ...v, weight: weights[v.name] ?? v.weight } : v,
  );
}

/**
 * Refuses a variable set that cannot give a distance: empty, duplicate names, a weight that
 * is negative or not finite, or all weights zero.
 */
export function checkPeerVariables(variables: readonly PeerVariable[]): void {
  if (variables.length === 0) {
    throw new InvalidInputError('Der skal være mindst én variabel', 'variables');
  }
  const names = new Set<string>();
  for (const v of variables) {
    if (names.has(v.name)) {
      throw new InvalidInputError(`Variablen "${v.name}" står der to gange`, 'variables');
    }
    names.add(v.name);
    checkWeight(v.name, v.weight);
  }
  if (variables.every((v) => v.weight === 0)) {
    throw new InvalidInputError('Mindst én variabel skal have en vægt over 0', 'weights');
  }
}

function checkWeight(name: string, w: number): void {
  if (!Number.isFinite(w) || w < 0) {
    throw new InvalidInputError(`Vægten for "${name}" skal være et tal ≥ 0, ikke ${w}`, 'weights');
  }
}

function variable(
  name: string,
  nameDa: string,
  keyFigureId: string,
  transform: PeerTransform,
  weight = 1,
): PeerVariable {
  return Object.freeze({ name, nameDa, keyFigureId, transform, weight });
}

function reweight(weights: Readonly<Record<string, number>>): readonly PeerVariable[] {
  return Object.freeze(
    DEFAULT_PEER_VARIABLES.map((v) =>
      variable(v.name, v.nameDa, v.keyFigureId, v.transform, weights[v.name] ?? v.weight),
    ),
  );
}
