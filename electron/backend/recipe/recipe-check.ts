/**
 * The backend's SchemaCheck for recipes (shared/recipe validate-recipe.ts): ajv compiles each op's
 * params schema once. Lives in the backend because ajv generates code, which the renderer's CSP
 * refuses.
 */
import { Ajv } from 'ajv';
import { createSchemaCheck, type SchemaCheck } from '../../../shared/recipe';

export function createRecipeCheck(): SchemaCheck {
  return createSchemaCheck(new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }));
}
