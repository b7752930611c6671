import { describe, expect, it } from 'vitest';
import { mapHttpError } from '../../../electron/backend/portal/client/map-error';
import {
  isTransient,
  PORTAL_ERROR_CODES,
} from '../../../electron/backend/portal/client/portal-error';

const json = { operation: 'json', scope: 'dataset', what: 'POST /datasets/' } as const;
const upload = { operation: 'upload', scope: 'resource', what: 'POST /upload/' } as const;

describe('mapHttpError: status codes and error keys, never message text (udata-api.md §7)', () => {
  it.each([
    [401, { message: 'Invalid API Key' }, json, 'PORTAL_KEY_INVALID'],
    [401, { message: 'Неважећи кључ' }, json, 'PORTAL_KEY_INVALID'],
    [403, { message: 'whatever' }, json, 'PORTAL_NO_PERMISSION'],
    [
      400,
      { errors: { organization: ['Дозвола ја ову организацију је одбијена'] } },
      json,
      'PORTAL_NO_PERMISSION',
    ],
    [400, { errors: { tags: ['x'], title: ['y'] } }, json, 'PORTAL_FIELD_REJECTED'],
    [400, { errors: { 'Content-Type': 'expecting application/json' } }, json, 'PORTAL_UNEXPECTED'],
    [400, { message: 'Овај тип датотеке није дозвољен' }, upload, 'PORTAL_FILE_TYPE_NOT_ALLOWED'],
    [400, { success: false, error: 'Missing file parameter' }, upload, 'PORTAL_UNEXPECTED'],
    [415, { message: 'Incorrect file content type: HTML' }, upload, 'PORTAL_FILE_TYPE_NOT_ALLOWED'],
    [413, null, upload, 'PORTAL_TOO_LARGE'],
    [404, { message: 'x' }, json, 'PORTAL_NOT_FOUND'],
    [410, { message: 'x' }, json, 'PORTAL_GONE'],
    [423, { message: 'x' }, json, 'PORTAL_READ_ONLY'],
    [429, null, json, 'PORTAL_DOWN'],
    [502, null, json, 'PORTAL_DOWN'],
    [503, null, json, 'PORTAL_DOWN'],
    [504, null, json, 'PORTAL_DOWN'],
    [500, { message: 'Internal Server Error' }, json, 'PORTAL_SERVER_ERROR'],
    [418, null, json, 'PORTAL_UNEXPECTED'],
  ] as const)('%i %j → %s', (status, body, ctx, code) => {
    expect(mapHttpError(status, body, ctx).code).toBe(code);
  });

  it('names the refused metadata fields', () => {
    const error = mapHttpError(
      400,
      { errors: { temporal_coverage: ['a'], tags: ['b'], weird: ['c'] } },
      json,
    );
    expect(error.details.fields).toEqual(['temporalCoverage', 'tags', 'portal:weird']);
    expect(error.details.portalFields).toEqual(['temporal_coverage', 'tags', 'weird']);
    const resource = mapHttpError(400, { errors: { title: ['a'] } }, upload);
    expect(resource.details.fields).toEqual(['resourceTitle']);
  });

  it('only connection trouble is transient', () => {
    expect(PORTAL_ERROR_CODES.filter(isTransient)).toEqual(['PORTAL_DOWN', 'PORTAL_TIMEOUT']);
  });
});
