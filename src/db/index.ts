// The database's public face: what state/ may call.

export {
  type AnswerFields,
  type CommandContext,
  type CommandError,
  type Draft,
  deleteRecord,
  importRecords,
  patchRecord,
  saveAnswerFields,
  saveLocation,
  saveOrganization,
  saveRecord,
  saveService,
  setServiceAvailability,
} from './commands';
export {
  CircleDatabase,
  type ClosedReason,
  type DatabaseEvents,
  deleteDatabase,
  openDatabase,
} from './database';
// `planImport` itself is imported from './importPlan' by the import job (in the transfer worker's
// chunk): re-exported here, it would ride in the first-visit bundle with everything this file names.
export type { ImportCandidate, ImportPlan, PlannedRecord, PlanStatus } from './importPlan';
export {
  type JoinError,
  type Joined,
  joinNetwork,
  leaveNetwork,
  observeNetwork,
  readNetwork,
  updateMembership,
} from './network';
export {
  type AssessmentRecords,
  type DirectoryChange,
  type DirectoryDelta,
  type DirectorySnapshot,
  type Observer,
  type Ownership,
  observeAssessment,
  observeAssessments,
  observeDirectoryChanges,
  observeSampleMarker,
  observeServicePage,
  type Page,
  type PageRequest,
  readAssessmentRecords,
  readDirectory,
  readDirectoryInSteps,
  readOwnership,
  type ServiceRow,
  type Subscribable,
} from './queries';
export type { Unreadable } from './read';
export { readServiceCommunity, readStatsLedger, recordStatsEvents, type StatsLedger } from './referralStats';
export {
  applyPulledReferrals,
  clearReferrals,
  countPendingReferralItems,
  hasDeviceKeys,
  type ListedDeviceKeys,
  type NetworkKeys,
  observeReferrals,
  pendingReferralItems,
  purgeReferrals,
  type ReferralItem,
  type ReferralOutboxEntry,
  readDeviceKeys,
  readListedKeys,
  readReferralCursor,
  readReferrals,
  readServiceOwner,
  type StoredReferral,
  type StoredStatusUpdate,
  settlePushed,
  storeDeviceKeys,
  storeListedKeys,
  storeOwnItem,
  storeSentReferral,
} from './referrals';
export {
  applyOutcomes,
  applyPulledPage,
  type Outcome,
  observeConflicts,
  observeSync,
  type PageApplied,
  type PulledPage,
  type PulledRecord,
  readCursor,
  readSyncCounts,
  readSyncStatus,
  resolveConflict,
  type Sender,
  type SyncCounts,
  takeBatch,
  wireSize,
  writeSyncStatus,
} from './replica';
export { type DirectoryRecords, loadSampleDirectory, readSampleMarker, type SampleMarker } from './sample';
export { DB_NAME, type StoredRecord } from './schema';
export {
  clearSavedSearchIndex,
  readSavedSearchIndex,
  type SearchIndexMark,
  writeSavedSearchIndex,
} from './searchIndex';
export {
  MEMBER_ROLES,
  type NetworkSetting,
  readSetting,
  type SettingKey,
  type StoredMembership,
  type SyncPreferences,
  type SyncProblem,
  type SyncStatus,
  writeSetting,
} from './settings';
export {
  clearUnlockFailures,
  forgetLockedData,
  observeVault,
  readSavedList,
  readUnlockFailures,
  readVault,
  recordUnlockFailure,
  removeVault,
  replaceVaultRecord,
  setVault,
  type UnlockFailures,
  writeSavedList,
} from './vault';
