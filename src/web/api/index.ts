/** @module The API as the web app reads it: typed GETs, queries and download addresses. */
export { ApiError, apiUrl, fetchJson, type Params } from './client.ts';
export {
  useApi,
  useHealth,
  useKeyFigures,
  useMunicipalities,
  useMunicipalityProfile,
  keyFiguresQuery,
  prefetchReferenceData,
  topologyQuery,
} from './hooks.ts';
export type * from './types.ts';
export type { ApiParams } from './routes.ts';
export {
  refreshSession,
  safeNext,
  sendJson,
  sessionQuery,
  useAccountQuery,
  useSend,
  useSession,
  type WriteMethod,
} from './session.ts';
export {
  PORTAL_KEY,
  invalidatePortal,
  useGapItems,
  usePortalHistory,
  usePortalItem,
  usePortalSearch,
  usePortalSimilar,
  useUploadAttachment,
  type NewPortalItem,
  type PortalAttachment,
  type PortalGapItemsDocument,
  type PortalHistoryDocument,
  type PortalHistoryVersion,
  type PortalItemDocument,
  type PortalItemPatch,
  type PortalItemSummary,
  type PortalSearchDocument,
  type PortalSearchParams,
  type SnippetPart,
} from './portal.ts';
