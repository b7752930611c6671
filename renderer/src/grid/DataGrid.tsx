/**
 * A virtualized, keyboard-operable data grid (WAI-ARIA grid pattern). Only the rows in view (plus
 * a few) are in the DOM; rows come from the backend in pages through RowStore. Fixed row height,
 * so positions are arithmetic. Columns are not virtualized: tables for open data have tens of
 * columns, not thousands.
 */
import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { KeyboardEvent } from 'react';
import type { AppError, ColumnSummary } from '../../../shared/contract';
import { api } from '../api';
import { useI18n } from '../i18n';
import { formatCell } from './cell-format';
import {
  columnLayout,
  rowTop,
  scrollLeftToReveal,
  scrollTopToReveal,
  verticalMetrics,
  visibleRows,
} from './geometry';
import { moveActiveCell } from './grid-keys';
import type { CellPosition } from './grid-keys';
import { RowStore } from './row-store';

const ROW_HEIGHT_REM = 2.25;
const HEADER_HEIGHT_REM = 3.75;
/** Long texts get a tooltip with the whole value (the cell shows an ellipsis). */
const TITLE_MIN_LENGTH = 24;

function readRemPx(): number {
  const px = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(px) && px > 0 ? px : 16;
}

export interface DataGridProps {
  /** The grid belongs to one workbook: give it `key={workbookId}`. */
  readonly workbookId: string;
  readonly columns: readonly ColumnSummary[];
  readonly rowCount: number;
  /** id of the element naming the grid (the file name heading). */
  readonly labelledBy: string;
  readonly onError: (error: AppError) => void;
}

