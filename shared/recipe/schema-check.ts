/**
 * The SchemaCheck port over an ajv instance the host owns (the backend or a test): compiled once
 * per schema object. Only ajv's types are imported here; shared/ ships no ajv runtime.
 */
import type { SchemaCheck, SchemaError } from './validate-recipe';

/** The part of Ajv we call. */
export interface SchemaCompiler {
  compile(
    schema: object,
  ): ((data: unknown) => boolean) & { errors?: readonly SchemaError[] | null | undefined };
}

export function createSchemaCheck(compiler: SchemaCompiler): SchemaCheck {
  const compiled = new WeakMap<object, ReturnType<SchemaCompiler['compile']>>();
  return (schema, data) => {
    let validate = compiled.get(schema);
    if (validate === undefined) {
      validate = compiler.compile(schema);
      compiled.set(schema, validate);
    }
    return validate(data) ? [] : (validate.errors ?? []);
  };
}
