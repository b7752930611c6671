/** The app itself: identity and clerk-level settings. */
import type { JSONSchemaType, SchemaObject } from 'ajv';
import type { AppInfo, Locale, Settings } from '../models';
import { LOCALES } from '../models';
import { emptyRequest, type ChannelSchemas, type Empty } from './common';

export interface AppChannelTypes {
  'app:app:info': { request: Empty; response: AppInfo };
  'app:settings:get': { request: Empty; response: Settings };
  'app:settings:set': { request: { locale: Locale }; response: Settings };
}

const localeSchema = { type: 'string', enum: [...LOCALES] } as const;
const settingsSchema: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['locale'],
  properties: { locale: localeSchema },
};

const settingsSetRequest: JSONSchemaType<{ locale: Locale }> = {
  type: 'object',
  additionalProperties: false,
  required: ['locale'],
  properties: { locale: { type: 'string', enum: [...LOCALES] } },
};

export const APP_CHANNELS: { readonly [C in keyof AppChannelTypes]: ChannelSchemas } = {
  'app:app:info': {
    doc: 'Name, version and host of the running app, and where its data lives.',
    request: emptyRequest,
    response: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'version', 'host', 'dataDir'],
      properties: {
        name: { type: 'string' },
        version: { type: 'string' },
        host: { type: 'string', enum: ['electron', 'web', 'test', 'cli'] },
        dataDir: { type: 'string' },
        buildDate: { type: 'string' },
      },
    },
  },
  'app:settings:get': {
    doc: 'The clerk-level settings stored in the local database.',
    request: emptyRequest,
    response: settingsSchema,
  },
  'app:settings:set': {
    doc: 'Change settings; returns the settings now in force.',
    request: settingsSetRequest,
    response: settingsSchema,
  },
};
