/**
 * `otvori inspect FILE [--sheet NAME|INDEX]`: how Otvori reads the file (format, encoding and
 * delimiter, sheets, header row, rows left out, hidden data) and what it holds (columns with type
 * and personal data found, row count). Row and sheet numbers are 1-based, as a spreadsheet shows
 * them. No cell value is printed: not even the previews of left-out rows.
 */
import { CliFailure } from '../cli-failure';
import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { openTable, unexpected } from '../open-table';
import { columnFindings, kindsText } from '../privacy-findings';
import { optionalString, requiredFile, sheetOption } from './common';

export const inspectCommand: Command = {
  name: 'inspect',
  options: sheetOption,
  positionals: 1,
  async run(context) {
    const { t } = context;
    const file = requiredFile(context, 'inspect');
    const session = await context.session();
    const { summary, fileName } = await openTable(
      session,
      context.io.cwd,
      file,
      optionalString(context, 'sheet'),
    );
    const scan = await session.api.invoke('app:privacy:scan', { workbookId: summary.workbookId });
    if (!scan.ok) throw unexpected(scan.error);
    const report = summary.report;
    if (report === undefined) {
      throw new CliFailure(EXIT.input, 'INTERNAL', 'internal.unexpected', { code: 'NO_REPORT' });
    }
    const sheet = summary.sheets[summary.sheetIndex];
    const columns = summary.columns.map((column, index) => {
      const found = scan.value.columns.find((c) => c.index === index);
      return {
        index: index + 1,
        name: column.name,
        type: column.type,
        ...(found === undefined
          ? { personal: false, confidence: null, nonEmpty: 0, kinds: [] }
          : columnFindings(found)),
      };
    });
    const result = {
      file: fileName,
      format: summary.format,
      encoding: report.text?.encoding ?? null,
      delimiter: report.text?.delimiter ?? null,
      sheets: summary.sheets.map((s, i) => ({ index: i + 1, name: s.name, hidden: s.hidden })),
      sheet: { index: summary.sheetIndex + 1, name: sheet?.name ?? '' },
      headerRow: report.headerRow + 1,
      headerRowCount: report.headerRowCount,
      titleRows: report.titleRows.map((r) => r.row + 1),
      excludedRows: report.excludedRows.map((r) => ({ row: r.row + 1, reason: r.reason })),
      excludedRowCount: report.excludedRowCount,
      hiddenRows: report.hiddenRows.map((r) => r + 1),
      hiddenRowCount: report.hiddenRowCount,
      hiddenColumns: report.hiddenColumns.map((c) => c + 1),
      warnings: report.warnings.map((w) => ({
        column: summary.columns.find((c) => c.key === w.columnKey)?.name ?? w.columnKey,
        code: w.code,
        count: w.count,
      })),
      rowCount: summary.rowCount,
      columns,
      personalColumns: scan.value.summary.personalColumns,
    };
    const lines = [
      t('report.file', { file: fileName, format: summary.format }),
      ...(report.text === undefined
        ? []
        : [
            t('report.text', {
              encoding: report.text.encoding,
              delimiter: JSON.stringify(report.text.delimiter ?? ''),
            }),
          ]),
      t('report.sheet', { sheet: sheet?.name ?? '', count: summary.sheets.length }),
      t('report.header', { row: report.headerRow + 1, rows: report.headerRowCount }),
      t('report.excluded', { count: report.excludedRowCount }),
      t('report.hidden', { rows: report.hiddenRowCount, columns: report.hiddenColumns.length }),
      t('report.rows', { rows: summary.rowCount, columns: summary.columns.length }),
      ...summary.columns.map((column, index) => {
        const found = scan.value.columns.find((c) => c.index === index);
        const privacy =
          found?.personal === true
            ? t('report.personal', { kinds: kindsText(found), confidence: found.confidence ?? '' })
            : '';
        return t('report.column', {
          index: index + 1,
          name: column.name,
          type: column.type,
          privacy,
        });
      }),
    ];
    context.print(result, lines);
    return EXIT.ok;
  },
};
