/** @module The database: PGlite or PostgreSQL, migrations, and repositories per domain. */
export type { Database, DatabaseKind, Queryable } from './database.ts';
export {
  openDatabase,
  resolveDatabaseTarget,
  type DatabaseTarget,
  type OpenOptions,
} from './open.ts';
export { databaseUrlSecrets, hideSecrets, maskDatabaseUrl } from './database-url.ts';
export { diskFullLocation, diskFullMessage } from './disk-full.ts';
export {
  listMigrations,
  migrate,
  migrationStatus,
  type Migration,
  type MigrationState,
} from './migrate.ts';
export { applyImport, type ImportMeta, type ImportSummary } from './apply-import.ts';
export { checkExpectedTotals } from './expected-totals.ts';
export { dataVersion, listImports, type ImportRecord } from './imports.ts';
export {
  findKeyFigure,
  listKeyFigureDefinitions,
  listKeyFigures,
  type KeyFigureFilter,
  type StoredKeyFigure,
} from './key-figures.ts';
export { listFreshness } from './freshness.ts';
export { listMunicipalities, type StoredMunicipality } from './municipalities.ts';
export { listBoundaries } from './boundaries.ts';
export {
  countObservations,
  observationCounts,
  seriesFor,
  valuesForYear,
  type MunicipalityValues,
  type SeriesYear,
  type StoredValue,
} from './observations.ts';
export { seedMunicipalities, syncCatalogue } from './reference-data.ts';
export { compareVariants, loadColumns, type ColumnSet, type ColumnVariant } from './columns.ts';
export {
  listPriceIndexYears,
  loadPriceIndices,
  refreshDerivedPriceIndex,
  type StoredPriceIndexYear,
} from './price-index.ts';
export {
  createMunicipalityPeerGroup,
  deletePeerGroup,
  deletePeerGroupById,
  findPeerGroup,
  findPeerGroupById,
  listPeerGroups,
  peerGroupsVersion,
  savePeerGroup,
  type SavedPeerGroup,
} from './peer-groups.ts';
export {
  ACCOUNT_ROLES,
  claimTotpStep,
  LOCKOUT_AFTER_FAILURES,
  LOCKOUT_FIRST_MS,
  LOCKOUT_MAX_MS,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  createUser,
  disableUser,
  enableUser,
  findUserByEmail,
  findUserById,
  findUserCredentials,
  isLockedOut,
  listUsers,
  lockoutFor,
  normaliseEmail,
  recordFailedLogin,
  recordSuccessfulLogin,
  setPasswordHash,
  setTotpSecret,
  type Account,
  type AccountCredentials,
  type AccountRole,
  type NewAccount,
} from './accounts.ts';
export {
  createApiToken,
  createSession,
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  findApiToken,
  findApiTokenByHash,
  findSession,
  listApiTokens,
  listUserSessions,
  revokeApiToken,
  touchSession,
  type StoredApiToken,
  type StoredSession,
} from './sessions.ts';
export {
  acceptInvitation,
  completePasswordReset,
  consumePasswordReset,
  createInvitation,
  createPasswordReset,
  findInvitation,
  type Invitation,
} from './one-time-tokens.ts';
export { appendAudit, audited, listAudit, type AuditEntry, type AuditRecord } from './audit.ts';
export {
  createItem,
  findItem,
  fieldsOf,
  findItemByTitle,
  listAllItems,
  listItemVersions,
  listPublishedItems,
  updateItem,
  type StoredVersion,
} from './portal-items.ts';
export {
  danishStems,
  fullTextItems,
  headlines,
  itemBodies,
  listVisibleItems,
  portalVersion,
  portalVocabulary,
  trigramItems,
  type Viewer,
} from './portal-search.ts';
export {
  addAttachment,
  deleteAttachment,
  findAttachment,
  type StoredAttachment,
} from './portal-attachments.ts';
export {
  createInitiative,
  findInitiative,
  findInitiativeByTitle,
  initiativeFieldsOf,
  listInitiativeVersions,
  listInitiatives,
  updateInitiative,
  type InitiativeFilter,
  type InitiativeVersion,
} from './initiatives.ts';
export {
  addSecond,
  answerBarrier,
  barrierFieldsOf,
  createBarrier,
  findBarrier,
  mergeBarriers,
  updateBarrier,
} from './barriers.ts';
export {
  barrierEvents,
  listBarriers,
  mergedInto,
  similarBarriers,
  type BarrierFilter,
  type SimilarQuery,
} from './barrier-list.ts';
export {
  budgetPoints,
  functionNames,
  hasBudgetData,
  listExplanations,
  populations,
  saveExplanation,
} from './budget.ts';
export {
  createAssessment,
  findAssessment,
  findResponse,
  listAssessments,
  mustFindAssessment,
  responsesOf,
  saveResponse,
  steeringItems,
  updateAssessment,
  type NewAssessment,
} from './steering.ts';
export { createRound, listRounds, mustFindRound } from './steering-rounds.ts';
export {
  emptyReportDraft,
  latestReportDraft,
  listReportDrafts,
  reportDraftVersion,
  saveReportDraft,
  type NewReportDraft,
} from './report-drafts.ts';
