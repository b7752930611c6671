/** The personal-data detector (issue 5): pure functions and typed verdicts, no Node, no I/O. */
export { scanTable, scanColumn } from './scan-table';
export { CellClassifier, type CellResult, type CellClassifierOptions } from './classify-cell';
export { buildVerdict, type ColumnCounts, type KindCount } from './column-verdict';
export {
  createTextScanner,
  scanText,
  resolveOverlaps,
  type TextScanner,
  type TextScannerOptions,
} from './scan-text';
export { headerCues } from './header-cues';
export { foldKey, foldKeyDj } from './fold-key';
export {
  isValidJmbg,
  recoverJmbgLeadingZero,
  jmbgFromNumber,
  jmbgControlDigit,
  jmbgYear,
} from './jmbg';
export { isValidPib } from './pib';
export { isValidMb } from './mb';
export { normalizeAccount, isValidAccount18, isPublicAccount } from './bank-account';
export { accountFromIban } from './iban';
export { PhoneClassifier, phoneNsn, type PhoneKind } from './phone';
export { EmailClassifier, canonicalEmail, type EmailKind } from './email';
export { findPlates } from './plate';
export { isDateText, findBirthDates } from './birth-date';
export { isPostalCode, isPancevoAreaPostalCode } from './postal-code';
export { isPersonNameCell, findNamesInText } from './names';
export { isAddressCell, findAddresses } from './address';
export { KIND_ROLE, isPersonalKind } from './kinds';
export * from './types';
export {
  evaluateGate,
  blockingKinds,
  isBlockingKind,
  type Justification,
  type GateFinding,
  type GateEvaluation,
} from './gate';
export {
  buildReport,
  reportSummaryLine,
  type AnonymizationReport,
  type RiskSummary,
  type ScannedTable,
} from './report';
export {
  suggestPlan,
  stepsFor,
  planSteps,
  PLAN_ACTIONS,
  type PlanAction,
  type PlanItem,
  type StepDraft,
} from './plan';
export {
  assessRisk,
  suggestQuasiIdentifiers,
  DEFAULT_TARGET_K,
  type RiskResult,
  type RiskStep,
  type RiskSuggestion,
} from './k-anonymity';
export { processingNote } from './processing-note';
