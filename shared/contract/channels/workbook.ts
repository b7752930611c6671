/** Opening, paging, exporting and closing workbooks; recent files. */
import type { SchemaObject } from 'ajv';
import type {
  FileRef,
  OpenSource,
  RecentFile,
  RowWindow,
  SaveOutcome,
  WorkbookSummary,
} from '../models';
import { WORKBOOK_FORMATS } from '../models';
import { COLUMN_TYPES } from '../../table/types';
import { importReportSchema, readOptionsSchema, type ReadOptions } from '../read-options';
import { emptyRequest, idString, type ChannelSchemas, type Empty } from './common';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Largest window of rows one request may ask for: the grid pages, it never pulls a whole table. */
export const MAX_ROW_WINDOW = 1000;

export interface WorkbookChannelTypes {
  'app:files:pick': { request: Empty; response: { file: FileRef | null } };
  'app:workbook:open': {
    request: {
      source: OpenSource;
      jobId: string;
      /** The clerk's reading choices; absent: the publication's source binding, else detection. */
      options?: ReadOptions;
      /** The publication the file is opened for: its source binding applies. */
      publicationId?: string;
    };
    response: WorkbookSummary;
  };
  'app:workbook:reread': {
    request: {
      workbookId: string;
      jobId: string;
      options: ReadOptions;
      /** When given, the options are saved as this publication's source binding. */
      publicationId?: string;
    };
    response: WorkbookSummary;
  };
  'app:workbook:cancel': { request: { jobId: string }; response: { cancelled: boolean } };
  'app:workbook:rows': {
    request: { workbookId: string; offset: number; limit: number };
    response: RowWindow;
  };
  'app:workbook:export': {
    request: {
      workbookId: string;
      /** CSV only: the UTF-8 byte order mark Excel on Windows needs. */
      bom: boolean;
      /** Defaults to csv. */
      format?: ExportFormat;
      /** CSV only, on by default: text cells a spreadsheet would run as formulas get a `'`. */
      formulaGuard?: boolean;
    };
    response: SaveOutcome;
  };
  'app:workbook:close': { request: { workbookId: string }; response: { closed: boolean } };
  'app:recent:list': { request: Empty; response: { items: RecentFile[] } };
}

const openSourceSchema: SchemaObject = {
  oneOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'fileRef'],
      properties: { kind: { const: 'file' }, fileRef: idString },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'recentId'],
      properties: { kind: { const: 'recent' }, recentId: { type: 'integer', minimum: 1 } },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['kind'],
      properties: { kind: { const: 'sample' } },
    },
  ],
};

const fileRefSchema: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'size'],
  properties: { id: idString, name: { type: 'string' }, size: { type: 'integer', minimum: 0 } },
};

const cellSchema: SchemaObject = { type: ['string', 'number', 'boolean', 'null'] };

export const workbookSummarySchema: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['workbookId', 'fileName', 'format', 'sheets', 'sheetIndex', 'columns', 'rowCount'],
  properties: {
    workbookId: idString,
    fileName: { type: 'string' },
    format: { type: 'string', enum: [...WORKBOOK_FORMATS] },
    sheets: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'hidden'],
        properties: { name: { type: 'string' }, hidden: { type: 'boolean' } },
      },
    },
    sheetIndex: { type: 'integer', minimum: 0 },
    columns: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'name', 'type'],
        properties: {
          key: { type: 'string' },
          name: { type: 'string' },
          type: { type: 'string', enum: [...COLUMN_TYPES] },
        },
      },
    },
    rowCount: { type: 'integer', minimum: 0 },
    report: importReportSchema,
  },
};

/** Where an exported file went: saved (Electron), a one-time download (web host), or cancelled. */
export const saveOutcomeSchema: SchemaObject = {
  oneOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'fileName', 'bytes'],
      properties: {
        kind: { const: 'saved' },
        fileName: { type: 'string' },
        bytes: { type: 'integer', minimum: 0 },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'fileName', 'bytes', 'url'],
      properties: {
        kind: { const: 'download' },
        fileName: { type: 'string' },
        bytes: { type: 'integer', minimum: 0 },
        url: { type: 'string' },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['kind'],
      properties: { kind: { const: 'cancelled' } },
    },
  ],
};

