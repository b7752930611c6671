/**
 * The first rows of a file that is still being read (issue 3 §5): pushed once per open job as
 * the `app:job:preview` event, so the clerk sees the file's content long before a 500,000-row
 * workbook is fully read. Display text only, bounded in size, nothing typed yet.
 */

/** Rows, columns and characters per cell a preview carries at most. */
export const PREVIEW_MAX_ROWS = 30;
export const PREVIEW_MAX_COLUMNS = 40;
export const PREVIEW_MAX_CELL_CHARS = 120;

export interface JobPreview {
  readonly jobId: string;
  /** Source rows from the top of the sheet as the cells show them; '' for an empty cell. */
  readonly rows: readonly (readonly string[])[];
}

/** JSON Schema of the event payload (closed, bounded), checked before it is sent. */
export const jobPreviewSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['jobId', 'rows'],
  properties: {
    jobId: { type: 'string', minLength: 1, maxLength: 100 },
    rows: {
      type: 'array',
      maxItems: PREVIEW_MAX_ROWS,
      items: {
        type: 'array',
        maxItems: PREVIEW_MAX_COLUMNS,
        items: { type: 'string', maxLength: PREVIEW_MAX_CELL_CHARS },
      },
    },
  },
} as const;
