/**
 * How the file was read (issue 3): encoding and delimiter of text files, the sheet, the header
 * row, the title rows above it, the rows left out (totals, notes, by hand), hidden rows and
 * columns, and column warnings. Every decision can be corrected; "Read again" re-reads the file
 * with the clerk's choices, which the backend saves as the publication's source binding.
 * Meaning is always in words (reason tags, "Warning" headings), never in colour alone.
 */
import { useId, useMemo } from 'react';
import {
  DELIMITERS,
  MAX_HEADER_ROWS,
  TEXT_ENCODINGS,
  type Delimiter,
  type ReadOptions,
  type WorkbookSummary,
} from '../../../shared/contract';
import { useI18n } from '../i18n';
import { AlertIcon, EyeOffIcon } from './Icons';
import { useFocusOnMount } from './use-focus-on-mount';
import { useDraftState } from './use-draft-state';

const DELIMITER_KEYS = {
  ';': 'import.delimiter.semicolon',
  ',': 'import.delimiter.comma',
  '\t': 'import.delimiter.tab',
  '|': 'import.delimiter.pipe',
} as const satisfies Record<Delimiter, string>;

/** `A`, `B`, … `AA` for a 0-based column. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** `12, 15` (1-based, as the clerk sees rows) → 0-based rows; null when not a list of numbers. */
export function parseRowList(text: string): number[] | null {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const parts = trimmed.split(/[\s,;]+/).filter((p) => p !== '');
  const rows: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,7}$/.test(part) || Number(part) < 1) return null;
    rows.push(Number(part) - 1);
  }
  return rows;
}