export const WORKBOOK_CHANNELS: { readonly [C in keyof WorkbookChannelTypes]: ChannelSchemas } = {
  'app:files:pick': {
    doc: 'Show the native open dialog (Electron only; the web host uploads instead).',
    request: emptyRequest,
    response: {
      type: 'object',
      additionalProperties: false,
      required: ['file'],
      properties: { file: { anyOf: [fileRefSchema, { type: 'null' }] } },
    },
  },
  'app:workbook:open': {
    doc: 'Read a workbook in a worker (progress events under jobId) and keep its first sheet as a table.',
    request: {
      type: 'object',
      additionalProperties: false,
      required: ['source', 'jobId'],
      properties: {
        source: openSourceSchema,
        jobId: idString,
        options: readOptionsSchema,
        publicationId: idString,
      },
    },
    response: workbookSummarySchema,
  },
  'app:workbook:reread': {
    doc: 'Read the open workbook’s file again with the clerk’s choices (encoding, delimiter, sheet, header, rows); a new workbookId replaces the old; with publicationId the choices become its source binding.',
    request: {
      type: 'object',
      additionalProperties: false,
      required: ['workbookId', 'jobId', 'options'],
      properties: {
        workbookId: idString,
        jobId: idString,
        options: readOptionsSchema,
        publicationId: idString,
      },
    },
    response: workbookSummarySchema,
  },
  'app:workbook:cancel': {
    doc: 'Cancel a running open job; the worker is terminated.',
    request: {
      type: 'object',
      additionalProperties: false,
      required: ['jobId'],
      properties: { jobId: idString },
    },
    response: {
      type: 'object',
      additionalProperties: false,
      required: ['cancelled'],
      properties: { cancelled: { type: 'boolean' } },
    },
  },
  'app:workbook:rows': {
    doc: `A window of at most ${MAX_ROW_WINDOW} rows for the virtualized grid.`,
    request: {
      type: 'object',
      additionalProperties: false,
      required: ['workbookId', 'offset', 'limit'],
      properties: {
        workbookId: idString,
        offset: { type: 'integer', minimum: 0 },
        limit: { type: 'integer', minimum: 1, maximum: MAX_ROW_WINDOW },
      },
    },
    response: {
      type: 'object',
      additionalProperties: false,
      required: ['offset', 'rows'],
      properties: {
        offset: { type: 'integer', minimum: 0 },
        rows: { type: 'array', items: { type: 'array', items: cellSchema } },
      },
    },
  },
  'app:workbook:export': {
    doc: 'Write the current (cleaned) table as CSV (UTF-8, RFC 4180, formula guard), XLSX or JSON through the host: save dialog or download.',
    request: {
      type: 'object',
      additionalProperties: false,
      required: ['workbookId', 'bom'],
      properties: {
        workbookId: idString,
        bom: { type: 'boolean' },
        format: { type: 'string', enum: [...EXPORT_FORMATS] },
        formulaGuard: { type: 'boolean' },
      },
    },
    response: saveOutcomeSchema,
  },
  'app:workbook:close': {
    doc: 'Forget a workbook held in memory.',
    request: {
      type: 'object',
      additionalProperties: false,
      required: ['workbookId'],
      properties: { workbookId: idString },
    },
    response: {
      type: 'object',
      additionalProperties: false,
      required: ['closed'],
      properties: { closed: { type: 'boolean' } },
    },
  },
  'app:recent:list': {
    doc: 'Recently opened files, newest first.',
    request: emptyRequest,
    response: {
      type: 'object',
      additionalProperties: false,
      required: ['items'],
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'fileName', 'format', 'rowCount', 'openedAt', 'available'],
            properties: {
              id: { type: 'integer', minimum: 1 },
              fileName: { type: 'string' },
              format: { type: 'string', enum: [...WORKBOOK_FORMATS] },
              rowCount: { type: 'integer', minimum: 0 },
              openedAt: { type: 'string' },
              available: { type: 'boolean' },
            },
          },
        },
      },
    },
  },
};
