/** The recipe engine's public surface (issue 4): pure, runs in the worker, the backend and tests. */
export * from './types';
export { OPS, OP_NAMES } from './registry';
export {
  applyRecipe,
  RecipeCancelled,
  applyStep,
  type ApplyOptions,
  type RecipeProgress,
  type RecipeRun,
} from './apply-recipe';
export { previewStep, type StepPreview } from './preview-step';
export {
  validateRecipe,
  parseRecipe,
  type RecipeIssue,
  type SchemaCheck,
  type SchemaError,
} from './validate-recipe';
export { createSchemaCheck, type SchemaCompiler } from './schema-check';
export {
  exportRecipe,
  importRecipe,
  migrateRecipe,
  valueParamsOf,
  MIGRATIONS,
  RECIPE_FILE_KIND,
  type Migration,
} from './recipe-file';
export { computeRowKeys, rowKeyAt } from './row-key';
export { clusterValues, type Cluster, type ClusterValue } from './cluster-values';
export { fingerprint, foldText } from './fingerprint';
export { profileColumn, type ColumnProfile, type ProfileOptions } from './profile-column';
export {
  planReplay,
  remapRecipe,
  sourceColumns,
  nameSimilarity,
  type ReplayPlan,
  type RenameCandidate,
  type ColumnRef,
} from './replay-plan';
export { summarizeChange, type ChangeSummary, type SummaryOptions } from './summarize-change';
export { suggestMachineName, suggestMachineNames, asciiFold } from './machine-name';
export { makeStep, type OpName, type OpParamsMap } from './op-params';
export * from './recipe-edits';
export { FILTER_CONDITIONS, type FilterCondition } from './ops/filter-rows';
export { RECIPE_ENVELOPE_SCHEMA } from './recipe-schema';