export function ImportPanel({
  workbook,
  busy,
  saved,
  onReread,
  focus = false,
}: {
  readonly workbook: WorkbookSummary;
  readonly busy: boolean;
  /** After a re-read the panel is new: keyboard focus goes to its heading, not to the page. */
  readonly focus?: boolean;
  /** The last re-read saved the choices as the publication's binding. */
  readonly saved: boolean;
  readonly onReread: (options: ReadOptions) => void;
}) {
  const { t, tp } = useI18n();
  const report = workbook.report;
  const headingId = useId();
  const headingRef = useFocusOnMount<HTMLHeadingElement>(focus);
  const ids = {
    sheet: useId(),
    enc: useId(),
    delim: useId(),
    row: useId(),
    count: useId(),
    extra: useId(),
  };
  const initial = report?.options ?? {};
  // Drafts of the corrections live as long as this report: unapplied edits survive a step change.
  const [sheetName, setSheetName] = useDraftState(
    report,
    'sheetName',
    initial.sheetName ?? workbook.sheets[workbook.sheetIndex]?.name ?? '',
  );
  const [encoding, setEncoding] = useDraftState(
    report,
    'encoding',
    report?.text?.encoding ?? 'utf-8',
  );
  const [delimiter, setDelimiter] = useDraftState<string>(
    report,
    'delimiter',
    report?.text?.delimiter ?? '',
  );
  const [headerRow, setHeaderRow] = useDraftState(
    report,
    'headerRow',
    String((report?.headerRow ?? 0) + 1),
  );
  const [headerRowCount, setHeaderRowCount] = useDraftState(
    report,
    'headerRowCount',
    String(report?.headerRowCount ?? 1),
  );
  const detectedOut = useMemo(
    () => new Set((report?.excludedRows ?? []).map((r) => r.row)),
    [report],
  );
  const [keptOut, setKeptOut] = useDraftState<ReadonlySet<number>>(report, 'keptOut', detectedOut);
  const [extra, setExtra] = useDraftState(report, 'extra', '');
  const extraRows = parseRowList(extra);

  if (report === undefined) return null;
  const isText = report.text !== undefined;
  const columnName = (key: string): string =>
    workbook.columns.find((c) => c.key === key)?.name ?? key;

  const choices = (): ReadOptions => {
    const excluded = new Set<number>(initial.excludedRows ?? []);
    const included = new Set<number>(initial.includedRows ?? []);
    for (const row of report.excludedRows) {
      if (keptOut.has(row.row)) {
        included.delete(row.row);
        if (row.reason === 'manual') excluded.add(row.row);
      } else {
        excluded.delete(row.row);
        if (row.reason !== 'manual') included.add(row.row);
      }
    }
    for (const row of extraRows ?? []) excluded.add(row);
    const headerNumber = Number(headerRow);
    const options: ReadOptions = {
      ...(isText
        ? {
            encoding: encoding as NonNullable<ReadOptions['encoding']>,
            ...(delimiter === '' ? {} : { delimiter: delimiter as Delimiter }),
          }
        : sheetName === ''
          ? {}
          : { sheetName }),
      ...(Number.isInteger(headerNumber) && headerNumber >= 1
        ? { headerRow: headerNumber - 1, headerRowCount: Number(headerRowCount) }
        : {}),
      ...(excluded.size > 0 ? { excludedRows: [...excluded].sort((a, b) => a - b) } : {}),
      ...(included.size > 0 ? { includedRows: [...included].sort((a, b) => a - b) } : {}),
    };
    return options;
  };

  const excludeHidden = (): void => {
    const current = parseRowList(extra) ?? [];
    const all = new Set([...current, ...report.hiddenRows]);
    setExtra(
      [...all]
        .sort((a, b) => a - b)
        .map((r) => r + 1)
        .join(', '),
    );
  };

  const hiddenColumnNames = report.warnings
    .filter((w) => w.code === 'hidden')
    .map((w) => columnName(w.columnKey));
  const columnWarnings = report.warnings.filter((w) => w.code !== 'hidden');

  return (
    <section className="import-panel" aria-labelledby={headingId} data-testid="import-panel">
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="small-title">
        {t('import.title')}
      </h2>
      <p className="import-intro">{t('import.intro')}</p>

      {(report.hiddenRowCount > 0 || hiddenColumnNames.length > 0) && (
        <div className="import-alert" role="note" data-testid="import-hidden">
          <h3 className="import-subtitle">
            <EyeOffIcon className="inline-icon" />
            {t('import.hiddenTitle')}
          </h3>
          {report.hiddenRowCount > 0 && (
            <p>
              {tp('import.hiddenRows', report.hiddenRowCount, {
                rows: report.hiddenRows.map((r) => r + 1).join(', '),
              })}{' '}
              <button type="button" className="button button--secondary" onClick={excludeHidden}>
                {t('import.excludeHidden')}
              </button>
            </p>
          )}
          {hiddenColumnNames.length > 0 && (
            <p>
              {t('import.hiddenColumns', {
                columns: report.hiddenColumns
                  .map((c, i) => `${columnLetter(c)} (${hiddenColumnNames[i] ?? ''})`)
                  .join(', '),
              })}
            </p>
          )}
        </div>
      )}

      {columnWarnings.length > 0 && (
        <div className="import-alert" role="note" data-testid="import-warnings">
          <h3 className="import-subtitle">
            <AlertIcon className="inline-icon" />
            {t('import.warningsTitle')}
          </h3>
          <ul>
            {columnWarnings.map((w) => (
              <li key={`${w.columnKey}-${w.code}`}>
                {t(`import.warning.${w.code}`, { column: columnName(w.columnKey), count: w.count })}
              </li>
            ))}
          </ul>
        </div>
      )}

      <form
        className="import-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (extraRows !== null && !busy) onReread(choices());
        }}
      >
        <div className="import-fields">
          {!isText && workbook.sheets.length > 1 && (
            <div className="field">
              <label htmlFor={ids.sheet}>{t('import.sheet')}</label>
              <select
                id={ids.sheet}
                value={sheetName}
                onChange={(e) => setSheetName(e.target.value)}
                data-testid="import-sheet"
              >
                {workbook.sheets.map((sheet) => (
                  <option key={sheet.name} value={sheet.name}>
                    {sheet.hidden ? t('import.sheetHidden', { name: sheet.name }) : sheet.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          {report.text !== undefined && (
            <>
              <div className="field">
                <label htmlFor={ids.enc}>{t('import.encoding')}</label>
                <select
                  id={ids.enc}
                  value={encoding}
                  onChange={(e) => setEncoding(e.target.value as typeof encoding)}
                  data-testid="import-encoding"
                  aria-describedby={`${ids.enc}-hint`}
                >
                  {TEXT_ENCODINGS.map((enc) => (
                    <option key={enc} value={enc}>
                      {t(`import.enc.${enc}`)}
                    </option>
                  ))}
                </select>
                <span id={`${ids.enc}-hint`} className="field-hint">
                  {t('import.confidence', {
                    percent: `${Math.round(report.text.confidence * 100)}\u00a0%`,
                  })}
                </span>
              </div>
              <div className="field">
                <label htmlFor={ids.delim}>{t('import.delimiter')}</label>
                <select
                  id={ids.delim}
                  value={delimiter}
                  onChange={(e) => setDelimiter(e.target.value)}
                  data-testid="import-delimiter"
                >
                  <option value="">{t('import.delimiter.none')}</option>
                  {DELIMITERS.map((d) => (
                    <option key={d} value={d}>
                      {t(DELIMITER_KEYS[d])}
                    </option>
                  ))}
                </select>
              </div>
            </>
          )}
          <div className="field">
            <label htmlFor={ids.row}>{t('import.headerRow')}</label>
            <input
              id={ids.row}
              type="number"
              min={1}
              inputMode="numeric"
              value={headerRow}
              onChange={(e) => setHeaderRow(e.target.value)}
              data-testid="import-header-row"
            />
          </div>
          <div className="field">
            <label htmlFor={ids.count}>{t('import.headerRowCount')}</label>
            <select
              id={ids.count}
              value={headerRowCount}
              onChange={(e) => setHeaderRowCount(e.target.value)}
              data-testid="import-header-count"
            >
              {Array.from({ length: MAX_HEADER_ROWS }, (_, i) => (
                <option key={i} value={String(i + 1)}>
                  {i + 1}
                </option>
              ))}
            </select>
          </div>
        </div>

        {report.titleRows.length > 0 && (
          <div className="import-rows">
            <h3 className="import-subtitle">{t('import.titleRows')}</h3>
            <ul data-testid="import-title-rows">
              {report.titleRows.map((row) => (
                <li key={row.row}>
                  <span className="row-label">{t('import.rowLabel', { row: row.row + 1 })}</span>{' '}
                  <span className="row-preview">{row.preview}</span>
                </li>
              ))}
            </ul>
          </div>
        )}

        <fieldset className="import-rows">
          <legend className="import-subtitle">{t('import.excludedRows')}</legend>
          {report.excludedRows.length === 0 ? (
            <p>{t('import.excludedNone')}</p>
          ) : (
            <ul data-testid="import-excluded-rows">
              {report.excludedRows.map((row) => (
                <li key={row.row} className="excluded-row">
                  <label>
                    <input
                      type="checkbox"
                      checked={keptOut.has(row.row)}
                      aria-label={t('import.keepOut', { row: row.row + 1 })}
                      onChange={(e) => {
                        const next = new Set(keptOut);
                        if (e.target.checked) next.add(row.row);
                        else next.delete(row.row);
                        setKeptOut(next);
                      }}
                    />{' '}
                    <span className="row-label">{t('import.rowLabel', { row: row.row + 1 })}</span>{' '}
                    <span className={`tag tag--${row.reason}`}>
                      {t(`import.reason.${row.reason}`)}
                    </span>{' '}
                    <span className="row-preview">{row.preview}</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
          {report.excludedRowCount > report.excludedRows.length && (
            <p>{tp('import.excludedMore', report.excludedRowCount - report.excludedRows.length)}</p>
          )}
          <div className="field">
            <label htmlFor={ids.extra}>{t('import.extraRows')}</label>
            <input
              id={ids.extra}
              type="text"
              value={extra}
              onChange={(e) => setExtra(e.target.value)}
              aria-invalid={extraRows === null}
              aria-describedby={extraRows === null ? `${ids.extra}-error` : undefined}
              data-testid="import-extra-rows"
            />
            {extraRows === null && (
              <span id={`${ids.extra}-error`} className="field-error">
                {t('import.extraRowsInvalid')}
              </span>
            )}
          </div>
        </fieldset>

        {(report.emptyRowsDropped > 0 || report.emptyColumnsDropped > 0) && (
          <p className="field-hint">
            {t('import.dropped', {
              rows: report.emptyRowsDropped,
              columns: report.emptyColumnsDropped,
            })}
          </p>
        )}
        {report.mergedRanges > 0 && (
          <p className="field-hint">{t('import.merged', { count: report.mergedRanges })}</p>
        )}

        <div className="import-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={busy || extraRows === null}
            data-testid="import-apply"
          >
            {t('import.apply')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => onReread({})}
          >
            {t('import.reset')}
          </button>
          <span role="status" className="field-hint" data-testid="import-status">
            {busy ? t('import.reading') : saved ? t('import.saved') : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