export function DataGrid({ workbookId, columns, rowCount, labelledBy, onError }: DataGridProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const baseId = useId();
  const helpId = `${baseId}-help`;
  const cellId = (row: number, col: number) => `${baseId}-r${row}-c${col}`;

  // Sizes follow the clerk's default font size (rem), measured once.
  const [remPx] = useState(readRemPx);
  const rowHeight = Math.round(ROW_HEIGHT_REM * remPx);
  const headerHeight = Math.round(HEADER_HEIGHT_REM * remPx);
  const layout = useMemo(
    () =>
      columnLayout(
        columns.map((c) => ({ name: c.name, type: c.type, badge: t(`type.${c.type}`) })),
        rowCount,
        remPx,
      ),
    [columns, rowCount, remPx, t],
  );

  const [store] = useState(
    () =>
      new RowStore({
        rowCount,
        fetchRows: (offset, limit) =>
          api.invoke('app:workbook:rows', { workbookId, offset, limit }),
      }),
  );
  useSyncExternalStore(store.subscribe, store.getVersion);
  useEffect(() => {
    store.activate();
    return () => store.deactivate();
  }, [store]);
  useEffect(() => {
    store.setErrorListener(onError);
    return () => store.setErrorListener(null);
  }, [store, onError]);

  const gridRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = gridRef.current;
    if (el === null) return undefined;
    // ResizeObserver also reports once right after observe(): that is the first measurement.
    const observer = new ResizeObserver(() => {
      setViewport((prev) =>
        prev.width === el.clientWidth && prev.height === el.clientHeight
          ? prev
          : { width: el.clientWidth, height: el.clientHeight },
      );
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const bodyViewport = Math.max(rowHeight, viewport.height - headerHeight);
  const metrics = verticalMetrics(rowCount, rowHeight, bodyViewport);
  const range = visibleRows(scrollTop, bodyViewport, rowCount, metrics);

  useEffect(() => {
    store.request(range.first, range.last);
  }, [store, range.first, range.last]);

  const [active, setActive] = useState<CellPosition>({ row: 0, col: 0 });
  const hasCells = rowCount > 0 && columns.length > 0;
  const activeRendered = hasCells && active.row >= range.first && active.row <= range.last;

  function reveal(position: CellPosition): void {
    const el = gridRef.current;
    if (el === null) return;
    const top = scrollTopToReveal(position.row, el.scrollTop, bodyViewport, metrics);
    const left = scrollLeftToReveal(position.col, el.scrollLeft, el.clientWidth, layout);
    if (top !== el.scrollTop) el.scrollTop = top;
    if (left !== el.scrollLeft) el.scrollLeft = left;
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (!hasCells) return;
    const pageRows = Math.max(1, Math.floor(bodyViewport / rowHeight) - 1);
    const next = moveActiveCell(active, event, rowCount, columns.length, pageRows);
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    reveal(next);
  }

  let anyLoading = false;
  const bodyRows = [];
  for (let r = range.first; r <= range.last; r += 1) {
    const row = store.getRow(r);
    if (row === undefined) anyLoading = true;
    bodyRows.push(
      <div
        key={r}
        role="row"
        aria-rowindex={r + 2}
        className={r % 2 === 1 ? 'grid-row is-even' : 'grid-row'}
        style={{
          transform: `translateY(${rowTop(r, scrollTop, metrics)}px)`,
          gridTemplateColumns: layout.template,
          height: rowHeight,
        }}
      >
        <div role="rowheader" aria-colindex={1} className="grid-rowhead">
          {i18n.format.rowNumber(r + 1)}
        </div>
        {columns.map((column, c) => {
          const isActive = active.row === r && active.col === c;
          const classes = ['grid-cell'];
          if (isActive) classes.push('is-active');
          if (row === undefined) {
            classes.push('is-loading');
            return (
              <div
                key={column.key}
                role="gridcell"
                id={cellId(r, c)}
                aria-colindex={c + 2}
                data-testid={`grid-cell-${r}-${c}`}
                className={classes.join(' ')}
                onMouseDown={() => setActive({ row: r, col: c })}
              />
            );
          }
          const display = formatCell(row[c], column.type, i18n);
          if (display.numeric) classes.push('is-number');
          if (display.empty) classes.push('is-empty');
          return (
            <div
              key={column.key}
              role="gridcell"
              id={cellId(r, c)}
              aria-colindex={c + 2}
              aria-label={display.empty ? t('table.emptyCell') : undefined}
              data-testid={`grid-cell-${r}-${c}`}
              className={classes.join(' ')}
              title={display.text.length >= TITLE_MIN_LENGTH ? display.text : undefined}
              onMouseDown={() => setActive({ row: r, col: c })}
            >
              {display.text}
            </div>
          );
        })}
      </div>,
    );
  }

  return (
    <div className="grid-wrap">
      <div
        ref={gridRef}
        role="grid"
        data-testid="grid"
        tabIndex={0}
        className="grid"
        aria-labelledby={labelledBy}
        aria-describedby={helpId}
        aria-rowcount={rowCount + 1}
        aria-colcount={columns.length + 1}
        aria-activedescendant={activeRendered ? cellId(active.row, active.col) : undefined}
        aria-busy={anyLoading}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
      >
        <div role="rowgroup" className="grid-head" style={{ width: layout.totalWidth }}>
          <div
            role="row"
            aria-rowindex={1}
            className="grid-row grid-row--head"
            style={{ gridTemplateColumns: layout.template, height: headerHeight }}
          >
            <div
              role="columnheader"
              aria-colindex={1}
              className="grid-corner"
              aria-label={t('table.rowNumberLabel')}
            >
              {t('table.rowNumber')}
            </div>
            {columns.map((column, c) => (
              <div
                key={column.key}
                role="columnheader"
                aria-colindex={c + 2}
                data-testid={`column-header-${c}`}
                className="grid-colhead"
                title={column.name}
              >
                <span className="grid-colname">{column.name}</span>
                <span className="type-badge">{t(`type.${column.type}`)}</span>
              </div>
            ))}
          </div>
        </div>
        <div
          role="rowgroup"
          className="grid-body"
          style={{ height: metrics.bodyHeight, width: layout.totalWidth }}
        >
          {bodyRows}
        </div>
      </div>
      {rowCount === 0 && <p className="grid-no-rows">{t('table.noRows')}</p>}
      <p id={helpId} className="grid-help">
        {t('table.gridHelp')}
      </p>
    </div>
  );
}
