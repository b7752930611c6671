/**
 * The portal package's public surface (architecture.md §7): the training portal, the uData
 * client, and publishing with its journal and register. Hosts and handlers import from here.
 */
export type { PortalProfile } from './common/profile';
export { PORTAL_PROFILES } from './common/profile';
export {
  startTrainingPortal,
  type TrainingPortal,
  type TrainingPortalOptions,
} from './training-portal/training-portal';
export type { FaultRule, FaultAction } from './training-portal/faults';
export { DEFAULT_SEED, type PortalSeed } from './training-portal/seed';
export {
  UdataClient,
  type UdataClientOptions,
  type UploadRequest,
  type UploadProgress,
} from './client/udata-client';
export { PortalError, PORTAL_ERROR_CODES, type PortalErrorCode } from './client/portal-error';
export { DATASET_FIELD_TO_METADATA, RESOURCE_FIELD_TO_METADATA } from './client/field-map';
export type {
  DatasetPayload,
  PortalDataset,
  PortalMe,
  PortalOrganization,
  PortalResource,
  ReferenceLists,
} from './client/portal-types';
export { asciiFileName, sha1OfFile } from './client/files';
export {
  Publisher,
  type PublishRequest,
  type PublishOutcome,
  type PublishSuccess,
  type PublishFailure,
  type PublishErrorCode,
  type PublisherDeps,
  type PublishProgress,
} from './publish/publisher';
export {
  PublishJournalRepo,
  type RegisterEntry,
  type RegisterQuery,
  type ResourcePolicy,
} from './publish/publish-journal-repo';
export { registerToCsv, REGISTER_COLUMNS, type RegisterCsvOptions } from './publish/register-csv';
export { nextDueDate } from './publish/next-due-date';
