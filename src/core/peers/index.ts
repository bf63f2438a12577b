/** @module Peer groups: nearest neighbours on structural conditions, regions, landsdele and lists. */
export { compareCodes, indexCodes } from './code-index.ts';
export {
  applyWeights,
  DEFAULT_PEER_VARIABLES,
  KNOWN_PEER_VARIABLES,
  peerVariablesFor,
  STRUCTURE_IDS,
  THEME_PEER_VARIABLES,
  transformValue,
  type PeerTransform,
  type PeerVariable,
} from './peer-variables.ts';
export {
  standardiseStructure,
  type IncompleteMunicipality,
  type MissingVariable,
  type StandardisedStructure,
  type StructureInput,
  type VariableScale,
} from './standardise.ts';
export {
  DEFAULT_K,
  excludedPositions,
  explainDistance,
  rankNeighbours,
  selectNearest,
  selectPeers,
  squaredDistance,
  variablesOf,
  type ManualMembers,
  type NearestOptions,
} from './nearest.ts';
export { kthNeighbourDistances } from './neighbour-distances.ts';
export {
  buildPeerGroups,
  resolvePeerGroup,
  type MunicipalityLandsdel,
  type PeerGroupContext,
} from './groups.ts';
export type {
  DistanceTerm,
  LeftOutPeer,
  NearestExplanation,
  PeerGroup,
  PeerGroupKind,
  PeerGroups,
  PeerGroupSpec,
  PeerMatch,
} from './peer-group.ts';
