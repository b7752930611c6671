/**
 * The recipe feature as the composition root wires it: repository, runner (worker for large
 * tables), service and handlers. The worker bundle is used only when it exists (a unit test run
 * from sources has none; small and large tables then both run inline).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseRecipe, type Recipe } from '../../../shared/recipe';
import type { AuditLog } from '../db/audit-log';
import type { Db } from '../db/database';
import { RecipesRepo } from '../db/recipes-repo';
import type { JobRegistry } from '../jobs';
import type { FilePort } from '../ports';
import type { SecretStore } from '../secrets/secret-store';
import type { WorkbookStore } from '../workbook/workbook-store';
import { createRecipeCheck } from './recipe-check';
import { recipeHandlers } from './recipe-handlers';
import { createRecipeRunner } from './recipe-runner';
import { RecipeService } from './recipe-service';

export interface RecipeModuleDeps {
  readonly db: Db;
  readonly store: WorkbookStore;
  readonly jobs: JobRegistry;
  readonly secrets: SecretStore;
  readonly audit: AuditLog;
  readonly files: FilePort;
  /** dist/node/recipe-worker.mjs; defaults to next to the running bundle. */
  readonly workerFile?: string | URL;
}

function defaultWorkerFile(): string | undefined {
  // In a CommonJS bundle import.meta.url is empty: the Electron main passes the path instead.
  if (!import.meta.url) return undefined;
  return fileURLToPath(new URL('./recipe-worker.mjs', import.meta.url));
}

function usableWorker(file: string | URL | undefined): string | URL | undefined {
  if (file === undefined) return undefined;
  return existsSync(file) ? file : undefined;
}

export function recipeModule(deps: RecipeModuleDeps) {
  const check = createRecipeCheck();
  const parse = (value: unknown): Recipe | null => {
    const parsed = parseRecipe(value, check);
    return parsed.ok ? parsed.recipe : null;
  };
  const service = new RecipeService({
    store: deps.store,
    repo: new RecipesRepo(deps.db, parse),
    jobs: deps.jobs,
    secrets: deps.secrets,
    runner: createRecipeRunner(usableWorker(deps.workerFile ?? defaultWorkerFile())),
    check,
    audit: deps.audit,
  });
  return { service, handlers: recipeHandlers(service, deps.files, deps.store) };
}
