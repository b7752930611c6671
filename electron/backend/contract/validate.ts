/**
 * Request (and, in tests, response) validation against the contract's JSON Schemas. Every host
 * validates before a handler runs: a renderer compromised by a malicious file must not be able
 * to reach a handler with a payload its types do not allow.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import {
  CHANNELS,
  fail,
  jobPreviewSchema,
  type AppError,
  type JobPreview,
  type Channel,
  type RequestOf,
  type ResponseOf,
} from '../../../shared/contract';

const ajv = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true });

const requestValidators = new Map<Channel, ValidateFunction>();
const responseValidators = new Map<Channel, ValidateFunction>();

function validatorFor(
  cache: Map<Channel, ValidateFunction>,
  channel: Channel,
  kind: 'request' | 'response',
) {
  let validate = cache.get(channel);
  if (!validate) {
    validate = ajv.compile(CHANNELS[channel][kind]);
    cache.set(channel, validate);
  }
  return validate;
}

type Checked<T> = { ok: true; value: T } | { ok: false; error: AppError };

function describeErrors(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
    .join('; ');
}

export function validateRequest<C extends Channel>(
  channel: C,
  payload: unknown,
): Checked<RequestOf<C>> {
  const validate = validatorFor(requestValidators, channel, 'request');
  if (validate(payload)) return { ok: true, value: payload as RequestOf<C> };
  const result = fail(
    'INVALID_REQUEST',
    `Request for ${channel} does not match its schema: ${describeErrors(validate)}`,
  );
  return result as Checked<RequestOf<C>>;
}

export function validateResponse<C extends Channel>(
  channel: C,
  payload: unknown,
): Checked<ResponseOf<C>> {
  const validate = validatorFor(responseValidators, channel, 'response');
  if (validate(payload)) return { ok: true, value: payload as ResponseOf<C> };
  return fail(
    'INTERNAL',
    `Response of ${channel} does not match its schema: ${describeErrors(validate)}`,
  ) as Checked<ResponseOf<C>>;
}

let previewValidator: ValidateFunction | null = null;

/** The preview event is checked before it leaves the backend: bounded, closed, strings only. */
export function isValidJobPreview(payload: unknown): payload is JobPreview {
  previewValidator ??= ajv.compile(jobPreviewSchema);
  return previewValidator(payload);
}
